"""Schemas: `$ref` resolution, nullability in 3.0 and 3.1, object types, and minimal synthesised objects."""

from __future__ import annotations

import copy
import re
import secrets
import threading
import time
from typing import Any

from generator.load import resolve_pointer

# Stripe's id prefixes for the common object types; others are derived from the type's name.
ID_PREFIXES = {
    "account": "acct", "application_fee": "fee", "balance_transaction": "txn", "bank_account": "ba",
    "card": "card", "charge": "ch", "checkout.session": "cs", "coupon": "co", "credit_note": "cn",
    "customer": "cus", "customer_balance_transaction": "cbtxn", "dispute": "dp", "event": "evt",
    "file": "file", "file_link": "link", "invoice": "in", "invoiceitem": "ii", "line_item": "il",
    "mandate": "mandate", "payment_intent": "pi", "payment_link": "plink", "payment_method": "pm",
    "payout": "po", "person": "person", "plan": "plan", "price": "price", "product": "prod",
    "promotion_code": "promo", "quote": "qt", "refund": "re", "review": "prv", "setup_attempt": "setatt",
    "setup_intent": "seti", "source": "src", "subscription": "sub", "subscription_item": "si",
    "subscription_schedule": "sub_sched", "tax_id": "txi", "tax_rate": "txr", "test_helpers.test_clock": "clock",
    "token": "tok", "topup": "tu", "transfer": "tr", "transfer_reversal": "trr", "webhook_endpoint": "we",
    "application": "ca", "discount": "di", "usage_record": "mbur", "file_upload": "file",
}

# Plausible values for string fields with well-known names, when synthesising.
_NAMED_STRINGS = {
    "currency": "usd", "country": "US", "access_token": "sk_test_{r}", "refresh_token": "rt_{r}",
    "stripe_user_id": "acct_{r}", "stripe_publishable_key": "pk_test_{r}", "token_type": "bearer",
    "client_secret": "{id}_secret_{r}", "url": "https://example.com/{r}",
}


def random_suffix(rng: Any = None, length: int = 14) -> str:
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    if rng is None:
        return "".join(secrets.choice(alphabet) for _ in range(length))
    return "".join(rng.choice(alphabet) for _ in range(length))


