"""Diff, types: how one TypeRef changed into another, as a list of small structural deltas.

A delta is side-neutral ("a variant was added", "an enum value was removed"); the caller decides
what it means for a client from the direction (request or response). Models found on both sides
are handed to a callback instead of being compared here, so that each model pair is compared once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from generator import ir

# delta kinds
RETYPED = "retyped"  # nothing in common: the old values are not valid any more, and the reverse
WIDENED = "widened"  # the new type accepts everything the old one did, and more
NARROWED = "narrowed"  # the new type accepts a part of what the old one did
NOW_NULLABLE = "now-nullable"
NO_LONGER_NULLABLE = "no-longer-nullable"
ENUM_ADDED = "enum-value-added"
ENUM_REMOVED = "enum-value-removed"
REPLACED = "model-replaced"  # another model class in the same place (compared field by field)


@dataclass(frozen=True)
class Delta:
    kind: str
    old: ir.TypeRef | None = None  # the variant(s) concerned, for messages
    new: ir.TypeRef | None = None
    values: tuple[object, ...] = ()  # enum values added or removed
    suffix: str = ""  # "[]" (list items) or "{}" (map values) when the delta is inside a container


# (old model name, new model name, suffix) -> None: compare the pair later / recursively
ModelPairs = Callable[[str, str, str], None]
# (old model name, new model name) -> whether the two are the same model (renamed inline model)
CanPair = Callable[[str, str], bool]


@dataclass
class TypeComparer:
    """`can_pair`: whether two differently named models are the same one; `can_replace`: whether an
    unmatched old model may be compared with an unmatched new one in the same place (reported as a
    REPLACED delta). `request`: the request side, where a free-form dict accepts any TypedDict."""

    can_pair: CanPair
    can_replace: CanPair | None = None
    request: bool = False
    _has_models: dict[ir.TypeRef, bool] = field(default_factory=dict)

    def has_models(self, t: ir.TypeRef) -> bool:
        known = self._has_models.get(t)
        if known is None:
            known = t.kind == "model" or any(self.has_models(i) for i in t.items)
            self._has_models[t] = known
        return known

    def compare(self, old: ir.TypeRef, new: ir.TypeRef, on_models: ModelPairs, suffix: str = "") -> list[Delta]:
        if (old is new or old == new) and not self.has_models(old):
            return []
        deltas: list[Delta] = []
        old_null, new_null = old.nullable, new.nullable
        if old_null != new_null:
            deltas.append(Delta(NOW_NULLABLE if new_null else NO_LONGER_NULLABLE, old, new, suffix=suffix))
        ov, nv = variants(old), variants(new)
        if not ov or not nv:  # a bare `null` on one side
            if ov or nv:
                deltas.append(Delta(RETYPED, old, new, suffix=suffix))
            return deltas
        old_any, new_any = any(t.kind == "any" for t in ov), any(t.kind == "any" for t in nv)
        if old_any or new_any:
            if old_any != new_any:
                deltas.append(Delta(WIDENED if new_any else NARROWED, old, new, suffix=suffix))
            return deltas
        added: list[ir.TypeRef] = []
        removed: list[ir.TypeRef] = []
        matched = 0
        for key in sorted({variant_key(t) for t in ov + nv}):
            o = [t for t in ov if variant_key(t) == key]
            n = [t for t in nv if variant_key(t) == key]
            if key == "literal" and o and n:
                matched += 1
                deltas += self._literals(o, n, suffix)
            elif key in ("list", "map") and o and n:
                inner = suffix + ("[]" if key == "list" else "{}")
                for a, b in zip(o, n):
                    matched += 1
                    deltas += self.compare(a.items[0], b.items[0], on_models, inner)
                removed += o[len(n):]
                added += n[len(o):]
            elif key == "model":
                pairs, rest_o, rest_n = self._pair_models(o, n)
                for old_name, new_name in pairs:
                    matched += 1
                    on_models(old_name, new_name, suffix)
                if len(rest_o) == len(rest_n) == 1 and self.can_replace is not None:
                    gone, came = next(iter(rest_o)), next(iter(rest_n))
                    if self.can_replace(gone, came):
                        matched += 1
                        deltas.append(
                            Delta(REPLACED, ir.TypeRef("model", name=gone), ir.TypeRef("model", name=came), suffix=suffix)
                        )
                        on_models(gone, came, suffix)
                        rest_o, rest_n = set(), set()
                removed += [t for t in o if t.name in rest_o]
                added += [t for t in n if t.name in rest_n]
            elif o and n:
                matched += 1
            else:
                removed += o
                added += n
        deltas += self._variants(added, removed, matched, suffix)
        return deltas

    def _variants(self, added: list[ir.TypeRef], removed: list[ir.TypeRef], matched: int, suffix: str) -> list[Delta]:
        free_form = len(added) == 1 and is_free_form(added[0])
        if self.request and free_form and all(t.kind in ("model", "map") for t in removed):
            # a free-form dict takes any TypedDict
            return [Delta(WIDENED, union(removed), added[0], suffix=suffix)]
        return self._plain_variants(added, removed, matched, suffix)

    def _literals(self, o: list[ir.TypeRef], n: list[ir.TypeRef], suffix: str) -> list[Delta]:
        old_values = [v for t in o for v in t.values]
        new_values = [v for t in n for v in t.values]
        old_set, new_set = set(map(_value_key, old_values)), set(map(_value_key, new_values))
        gone = tuple(v for v in old_values if _value_key(v) not in new_set)
        came = tuple(v for v in new_values if _value_key(v) not in old_set)
        deltas = []
        if came:
            deltas.append(Delta(ENUM_ADDED, o[0], n[0], came, suffix))
        if gone:
            deltas.append(Delta(ENUM_REMOVED, o[0], n[0], gone, suffix))
        return deltas

    def _pair_models(
        self, o: list[ir.TypeRef], n: list[ir.TypeRef]
    ) -> tuple[list[tuple[str, str]], set[str], set[str]]:
        rest_o = [t.name for t in o]
        rest_n = [t.name for t in n]
        pairs = [(name, name) for name in rest_o if name in rest_n]
        rest_o = [x for x in rest_o if x not in rest_n]
        rest_n = [x for x in rest_n if x not in {p[0] for p in pairs}]
        for a in list(rest_o):
            b = next((b for b in rest_n if self.can_pair(a, b)), None)
            if b is not None:
                pairs.append((a, b))
                rest_o.remove(a)
                rest_n.remove(b)
        return pairs, set(rest_o), set(rest_n)

    @staticmethod
    def _plain_variants(added: list[ir.TypeRef], removed: list[ir.TypeRef], matched: int, suffix: str) -> list[Delta]:
        if not added and not removed:
            return []
        old = union(removed)
        new = union(added)
        # str accepts every literal string and float every int: these are widenings, and the reverse narrowings
        if added and removed and len(added) == len(removed) == 1:
            pair = (removed[0].kind, added[0].kind)
            if pair in (("literal", "str"), ("int", "float")) and (
                pair[0] != "literal" or all(isinstance(v, str) for v in removed[0].values)
            ):
                return [Delta(WIDENED, old, new, suffix=suffix)]
            if pair in (("str", "literal"), ("float", "int")):
                return [Delta(NARROWED, old, new, suffix=suffix)]
        if added and removed and not matched:
            return [Delta(RETYPED, old, new, suffix=suffix)]
        deltas = []
        if removed:
            deltas.append(Delta(NARROWED, old, None, suffix=suffix))
        if added:
            deltas.append(Delta(WIDENED, None, new, suffix=suffix))
        return deltas


def variants(t: ir.TypeRef) -> list[ir.TypeRef]:
    """The non-null alternatives of a type."""
    items = list(t.items) if t.kind == "union" else [t]
    return [i for i in items if i.kind != "null"]


def is_free_form(t: ir.TypeRef) -> bool:
    """`Any` or `dict[str, Any]` (alone or in a union): any value or any key type-checks."""
    return any(v.kind == "any" or (v.kind == "map" and v.items[0].kind == "any") for v in variants(t))


def variant_key(t: ir.TypeRef) -> str:
    return t.kind


def union(types: list[ir.TypeRef]) -> ir.TypeRef | None:
    if not types:
        return None
    return types[0] if len(types) == 1 else ir.TypeRef("union", items=tuple(types))


def _value_key(value: object) -> tuple[str, object]:
    # True == 1 in Python: keep booleans, numbers and strings apart
    return (type(value).__name__, value)


def type_text(t: ir.TypeRef | None, limit: int = 6) -> str:
    """A short Python-like rendering of a type for messages."""
    if t is None:
        return "nothing"
    kind = t.kind
    if kind == "any":
        return "Any"
    if kind == "null":
        return "None"
    if kind in ("str", "int", "float", "bool", "bytes"):
        return kind
    if kind == "literal":
        shown = ", ".join(value_text(v) for v in t.values[:limit])
        more = f", … ({len(t.values)} values)" if len(t.values) > limit else ""
        return f"Literal[{shown}{more}]"
    if kind == "list":
        return f"list[{type_text(t.items[0], limit)}]"
    if kind == "map":
        return f"dict[str, {type_text(t.items[0], limit)}]"
    if kind == "model":
        return t.name
    if kind == "union":
        return " | ".join(type_text(i, limit) for i in t.items)
    return kind


def value_text(value: object) -> str:
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if value is None:
        return "None"
    return repr(value)
