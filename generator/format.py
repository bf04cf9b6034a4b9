"""Format: source text in, formatted source text out (black by default, or ruff), cached by content."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from generator.problems import fail

LINE_LENGTH = 100
CACHE_DIR = Path(os.environ.get("GENERATOR_CACHE_DIR", Path(__file__).resolve().parent.parent / ".cache" / "format"))
FORMATTERS = ("black", "ruff")


def _black(text: str) -> str:
    import black

    mode = black.Mode(line_length=LINE_LENGTH, target_versions={black.TargetVersion.PY311})
    return black.format_str(text, mode=mode)


def _ruff(text: str) -> str:
    """`ruff format` through stdin (black-compatible output)."""
    ruff = shutil.which("ruff") or str(Path(sys.executable).parent / "ruff")
    result = subprocess.run(
        [ruff, "format", f"--line-length={LINE_LENGTH}", "--target-version=py311", "-"],
        input=text.encode(),
        capture_output=True,
        check=False,
    )
    if result.returncode != 0:
        raise SyntaxError(result.stderr.decode(errors="replace").strip())
    return result.stdout.decode()


def _key(formatter: str, text: str) -> str:
    return hashlib.sha256(f"{formatter}:{LINE_LENGTH}\0{text}".encode()).hexdigest()


def _format_chunk(args: tuple[str, list[tuple[str, str]]]) -> list[str]:
    formatter, items = args
    out = []
    for path, text in items:
        try:
            out.append(_ruff(text) if formatter == "ruff" else _black(text))
        except Exception as exc:  # a template bug: the rendered text is not valid Python
            raise SyntaxError(f"{path}: {str(exc)[:400]}") from None
    return out


def format_files(files: dict[str, str], formatter: str = "black", use_cache: bool = True) -> dict[str, str]:
    """Format every .py file; unchanged inputs come from the cache, the rest in parallel."""
    if formatter not in FORMATTERS:
        raise fail(f"unknown formatter {formatter!r}; choose one of {', '.join(FORMATTERS)}")
    result = dict(files)
    todo: list[tuple[str, str]] = []
    for path, text in files.items():
        if not path.endswith(".py"):
            continue
        cached = CACHE_DIR / _key(formatter, text)[:2] / _key(formatter, text) if use_cache else None
        if cached is not None and cached.is_file():
            result[path] = cached.read_text(encoding="utf-8")
        else:
            todo.append((path, text))
    if not todo:
        return result
    workers = min(os.cpu_count() or 1, 8)
    chunks = [todo[i::workers] for i in range(workers)] if len(todo) > 40 and workers > 1 else [todo]
    jobs = [(formatter, chunk) for chunk in chunks if chunk]
    try:
        if len(jobs) > 1:
            with ProcessPoolExecutor(max_workers=len(jobs)) as pool:
                outputs = list(pool.map(_format_chunk, jobs))
        else:
            outputs = [_format_chunk(jobs[0])]
    except Exception as exc:  # a template bug: the rendered text is not valid Python
        raise fail(f"formatting generated code failed ({formatter}): {str(exc)[:500]}") from None
    for chunk, formatted in zip([c for c in chunks if c], outputs):
        for (path, text), out in zip(chunk, formatted):
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
