"""mypy --strict passes on generated/ and on a typed usage example, and rejects misuse.

One mypy run checks all three (the package is ~100k lines per version: checking it once, not once
per test, keeps the suite fast)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TYPING = REPO / "tests" / "typing"
BAD = TYPING / "usage_bad.py"


@cache
def mypy_errors() -> tuple[str, ...]:
    """Every error line of `mypy --strict` over the package, the usage example and the misuse file."""
    env = {**os.environ, "MYPYPATH": str(REPO / "generated")}
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir=/dev/null",
         str(REPO / "generated" / "stripe_client"), str(TYPING / "usage_ok.py"), str(BAD)],
        cwd=REPO, env=env, capture_output=True, text=True, check=False,
    )
    assert "error:" in result.stdout or result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return tuple(line for line in result.stdout.splitlines() if ": error:" in line)


def test_generated_package_passes_mypy_strict() -> None:
    errors = [e for e in mypy_errors() if e.startswith("generated")]
    assert not errors, "\n".join(errors[:30])


def test_usage_example_passes_mypy_strict() -> None:
    errors = [e for e in mypy_errors() if e.split(":")[0].endswith("usage_ok.py")]
    assert not errors, "\n".join(errors)


def test_misuse_is_rejected_on_every_marked_line() -> None:
    expected = {i for i, line in enumerate(BAD.read_text().splitlines(), 1) if "# E:" in line}
    reported = {int(m) for e in mypy_errors() for m in re.findall(r"usage_bad\.py:(\d+): error", e)}
    assert expected and expected == reported, "\n".join(mypy_errors())
