"""Bad specs: each case in cases/ is generated in-process; its exit code and stderr must match the
snapshot `expected.txt` beside it, byte for byte.

An error case must exit 1, with every problem located (file, line or JSON pointer), no traceback, and
nothing written anywhere (the whole temporary tree, output folder's parent included, is compared before
and after). A case that generates must compile, import (in a subprocess, the output folder on sys.path),
and pass its own `check.py`, which sees the imported package as `pkg`, `CASE_DIR` and `OUT_DIR`.

Case folder: `spec.yaml` or `spec.json` (plus any sibling files it refers to), `expected.txt`, optional
`check.py`, optional `args.txt` (extra command-line arguments, one a line; `--existing-out` makes the
output folder exist first with a file the generator did not write, `--existing-out-file` makes it a
file, `--existing-out-package` makes it a folder this generator wrote for the package stripe_client).
Specs too big to commit, or that are not files, are made by `_synthesise`.

Regenerate the snapshots after an intended change of messages:

    UPDATE_SNAPSHOTS=1 python -m pytest tests/bad_specs     # or: pytest tests/bad_specs --update-snapshots
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main
from generator.write import marker_text

CASES = Path(__file__).resolve().parent / "cases"
PACKAGE = "client_pkg"
# `spec.yaml:12 #/paths/~1x: error: ...`, `<spec>: error: ...` only for command-line problems
# progress lines and the summary carry timings: left out of the snapshot
UNSTABLE = re.compile(r"^(\[\s*\d+(\.\d+)?s\] |wrote )")
LOCATED = re.compile(r"^(?P<file>\S[^:]*?)(:(?P<line>\d+))?( (?P<pointer>#\S*))?: (error|warning): \S")


def _synthesise(name: str, folder: Path) -> None:
    """Cases too big to commit are written here."""
    if name == "huge_line_3mb":
        # a 3 MB single line: valid JSON whose description is one enormous word, then a syntax error at
        # the very end, so the message must point at line 1 without echoing the line
        text = json.dumps({"openapi": "3.0.3", "info": {"title": "T", "version": "1", "description": "x" * 3_000_000}, "paths": {}})
        (folder / "spec.json").write_text(text[:-1] + ",]", encoding="utf-8")
    if name == "alias_bomb_strings":
        # 140 KB of YAML: one 100 KB string aliased 10,000 times is 1 GB once expanded
        aliases = ", ".join(["*s"] * 10_000)
        text = f"openapi: 3.0.3\ninfo: {{title: T, version: '1'}}\npaths: {{}}\nx-s: &s {'x' * 100_000}\nx-bomb: [{aliases}]\n"
        (folder / "spec.yaml").write_text(text, encoding="utf-8")
    if name == "spec_endless_device":
        # a "file" with no end (and no size to ask first): reading must stop at the size limit
        (folder / "spec.yaml").symlink_to("/dev/urandom")


def _case_names() -> list[str]:
    return sorted(p.name for p in CASES.iterdir() if p.is_dir())


def _tree(root: Path) -> dict[str, str]:
    """Every file and folder under root with a digest of its content (folders as 'dir')."""
    result = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if path.is_symlink():  # never read through a link: one case links to /dev/urandom
            result[rel] = f"link to {os.readlink(path)}"
        else:
            result[rel] = "dir" if path.is_dir() else hashlib.sha256(path.read_bytes()).hexdigest()
    return result


def _prepare_out(out: Path, extra: list[str]) -> None:
    """Make the output folder exist first when a case says so (see the module docstring)."""
    if "--existing-out" in extra:
        extra.remove("--existing-out")
        out.mkdir(parents=True)
        (out / "precious.txt").write_text("not written by the generator\n", encoding="utf-8")
    if "--existing-out-file" in extra:
        extra.remove("--existing-out-file")
        out.parent.mkdir(parents=True)
        out.write_text("a file, not a folder\n", encoding="utf-8")
    if "--existing-out-package" in extra:
        extra.remove("--existing-out-package")
        (out / "stripe_client").mkdir(parents=True)
        (out / "stripe_client" / "__init__.py").write_text("", encoding="utf-8")
        (out / ".generated").write_text(marker_text(["stripe_client"]), encoding="utf-8")


IMPORT_CHECK = r"""
import importlib, pkgutil, sys
from pathlib import Path
out, name, case_dir = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
sys.path.insert(0, str(out))
pkg = importlib.import_module(name)
for info in pkgutil.walk_packages(pkg.__path__, name + "."):
    importlib.import_module(info.name)
