"""Progress and diagnostics on stderr: short, coloured on a terminal, plain otherwise, silent with --quiet."""

from __future__ import annotations

import os
import sys
import time

_state = {"enabled": False, "started": 0.0}


def enable(on: bool) -> None:
    _state["enabled"] = on
    _state["started"] = time.perf_counter()


def stage(message: str) -> None:
    """One line per pipeline stage (`load`, `build`, `render`, ...) with the elapsed time."""
    if _state["enabled"]:
        elapsed = time.perf_counter() - float(_state["started"])
        print(f"{_paint(f'[{elapsed:5.1f}s]', '2')} {message}", file=sys.stderr, flush=True)


def use_colour() -> bool:
    return sys.stderr.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


def _paint(text: str, code: str) -> str:
    return f"\033[{code}m{text}\033[0m" if use_colour() else text


def diagnostic(text: str) -> str:
    """Colour the severity word of a `location: error: message` line."""
    for word, code in (("error:", "31;1"), ("warning:", "33")):
        if f" {word} " in text or text.startswith(word):
            return text.replace(word, _paint(word, code), 1)
    return text
