"""Write: put a rendered tree on disk atomically (temporary folder, then swap), or compare it (--check)."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


def read_tree(root: Path) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    if not root.is_dir():
        return files
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if path.is_file() and not _ignored(rel):
            files[rel] = path.read_bytes()
    return files


def _ignored(rel: str) -> bool:
    """Caches and build output that tools leave in an output folder; never compared or pruned."""
    parts = rel.split("/")
    if parts[0] in ("build", "dist"):  # `python -m build` output at the top of the folder
        return True
    return any(p == "__pycache__" or p.endswith(".egg-info") or p in (".mypy_cache", ".ruff_cache") for p in parts)


def stale_files(root: Path, files: dict[str, str]) -> list[str]:
    """Paths that differ between disk and the rendered tree (changed, missing, or to be pruned)."""
    on_disk = read_tree(root)
    wanted = {path: text.encode("utf-8") for path, text in files.items()}
    changed = [p for p in sorted(wanted) if on_disk.get(p) != wanted[p]]
    extra = [p for p in sorted(on_disk) if p not in wanted]
    return changed + extra


def _inside(root: Path, rel: str) -> Path:
    target = (root / rel).resolve()
    if not target.is_relative_to(root.resolve()):
        raise ValueError(f"refusing to write outside the output folder: {rel!r}")
    return target


def write_tree(root: Path, files: dict[str, str]) -> list[str]:
    """Make `root` hold exactly `files` (plus ignored caches); returns the paths that changed.

    Everything is written to a sibling temporary folder first, then swapped in with two renames, so
    an interrupted or failed run never leaves a half-written tree.
    """
    changed = stale_files(root, files)
    if not changed:
        return []
    root = root.resolve()
    root.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{root.name}.", dir=root.parent))
    try:
        for rel, text in sorted(files.items()):
            target = _inside(tmp, rel)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(text.encode("utf-8"))
        # keep ignored build caches (egg-info of an editable install) where they were
        if root.is_dir():
            for item in root.iterdir():
                if _ignored(item.name) and item.name != "__pycache__":
                    shutil.move(str(item), str(tmp / item.name))
        old = None
        if root.exists():
            old = root.parent / f".{root.name}.old.{os.getpid()}"
            os.replace(root, old)
        os.replace(tmp, root)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return changed
