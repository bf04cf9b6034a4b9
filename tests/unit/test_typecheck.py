"""The hand-written code type-checks: `mypy --strict` on the generator and on the runtime it ships."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

pytest.importorskip("mypy", reason="mypy (a dev dependency) is needed")


def mypy_strict(*args: str, cwd: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", f"--cache-dir={cache}", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )


def test_generator_passes_mypy_strict(tmp_path: Path) -> None:
    result = mypy_strict("generator/", cwd=REPO, cache=tmp_path / "cache")
    assert result.returncode == 0, f"mypy --strict generator/\n{result.stdout}{result.stderr}"


def test_runtime_passes_mypy_strict_as_the_package_it_is_copied_into(tmp_path: Path) -> None:
    # copied into every generated package as `<package>._runtime`: it must check on its own too
    target = REPO / "generator" / "targets" / "python"
    result = mypy_strict("-p", "_runtime", cwd=target, cache=tmp_path / "cache")
    assert result.returncode == 0, f"cd {target} && mypy --strict -p _runtime\n{result.stdout}{result.stderr}"
