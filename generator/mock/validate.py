"""Request checks: coerce decoded params by the operation's schemas, with Stripe's error codes."""

from __future__ import annotations

import math
import re
from typing import Any

from generator.mock.errors import ApiError, missing, unknown
from generator.mock.forms import param_name
from generator.mock.schemas import Schemas

_INTEGER = re.compile(r"^[+-]?\d+$")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
# Stripe's integers are 64-bit; a longer digit string is not one (and int() refuses > 4300 digits).
_INT_MIN, _INT_MAX = -(2**63), 2**63 - 1
_MAX_DIGITS = 40


class Invalid(Exception):
    """A value that does not fit a schema; becomes an ApiError once the branch search is over."""

    def __init__(self, error: ApiError, depth: int = 0):
        super().__init__(error.message)
        self.error = error
        self.depth = depth  # how far into the value it got: the deepest failure explains best


def _describe(value: Any) -> str:
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= 100 else text[:100] + "..."


def _finite(value: float) -> bool:
    return isinstance(value, int) or math.isfinite(value)


class Validator:
    """Coerces one request's params; `form` means every scalar arrived as a string."""

    def __init__(self, schemas: Schemas, form: bool):
        self.schemas = schemas
        self.form = form

    def coerce(self, value: Any, schema: Any, path: tuple[str, ...]) -> Any:
        schemas = self.schemas
        schema = schemas.resolve(schema)
        if not schema:
            return value
        if value is None:
            if schemas.nullable(schema):
                return None
            raise Invalid(ApiError(f"Invalid null: {param_name(path)}", code="parameter_invalid_empty", param=param_name(path)))
        if "allOf" in schema:
            for part in schema["allOf"]:
                value = self.coerce(value, part, path)
        options = schema.get("anyOf") or schema.get("oneOf")
        if options:
            return self._any_of(value, options, path)
        return self._typed(value, schema, path)

    def _any_of(self, value: Any, options: list[Any], path: tuple[str, ...]) -> Any:
        failures: list[Invalid] = []
        empty = value == ""
        for option in options:
            resolved = self.schemas.resolve(option)
            # an emptyable "" only where a branch allows it; try that branch first for ""
            if empty and self._allows_empty(resolved):
                return ""
        for option in options:
            try:
                return self.coerce(value, option, path)
            except Invalid as exc:
                failures.append(exc)
        if not failures:
            return value
        raise max(failures, key=lambda f: _rank(f, value))

    def _allows_empty(self, schema: dict[str, Any]) -> bool:
        if "string" not in self.schemas.types(schema):
            return False
        allowed = self.schemas.enum(schema)
        return allowed is None or "" in allowed

    def _typed(self, value: Any, schema: dict[str, Any], path: tuple[str, ...]) -> Any:
        name = param_name(path)
        kinds = self.schemas.types(schema) or ["any"]
        errors: list[Invalid] = []
        for kind in kinds:
            try:
                result = self._one(value, kind, schema, path, name)
            except Invalid as exc:
                errors.append(exc)
                continue
            allowed = self.schemas.enum(schema)
            if allowed is not None and result not in allowed:
                if result == "" and self.schemas.nullable(schema):
                    return None
                shown = ", ".join(str(v) for v in allowed if v != "")
                raise Invalid(
                    ApiError(
                        f"Invalid {name}: must be one of {shown}",
                        code="parameter_invalid_string" if isinstance(result, str) else "parameter_invalid",
                        param=name,
                    ),
                    len(path),
                )
            return result
        raise max(errors, key=lambda f: f.depth)

    def _one(self, value: Any, kind: str, schema: dict[str, Any], path: tuple[str, ...], name: str) -> Any:
        depth = len(path)
        if kind == "any":
            return value
        if value == "" and self.form and kind != "string":
            if self.schemas.nullable(schema):
                return None
            raise Invalid(
                ApiError(
                    f"Invalid {name}: you passed an empty string, but this parameter does not accept one",
                    code="parameter_invalid_empty",
                    param=name,
                ),
                depth,
            )
        if kind == "integer":
            if isinstance(value, bool):
                pass
            elif isinstance(value, int) and _INT_MIN <= value <= _INT_MAX:
                return value
            elif isinstance(value, str) and self.form and len(value) <= _MAX_DIGITS and _INTEGER.match(value.strip()):
                if _INT_MIN <= int(value) <= _INT_MAX:
                    return int(value)
            elif isinstance(value, float) and value.is_integer() and not self.form and _INT_MIN <= value <= _INT_MAX:
                return int(value)
            raise Invalid(ApiError(f"Invalid integer: {_describe(value)}", code="parameter_invalid_integer", param=name), depth)
        if kind == "number":
            if isinstance(value, (int, float)) and not isinstance(value, bool) and _finite(value):
                return value
            if isinstance(value, str) and self.form and len(value) <= 400 and _NUMBER.match(value.strip()):
                number = float(value)
                if math.isfinite(number):
                    return int(number) if number.is_integer() and "." not in value else number
            raise Invalid(ApiError(f"Invalid decimal: {_describe(value)}", code="parameter_invalid_number", param=name), depth)
        if kind == "boolean":
            if isinstance(value, bool):
                return value
            if isinstance(value, str) and self.form and value in ("true", "false"):
                return value == "true"
            raise Invalid(ApiError(f"Invalid boolean: {_describe(value)}", code="parameter_invalid_boolean", param=name), depth)
        if kind == "string":
            if isinstance(value, (dict, list)):
                raise Invalid(ApiError(f"Invalid string: {_describe(value)}", code="parameter_invalid_string", param=name), depth)
            text = value if isinstance(value, str) else ("true" if value is True else "false" if value is False else str(value))
            limit = schema.get("maxLength")
            if isinstance(limit, int) and len(text) > limit:
                raise Invalid(
                    ApiError(
                        f"Invalid string: {text[:20]}...; must be at most {limit} characters",
                        code="parameter_invalid_string",
                        param=name,
                    ),
                    depth,
                )
            return text
        if kind == "array":
            if isinstance(value, dict) and all(k.isdigit() for k in value):
                value = [value[k] for k in sorted(value, key=int)]
            if not isinstance(value, list):
                raise Invalid(ApiError(f"Invalid array: {name}", code="parameter_invalid_array", param=name), depth)
            items = schema.get("items", {})
            return [self.coerce(item, items, (*path, str(i))) for i, item in enumerate(value)]
        if kind == "object":
            if not isinstance(value, dict):
                raise Invalid(ApiError(f"Invalid object: {name}", code="parameter_invalid_object", param=name), depth)
            return self.object(value, schema, path)
        return value  # an unknown type name: accept

    def object(self, value: dict[str, Any], schema: Any, path: tuple[str, ...]) -> dict[str, Any]:
        schema = self.schemas.resolve(schema)
        props = self.schemas.properties(schema)
        extra = schema.get("additionalProperties")
        # Stripe rejects unknown nested params; an object with neither properties nor
        # additionalProperties (a free-form hash) accepts anything.
        strict = extra is False or (extra is None and bool(props))
        result: dict[str, Any] = {}
        for key, item in value.items():
            if key in props:
                result[key] = self.coerce(item, props[key], (*path, key))
            elif strict:
                raise Invalid(unknown(param_name((*path, key))), len(path) + 1)
            elif isinstance(extra, dict):
                result[key] = self.coerce(item, extra, (*path, key))
            else:
                result[key] = item
        for key in schema.get("required") or []:
            if key not in result:
                raise Invalid(missing(param_name((*path, key))), len(path) + 1)
        return result


_SHAPE_CODES = ("parameter_invalid_object", "parameter_invalid_array")


def _rank(failure: Invalid, value: Any) -> tuple[int, int]:
    """The deepest failure explains best; at equal depth, the branch shaped like the value."""
    shaped = failure.error.code in _SHAPE_CODES
    return failure.depth, int(shaped == isinstance(value, (dict, list)))
