"""Literals: spec text becomes Python source only through these functions, so it can never escape."""

from __future__ import annotations

import math
import re
import unicodedata


def py_str(text: str) -> str:
    """A Python string literal for any text (repr escapes quotes, backslashes and non-printables)."""
    return repr(str(text))


def py_value(value: object) -> str:
    """A literal for a JSON scalar: str, int, float, bool or None."""
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, int):
        return repr(value)
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return f"float({py_str(repr(value))})"
        return repr(value)
    return py_str(str(value))


_TOML_UNSAFE = re.compile(r'["\\\x00-\x1f\x7f]')


def toml_str(text: str) -> str:
    """A TOML basic string for any text (Jinja's `tojson` writes surrogate pairs, which TOML rejects)."""
    return '"' + _TOML_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", str(text)) + '"'


def _escape_char(char: str) -> str:
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


_UNSAFE = re.compile(r"[^\n\t\x20-\x7e]")


def _escape_unsafe(match: re.Match[str]) -> str:
    char = match.group()
    if char.isprintable() and unicodedata.category(char) not in _INVISIBLE:
        return char
    return _escape_char(char)


_INVISIBLE = frozenset({"Zl", "Zp", "Cc", "Cf", "Cs", "Co", "Cn"})


def docstring_body(text: str) -> str:
    """The inside of a triple-quoted docstring: readable, and unable to close the literal early.

    Normalises line endings (CRLF and CR become LF), strips surrounding whitespace and trailing
    spaces, and turns tabs into four spaces; everything else reads back exactly as written.
    """
    text = str(text).replace("\r\n", "\n").replace("\r", "\n").strip().replace("\\", "\\\\")
    body = _UNSAFE.sub(_escape_unsafe, text).replace("\t", "    ")
    if body.endswith('"'):  # before the `"""` escape below, which may itself end in an escaped quote
        body = body[:-1] + '\\"'
    body = body.replace('"""', '\\"\\"\\"')
    if " \n" in body or body.endswith(" "):
        body = "\n".join(line.rstrip() for line in body.split("\n"))
    return body


def docstring(text: str, indent: str = "") -> str:
    """A complete docstring statement, or "" for empty text."""
    body = docstring_body(text)
    if not body:
        return ""
    if "\n" in body:
        lines = body.split("\n")
        body = "\n".join([lines[0]] + [(indent + line) if line else "" for line in lines[1:]])
        return f'"""{body}\n{indent}"""'
    return f'"""{body}"""'


def comment(text: str) -> str:
    """Text for one `#` comment line (no newline can end the comment early)."""
    return " ".join(docstring_body(text).split())
