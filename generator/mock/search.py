"""Search: a subset of Stripe's search query language, `field:'v'`, `field~'sub'`, `metadata['k']:'v'`,
numeric comparisons, `-` negation, `null`, joined by AND or OR (not both)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable

from generator.mock.errors import ApiError

_CLAUSE = re.compile(
    r"""\s*(?P<neg>-)?
    (?P<field>[A-Za-z_][A-Za-z0-9_.]*)(?:\[\s*(?P<q>['"])(?P<key>.*?)(?P=q)\s*\])?
    \s*(?P<op>:|~|>=|<=|>|<)\s*
    (?:(?P<vq>['"])(?P<text>(?:\\.|(?!(?P=vq)).)*)(?P=vq)|(?P<bare>-?\d+(?:\.\d+)?|null))
    \s*""",
    re.VERBOSE,
)
_JOIN = re.compile(r"\s*\b(AND|OR)\b\s*")


@dataclass(frozen=True)
class Clause:
    field: str
    key: str | None
    op: str
    value: Any
    negated: bool

    def matches(self, obj: dict[str, Any]) -> bool:
        actual = _lookup(obj, self.field, self.key)
        return self._test(actual) != self.negated

    def _test(self, actual: Any) -> bool:
        if isinstance(actual, dict) and "id" in actual:
            actual = actual["id"]  # an expanded object compares by id
        if self.value is None:
            return actual is None
        if self.op == ":":
            if isinstance(self.value, (int, float)) and isinstance(actual, (int, float)):
                return actual == self.value
            return actual is not None and str(actual).lower() == str(self.value).lower()
        if self.op == "~":
            return actual is not None and str(self.value).lower() in str(actual).lower()
        if not isinstance(actual, (int, float)) or not isinstance(self.value, (int, float)):
            return False
        return {">": actual > self.value, "<": actual < self.value, ">=": actual >= self.value, "<=": actual <= self.value}[self.op]


def _lookup(obj: Any, field: str, key: str | None) -> Any:
    node = obj
    for part in field.split("."):
        node = node.get(part) if isinstance(node, dict) else None
    if key is not None:
        node = node.get(key) if isinstance(node, dict) else None
    return node


def parse(query: str) -> Callable[[dict[str, Any]], bool]:
    """A predicate for a query; ApiError(param="query") when it cannot be parsed."""
    clauses: list[Clause] = []
    joins: set[str] = set()
    position = 0
    text = query.strip()
    if not text:
        raise ApiError("The search query is empty.", param="query")
    while True:
        match = _CLAUSE.match(text, position)
        if not match:
            raise ApiError(
                f"Invalid search query at position {position}: {text[position:position + 30]!r}. "
                "See https://stripe.com/docs/search#search-query-language",
                param="query",
            )
        if match.group("vq"):
            value: Any = re.sub(r"\\(.)", r"\1", match.group("text"))
        elif match.group("bare") == "null":
            value = None
        else:
            bare = match.group("bare")
            value = float(bare) if "." in bare else int(bare)
        clauses.append(Clause(match.group("field"), match.group("key"), match.group("op"), value, bool(match.group("neg"))))
        position = match.end()
        if position >= len(text):
            break
        join = _JOIN.match(text, position)
        if not join:
            raise ApiError(f"Invalid search query: expected AND or OR at position {position}", param="query")
        joins.add(join.group(1))
        position = join.end()
    if len(joins) > 1:
        raise ApiError("A search query cannot combine AND and OR.", param="query")
    if joins == {"OR"}:
        return lambda obj: any(c.matches(obj) for c in clauses)
    return lambda obj: all(c.matches(obj) for c in clauses)
