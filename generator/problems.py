"""Problems found in a spec: values with a severity and a location, never bare tracebacks."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Literal

Severity = Literal["error", "warning"]


def pointer(*parts: object) -> str:
    """A JSON pointer (RFC 6901) from path parts."""
    return "#/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in parts) if parts else "#"


@dataclass(frozen=True)
class Problem:
    severity: Severity
    message: str
    file: str = ""  # path as given by the user
    pointer: str = ""  # JSON pointer inside the file
    line: int | None = None
    hint: str = ""

    @property
    def location(self) -> str:
        where = self.file or "<spec>"
        if self.line is not None:
            where += f":{self.line}"
        if self.pointer:
            where += f" {self.pointer}"
        return where

    def __str__(self) -> str:
        text = f"{self.location}: {self.severity}: {self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return text


class SpecError(Exception):
    """One or more errors that stop generation; each names its location."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def fail(message: str, file: str = "", at: str = "", line: int | None = None, hint: str = "") -> SpecError:
    return SpecError([Problem("error", message, file, at, line, hint)])
