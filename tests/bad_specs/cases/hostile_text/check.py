import json, typing
NASTY = json.loads((CASE_DIR / "nasty.json").read_text(encoding="utf-8"))
Text = pkg.models.Text
kind = Text.model_fields["kind"].annotation
values = [a for a in typing.get_args(kind) if typing.get_origin(a) is typing.Literal]
assert list(typing.get_args(values[0])) == NASTY, typing.get_args(values[0])
for value in NASTY:
    assert Text.model_validate({"kind": value}).kind == value
t = Text.model_validate({"q\"uo'te": "x", "mixed": None, "number": 0})
assert t.model_dump(by_alias=True, exclude_none=True) == {"q\"uo'te": "x", "number": 0}
import tomllib
tomllib.loads((OUT_DIR / "pyproject.toml").read_text(encoding="utf-8"))
assert Text.__doc__
