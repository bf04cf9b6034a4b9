"""Write: put a rendered tree on disk atomically (temporary folder, then swap), or compare it (--check)."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from generator.problems import fail

MARKER = ".generated"  # a file in every output folder: only such folders are ever replaced
_MARKER_TEXT = "This folder is written by `python -m generator generate`; it is replaced on every run.\n"
_PACKAGE_LINE = "package: "
MAX_PACKAGE_NAME = 100
# What a generated package imports besides the standard library: a package of the same name would
# hide it, and the client could not import.
DEPENDENCIES = frozenset(
    {"httpx", "httpcore", "h11", "anyio", "sniffio", "idna", "certifi", "pydantic", "pydantic_core",
     "annotated_types", "typing_extensions", "typing_inspection"}
)


def marker_text(packages: Iterable[str]) -> str:
    """The marker file's text: it records the packages the folder holds, so another is never replaced."""
    return _MARKER_TEXT + "".join(f"{_PACKAGE_LINE}{name}\n" for name in sorted(packages))


def check_package_name(package: str) -> None:
    """Refuse a package name that cannot be written as a folder or would shadow a module it imports."""
    shown = package if len(package) <= 40 else package[:40] + "..."
    if len(package) > MAX_PACKAGE_NAME:
        raise fail(
            f"--package {shown!r} is {len(package)} characters long; the limit is {MAX_PACKAGE_NAME}",
            hint="choose a shorter name, e.g. stripe_full",
        )
    if package in sys.stdlib_module_names or package in DEPENDENCIES:
        what = "the standard library module" if package in sys.stdlib_module_names else "the dependency"
        raise fail(
            f"--package {shown!r} would shadow {what} {package!r}, and the client could not import",
            hint="choose another name, e.g. stripe_full",
        )


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


def refusal(root: Path, files: dict[str, str]) -> str | None:
    """Why `root` must not be replaced by `files`, or None.

    Only a folder this generator wrote (it holds MARKER) for the same package(s) is ever replaced:
    writing `petstore` must not delete the `stripe_client` another run put there.
    """
    existing = next((p for p in (root, *root.parents) if p.exists() or p.is_symlink()), None)
    if existing is not None and not existing.is_dir():
        return f"{existing} exists and is not a folder; choose a folder for the output"
    if existing != root or not any(root.iterdir()):
        return None
    if not (root / MARKER).is_file():
        return (
            f"{root} exists and was not written by this generator; refusing to replace it "
            "(choose an empty or new folder)"
        )
    held, wanted = _held_packages(root), _packages(files)
    if held and held != wanted:
        return (
            f"{root} holds the package {', '.join(sorted(held))}; refusing to replace it with "
            f"{', '.join(sorted(wanted))} (choose another output folder)"
        )
    return None


def _recorded(marker: str) -> set[str]:
    return {line[len(_PACKAGE_LINE):].strip() for line in marker.splitlines() if line.startswith(_PACKAGE_LINE)}


def _packages(files: dict[str, str]) -> set[str]:
    """The packages of a rendered tree: as its marker records them, else its top-level packages."""
    recorded = _recorded(files.get(MARKER, ""))
    return recorded or {path.split("/")[0] for path in files if path.count("/") == 1 and path.endswith("/__init__.py")}


def _held_packages(root: Path) -> set[str]:
    """The packages an output folder holds: as its marker records them, else (an older marker) as found."""
    recorded = _recorded((root / MARKER).read_text(encoding="utf-8", errors="replace"))
    return recorded or {p.name for p in root.iterdir() if (p / "__init__.py").is_file()}
