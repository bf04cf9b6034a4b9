"""Golden record: the whole package generated from mini.yaml, byte for byte, then mypy --strict on it.

On a mismatch the test prints a diff; after checking that the change is intended, regenerate with:
    UPDATE_GOLDEN=1 python -m pytest tests/golden
"""

from __future__ import annotations

import difflib
import os
import shutil
import subprocess
import sys
from pathlib import Path

from generator.generate import generate_spec
from generator.write import read_tree, write_tree

HERE = Path(__file__).resolve().parent
RECORD = HERE / "mini_api"


def generated_without_runtime() -> dict[str, str]:
    """The rendered files; the runtime copy is left out (it is tested as library code on its own)."""
    output = generate_spec(str(HERE / "mini.yaml"), "mini_api")
    return {path: text for path, text in output.files.items() if "/_runtime/" not in path}


def test_generated_tree_matches_the_golden_record(tmp_path: Path) -> None:
    files = generated_without_runtime()
    if os.environ.get("UPDATE_GOLDEN"):
        if RECORD.exists():
            shutil.rmtree(RECORD)
        write_tree(RECORD, files)
    expected = {path: data.decode() for path, data in read_tree(RECORD).items()}
    problems = []
    for path in sorted(set(expected) | set(files)):
        want, got = expected.get(path, ""), files.get(path, "")
        if want != got:
            diff = difflib.unified_diff(want.splitlines(True), got.splitlines(True), f"golden/{path}", f"new/{path}")
            problems.append("".join(list(diff)[:60]))
    assert not problems, "\n".join(problems) + "\nregenerate: UPDATE_GOLDEN=1 python -m pytest tests/golden"


def test_golden_record_passes_mypy_strict(tmp_path: Path) -> None:
    write_tree(tmp_path / "pkg", generate_spec(str(HERE / "mini.yaml"), "mini_api").files)
    env = {**os.environ, "MYPYPATH": str(tmp_path / "pkg")}
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir=/dev/null", "-p", "mini_api"],
        env=env, capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout
