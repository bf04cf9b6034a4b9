"""mypy --strict passes on generated/ and on a typed usage example, and rejects misuse."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TYPING = REPO / "tests" / "typing"


def mypy(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MYPYPATH": str(REPO / "generated")}
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir=/dev/null", *args],
        cwd=REPO, env=env, capture_output=True, text=True, check=False,
    )


def test_generated_package_passes_mypy_strict() -> None:
    result = mypy("-p", "stripe_client")
    assert result.returncode == 0, result.stdout[-3000:]


def test_usage_example_passes_mypy_strict() -> None:
    result = mypy(str(TYPING / "usage_ok.py"))
    assert result.returncode == 0, result.stdout[-3000:]


def test_misuse_is_rejected_on_every_marked_line() -> None:
    source = TYPING / "usage_bad.py"
    expected = {i for i, line in enumerate(source.read_text().splitlines(), 1) if "# E:" in line}
    result = mypy(str(source))
    reported = {int(m) for m in re.findall(r"usage_bad\.py:(\d+): error", result.stdout)}
    assert expected and expected == reported, result.stdout