class Schemas:
    """Helpers over one OpenAPI document's schemas; results that are pure are cached."""

    def __init__(self, document: dict[str, Any]):
        self.document = document
        self._refs: dict[str, Any] = {}
        self._templates: dict[int, Any] = {}
        self._lock = threading.Lock()

    # --- structure ------------------------------------------------------------------------------

    def resolve(self, schema: Any) -> dict[str, Any]:
        """Follow `$ref`s (chains too) to a schema dict; `{}` for anything unresolvable."""
        seen = 0
        while isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and seen < 32:
            ref = schema["$ref"]
            target = self._refs.get(ref)
            if target is None:
                try:
                    target = resolve_pointer(self.document, ref)
                except KeyError:
                    target = {}
                self._refs[ref] = target
            schema, seen = target, seen + 1
        return schema if isinstance(schema, dict) else {}

    @staticmethod
    def ref_name(schema: Any) -> str | None:
        if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            ref: str = schema["$ref"]
            return ref.rsplit("/", 1)[-1]
        return None

    @staticmethod
    def types(schema: dict[str, Any]) -> list[str]:
        kind = schema.get("type")
        if isinstance(kind, list):
            return [k for k in kind if k != "null"]
        if isinstance(kind, str):
            return [] if kind == "null" else [kind]
        if "properties" in schema or "additionalProperties" in schema:
            return ["object"]
        if "items" in schema:
            return ["array"]
        return []

    def nullable(self, schema: Any) -> bool:
        schema = self.resolve(schema)
        kind = schema.get("type")
        if schema.get("nullable") is True or kind == "null" or (isinstance(kind, list) and "null" in kind):
            return True
        if "enum" in schema and None in schema["enum"]:
            return True
        for key in ("anyOf", "oneOf"):
            if any(self.nullable(branch) for branch in schema.get(key) or []):
                return True
        return False

    def branches(self, schema: Any) -> list[dict[str, Any]]:
        """The non-null alternatives of a schema (itself when it has no anyOf/oneOf)."""
        schema = self.resolve(schema)
        options = schema.get("anyOf") or schema.get("oneOf")
        if not options:
            return [schema]
        found = []
        for option in options:
            for branch in self.branches(option):
                if branch.get("type") != "null":
                    found.append(branch)
        return found

    def properties(self, schema: Any) -> dict[str, Any]:
        """Properties of an object schema, allOf included."""
        schema = self.resolve(schema)
        props = dict(schema.get("properties") or {})
        for part in schema.get("allOf") or []:
            props.update(self.properties(part))
        return props

    def enum(self, schema: dict[str, Any]) -> list[Any] | None:
        if "const" in schema:
            return [schema["const"]]
        values = schema.get("enum")
        return list(values) if isinstance(values, list) else None

    def object_type(self, schema: Any) -> str | None:
        """The `object` discriminator of an object schema (`customer`), if it has one."""
        for branch in self.branches(schema):
            prop = self.resolve(self.properties(branch).get("object"))
            values = self.enum(prop) if prop else None
            if values and isinstance(values[0], str):
                return values[0]
        return None

    def candidate_types(self, schema: Any) -> list[str]:
        """Object types a (possibly polymorphic) response schema may hold."""
        found = []
        for branch in self.branches(schema):
            kind = self.object_type(branch)
            if kind and kind not in found:
                found.append(kind)
        return found

    def is_list_envelope(self, schema: Any) -> bool:
        schema = self.resolve(schema)
        props = self.properties(schema)
        if "data" not in props:
            return False
        kind = self.object_type(schema)
        return kind in ("list", "search_result") or ("has_more" in props and kind is None)

    def list_item(self, schema: Any) -> Any:
        return self.resolve(self.properties(schema).get("data")).get("items", {})

    @staticmethod
    def pattern_prefix(schema: dict[str, Any]) -> str | None:
        """`/v1/x` of a string schema whose pattern is `^/v1/x` (Stripe pins list URLs so)."""
        pattern = schema.get("pattern")
        if isinstance(pattern, str) and pattern.startswith("^/") and not re.search(r"[\\.*+?()\[\]{}|$]", pattern[1:]):
            return pattern[1:]
        return None

    def expandable(self, schema: Any) -> bool:
        """`anyOf: [string, $ref]`: an id that `expand[]` may replace with the object."""
        options = self.resolve(schema).get("anyOf") or []
        return any("string" in self.types(self.resolve(o)) for o in options) and any(
            "$ref" in o for o in options if isinstance(o, dict)
        )

    # --- values ---------------------------------------------------------------------------------

    def accepts(self, schema: Any, value: Any, depth: int = 0) -> bool:
        """Whether a value fits a response schema closely enough to be stored in it."""
        if depth > 8:
            return True
        schema = self.resolve(schema)
        if value is None:
            return self.nullable(schema)
        options = schema.get("anyOf") or schema.get("oneOf")
        if options:
            return any(self.accepts(o, value, depth + 1) for o in options)
        allowed = self.enum(schema)
        if allowed is not None and value not in allowed:
            return False
        kinds = self.types(schema)
        if not kinds:
            return True
        for kind in kinds:
            if kind == "string" and isinstance(value, str):
                return True
            if kind == "integer" and isinstance(value, int) and not isinstance(value, bool):
                return True
            if kind == "number" and isinstance(value, (int, float)) and not isinstance(value, bool):
                return True
            if kind == "boolean" and isinstance(value, bool):
                return True
            if kind == "array" and isinstance(value, list):
                items = schema.get("items", {})
                return all(self.accepts(items, v, depth + 1) for v in value)
            if kind == "object" and isinstance(value, dict):
                return True
        return False

    def template(self, schema: Any, object_id: str | None = None) -> Any:
        """A fresh minimal value for a schema: example if any, else every required property."""
        key = id(self.resolve(schema))
        with self._lock:
            cached = self._templates.get(key)
        if cached is None:
            cached = self.synthesise(schema)
            with self._lock:
                self._templates[key] = cached
        value = copy.deepcopy(cached)
        if isinstance(value, dict):
            self._fill_named(value, object_id)
        return value

    def _fill_named(self, value: dict[str, Any], object_id: str | None) -> None:
        if "created" in value and isinstance(value["created"], int):
            value["created"] = int(time.time())
        for name, pattern in _NAMED_STRINGS.items():
            if value.get(name) == f"<{name}>":
                value[name] = pattern.format(r=random_suffix(), id=object_id or "obj")

    def synthesise(self, schema: Any, depth: int = 0, stack: tuple[int, ...] = (), name: str = "") -> Any:
        resolved = self.resolve(schema)
        if "example" in resolved and depth == 0:
            return copy.deepcopy(resolved["example"])
        if isinstance(resolved.get("examples"), list) and resolved["examples"] and depth == 0:
            return copy.deepcopy(resolved["examples"][0])
        if self.nullable(resolved) and depth > 0:
            return None
        options = resolved.get("anyOf") or resolved.get("oneOf")
        if options:
            # prefer a plain id string for expandable fields; else the first alternative
            for option in options:
                if "string" in self.types(self.resolve(option)) and "$ref" not in option:
                    return self.synthesise(option, depth + 1, stack, name)
            return self.synthesise(options[0], depth + 1, stack, name)
        allowed = self.enum(resolved)
        if allowed:
            return allowed[0]
        kinds = self.types(resolved)
        kind = kinds[0] if kinds else "object"
        if kind == "string":
            if self.pattern_prefix(resolved):
                return self.pattern_prefix(resolved)
            if name in _NAMED_STRINGS:
                return f"<{name}>"
            return "" if name != "id" else "obj_" + "0" * 14
        if kind == "integer":
            return 0
        if kind == "number":
            return 0.0
        if kind == "boolean":
            return False
        if kind == "array":
            return []
        if kind != "object":
            return None
        marker = id(resolved)
        if marker in stack or depth > 6:
            return {}
        props = self.properties(resolved)
        required = list(resolved.get("required") or [])
        for part in resolved.get("allOf") or []:
            required += self.resolve(part).get("required") or []
        result: dict[str, Any] = {}
        for prop in required:
            if prop in props:
                result[prop] = self.synthesise(props[prop], depth + 1, (*stack, marker), prop)
        if depth == 0 and "metadata" in props and "metadata" not in result:
            result["metadata"] = {}
        return result


def id_prefix(object_type: str, example_id: Any = None) -> str:
    if isinstance(example_id, str) and "_" in example_id:
        return example_id.rsplit("_", 1)[0]
    if object_type in ID_PREFIXES:
        return ID_PREFIXES[object_type]
    words = [w for w in object_type.replace(".", "_").split("_") if w]
    return "".join(w[0] for w in words) if len(words) > 1 else (words[0][:4] if words else "obj")


def new_id(prefix: str) -> str:
    return f"{prefix}_{random_suffix()}"
