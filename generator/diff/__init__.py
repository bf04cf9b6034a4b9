"""Diff: IR(old) vs IR(new) -> classified changes, as a changelog (Markdown) or JSON.

`compare` finds the changes, `report` writes them; this module only re-exports the public API.
"""

from generator.diff.compare import KINDS, LEVELS, Change, diff
from generator.diff.report import (
    changelog_markdown,
    diff_command,
    diff_json,
    diff_markdown,
    load_api,
)

__all__ = [
    "KINDS",
    "LEVELS",
    "Change",
    "changelog_markdown",
    "diff",
    "diff_command",
    "diff_json",
    "diff_markdown",
    "load_api",
]
