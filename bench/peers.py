"""The peers' own virtualenv (bench/.venv-peers/), created on demand: openapi-python-client and
datamodel-code-generator must not share the project's venv (their pins clash with ours)."""

from __future__ import annotations

import json
import subprocess
import sys

from _util import BENCH, PYTHON

VENV = BENCH / ".venv-peers"
BIN = VENV / "bin"
STAMP = VENV / "bench-peers.json"
# the versions DESIGN.md's peer figures were measured with; whatever resolves if these are unavailable
PINNED = ["openapi-python-client==0.29.1", "datamodel-code-generator[ruff]==0.89.0", "black", "ruff"]
LOOSE = ["openapi-python-client", "datamodel-code-generator[ruff]", "black", "ruff"]
DISTS = ("openapi-python-client", "datamodel-code-generator", "black", "ruff", "pydantic")


def ensure(log=print) -> tuple[dict[str, str] | None, str]:
    """(versions, note): the venv ready with the peers installed, or (None, why not)."""
    if STAMP.is_file():
        try:
            return json.loads(STAMP.read_text()), "reused bench/.venv-peers"
        except ValueError:
            pass
    if not (BIN / "python").exists():
        log("creating bench/.venv-peers (once; about a minute) ...")
        result = subprocess.run([sys.executable, "-m", "venv", str(VENV)], capture_output=True, text=True)
        if result.returncode != 0:
            base = subprocess.run([PYTHON, "-c", "import sys; print(sys.base_prefix)"], capture_output=True, text=True)
            return None, f"could not create the venv: {result.stderr.strip()[-200:]} (base {base.stdout.strip()})"
    pip = [str(BIN / "python"), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    note = "pinned versions"
    result = subprocess.run(pip + PINNED, capture_output=True, text=True)
    if result.returncode != 0:
        note = "pinned versions unavailable, installed what resolves"
        result = subprocess.run(pip + LOOSE, capture_output=True, text=True)
        if result.returncode != 0:
            return None, f"pip install failed: {result.stderr.strip().splitlines()[-1:]}"
    versions = installed_versions()
    STAMP.write_text(json.dumps(versions, indent=1))
    return versions, f"installed ({note})"


def installed_versions() -> dict[str, str]:
    code = (
        "import importlib.metadata as m, json\n"
        f"names = {list(DISTS)!r}\n"
        "out = {}\n"
        "for n in names:\n"
        "    try: out[n] = m.version(n)\n"
        "    except m.PackageNotFoundError: pass\n"
        "print(json.dumps(out))\n"
    )
    result = subprocess.run([str(BIN / "python"), "-c", code], capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def env() -> dict[str, str]:
    """PATH with the peers' venv first (openapi-python-client's post hooks call `ruff`), wide
    terminal so tracebacks are not wrapped, no colour."""
    import os

    return {
        "PATH": f"{BIN}:{os.environ.get('PATH', '')}",
        "VIRTUAL_ENV": str(VENV),
        "COLUMNS": "400",
        "NO_COLOR": "1",
        "TERM": "dumb",
    }
