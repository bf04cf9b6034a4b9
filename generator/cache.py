"""Cache: rendered and formatted output keyed by a digest of everything that produced it."""

from __future__ import annotations

import hashlib
import json
import marshal
import os
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CACHE_DIR = Path(os.environ.get("GENERATOR_CACHE_DIR", ROOT / ".cache"))


def digest(*parts: str | bytes) -> str:
    h = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


def files_digest(paths: list[Path], root: Path) -> str:
    """The files' names (relative to `root`: a copy of the project elsewhere has the same keys) and bytes."""
    return digest(*(p.relative_to(root).as_posix().encode() + b"\0" + p.read_bytes() for p in paths))


def _code_digest() -> str:
    # the Python code, the templates and the runtime: everything of the generator but caches
    # (tool caches such as .mypy_cache and __pycache__ are not the generator's code)
    paths = sorted(
        p for p in (ROOT / "generator").rglob("*")
        if p.is_file() and not any(part == "__pycache__" or part.startswith(".") for part in p.parts[len(ROOT.parts):])
    )
    return files_digest(paths, ROOT)


# Taken once, when the generator is imported: a long-running process whose files change on disk
# keeps running its old code, and must not store that code's output under the new code's key.
_CODE_DIGEST = _code_digest()


def code_digest() -> str:
    """The generator's own code and templates: any change to them invalidates cached output."""
    return _CODE_DIGEST


def get(kind: str, key: str) -> Any | None:
    data = _read(CACHE_DIR / kind / f"{key}.json")
    try:
        return None if data is None else json.loads(data)
    except ValueError:
        return None


def put(kind: str, key: str, value: Any) -> None:
    _write(CACHE_DIR / kind / f"{key}.json", json.dumps(value).encode("utf-8"))


def get_parsed(key: str) -> Any | None:
    """A parsed document, in marshal's format: ten times faster to read than JSON is to parse and
    holding exactly the types the parser made (a local cache, trusted as .pyc files are)."""
    data = _read(CACHE_DIR / "parsed" / f"{key}.marshal")
    try:
        return None if data is None else marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        return None


def put_parsed(key: str, value: Any) -> None:
    try:
        data = marshal.dumps(value)
    except ValueError:
        return  # a type marshal cannot hold: parse again next time
    _write(CACHE_DIR / "parsed" / f"{key}.marshal", data)


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def _write(path: Path, data: bytes) -> None:
    """Atomically (a reader never sees half a file, concurrent writers of one key agree)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(data)
        tmp.replace(path)
    except OSError:
        pass  # a read-only cache only costs speed
