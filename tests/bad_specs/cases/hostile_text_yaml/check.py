import typing
from pathlib import Path
m = [getattr(pkg.models, n) for n in pkg.models.__all__]
assert len(m) == 1, pkg.models.__all__
M = m[0]
a = M.model_fields["a"].annotation
assert "\\N{BULLET}" in repr(a) or typing.get_args(typing.get_args(a)[0]) == ("\\N{BULLET}",) or typing.get_args(a) == ("\\N{BULLET}",), a
assert M.model_validate({"a": "\\N{BULLET}"}).a == "\\N{BULLET}"