for model in pkg.models.__all__:
    getattr(pkg.models, model).model_rebuild(force=True)
    for field_name, field in getattr(pkg.models, model).model_fields.items():
        assert field_name.isidentifier(), field_name
pkg.events.parse_event({"type": "__never__"})
# every credential argument is optional (a spec without a stripe.com server sends no Stripe-Version);
# base_url, for specs that declare no server
client = pkg.Client(base_url="http://127.0.0.1:9")
async_client = pkg.AsyncClient(base_url="http://127.0.0.1:9")
check = case_dir / "check.py"
if check.is_file():
    exec(compile(check.read_text(encoding="utf-8"), str(check), "exec"),
         {"pkg": pkg, "CASE_DIR": case_dir, "OUT_DIR": out, "__name__": "__check__"})
print("imported")
"""


@pytest.mark.parametrize("name", _case_names())
def test_bad_spec(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    source = CASES / name
    work = tmp_path / "work" / name
    shutil.copytree(source, work, ignore=shutil.ignore_patterns("expected.txt", "check.py", "args.txt"))
    _synthesise(name, work)
    spec = next(p.name for p in sorted(work.iterdir()) if p.stem == "spec")
    args_file = source / "args.txt"
    extra = args_file.read_text(encoding="utf-8").split() if args_file.is_file() else []
    out = tmp_path / "out" / "generated"
    _prepare_out(out, extra)
    package = extra[extra.index("--package") + 1] if "--package" in extra else PACKAGE
    if "--package" not in extra:
        extra += ["--package", PACKAGE]
    monkeypatch.chdir(work)  # messages name the spec as the user typed it: `spec.yaml:3`
    before = _tree(tmp_path)

    code = main(["generate", "--spec", spec, "--out", str(out), "--formatter", "ruff", "--no-cache", *extra])

    err = capsys.readouterr().err
    assert "Traceback" not in err, err
    err = err.replace(str(tmp_path), "{TMP}").replace(str(CASES.parent.parent.parent), "{REPO}")
    err = "".join(line for line in err.splitlines(keepends=True) if not UNSTABLE.match(line))
    actual = f"exit {code}\n{err}"
    expected_file = source / "expected.txt"
    if os.environ.get("UPDATE_SNAPSHOTS") == "1" or request.config.getoption("--update-snapshots", False):
        expected_file.write_text(actual, encoding="utf-8", newline="")
    assert expected_file.is_file(), f"no snapshot: run UPDATE_SNAPSHOTS=1 pytest {__file__}"
    expected = expected_file.read_text(encoding="utf-8")
    assert actual == expected, f"stderr differs from {expected_file}; if intended: UPDATE_SNAPSHOTS=1 pytest tests/bad_specs"

    after = _tree(tmp_path)
    if code != 0:
        assert code == 1
        assert after == before, "a failed run must write nothing"
        lines = err.splitlines()
        assert lines and lines[-1].startswith("error: "), err
        for line in lines[:-1]:
            assert LOCATED.match(line), f"problem without a location: {line!r}"
        return
    out_rel = out.relative_to(tmp_path).as_posix()
    for rel, digest in after.items():
        if not (rel == out_rel or rel.startswith(out_rel + "/") or out_rel.startswith(rel + "/")):
            assert before.get(rel) == digest, f"written outside the output folder: {rel}"
    assert {rel for rel in before if rel not in after} == set(), "files disappeared"
    result = subprocess.run(
        [sys.executable, "-B", "-c", IMPORT_CHECK, str(out), package, str(source)],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )
    assert result.returncode == 0 and "imported" in result.stdout, result.stderr[-4000:]
