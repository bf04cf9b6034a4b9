"""Format: source text in, formatted source text out (black by default, or ruff), cached by content."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from generator.problems import fail

LINE_LENGTH = 100
CACHE_DIR = Path(os.environ.get("GENERATOR_CACHE_DIR", Path(__file__).resolve().parent.parent / ".cache")) / "format"
FORMATTERS = ("black", "ruff")


def _black(text: str) -> str:
    import black
    from black.mode import TargetVersion

    mode = black.Mode(line_length=LINE_LENGTH, target_versions={TargetVersion.PY311})
    return black.format_str(text, mode=mode)


def _key(formatter: str, text: str) -> str:
    return hashlib.sha256(f"{formatter}:{LINE_LENGTH}\0{text}".encode()).hexdigest()


def _format_chunk(args: tuple[str, list[tuple[str, str]]]) -> list[str]:
    formatter, items = args
    out = []
    for path, text in items:
        try:
            out.append(_black(text))
        except Exception as exc:  # a template bug: the rendered text is not valid Python
            raise SyntaxError(f"{path}: {str(exc)[:400]}") from None
    return out


def _ruff_batch(items: list[tuple[str, str]]) -> list[str]:
    """`ruff format` over a temporary folder: one process for every file (it formats in parallel)."""
    ruff = shutil.which("ruff") or str(Path(sys.executable).parent / "ruff")
    with tempfile.TemporaryDirectory(prefix="generator-format-") as tmp:
        paths = []
        for index, (_, text) in enumerate(items):
            path = Path(tmp) / f"f{index}.py"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        result = subprocess.run(
            [ruff, "format", "--no-cache", "--isolated", f"--line-length={LINE_LENGTH}", "--target-version=py311", tmp],
            capture_output=True,
            check=False,
        )
        if result.returncode != 0:
            # name the file that failed (a template bug: the rendered text is not valid Python)
            message = result.stderr.decode(errors="replace")
            for index, (name, _) in enumerate(items):
                message = message.replace(str(paths[index]), name)
            raise SyntaxError(message.strip()[:800])
        return [path.read_text(encoding="utf-8") for path in paths]


def format_files(files: dict[str, str], formatter: str = "ruff", use_cache: bool = True) -> dict[str, str]:
    """Format every .py file; unchanged inputs come from the cache, the rest in one batch."""
    if formatter not in FORMATTERS:
        raise fail(f"unknown formatter {formatter!r}; choose one of {', '.join(FORMATTERS)}")
    result = dict(files)
    todo: list[tuple[str, str]] = []
    for path, text in files.items():
        if not path.endswith(".py"):
            continue
        key = _key(formatter, text)
        cached = CACHE_DIR / key[:2] / key
        if use_cache and cached.is_file():
            result[path] = cached.read_text(encoding="utf-8")
        else:
            todo.append((path, text))
    if not todo:
        return result
    try:
        if formatter == "ruff":
            outputs = _ruff_batch(todo)
        else:
            workers = min(os.cpu_count() or 1, 8)
            chunks = [todo[i::workers] for i in range(workers)] if len(todo) > 40 and workers > 1 else [todo]
            with ProcessPoolExecutor(max_workers=len(chunks)) as pool:
                parts = list(pool.map(_format_chunk, [(formatter, c) for c in chunks]))
            by_path = {path: out for chunk, part in zip(chunks, parts) for (path, _), out in zip(chunk, part)}
            outputs = [by_path[path] for path, _ in todo]
    except SyntaxError as exc:
        raise fail(f"formatting generated code failed ({formatter}): {exc}") from None
    for (path, text), out in zip(todo, outputs):
        result[path] = out
        if use_cache:
            key = _key(formatter, text)
            target = CACHE_DIR / key[:2] / key
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                tmp = target.with_suffix(f".{os.getpid()}.tmp")
                tmp.write_text(out, encoding="utf-8")
                tmp.replace(target)
            except OSError:
                pass  # a read-only cache only costs speed
    return result
