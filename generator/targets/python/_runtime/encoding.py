"""Stripe's form/query parameter encoding (``a[b][0][c]=v``) and path-segment quoting."""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Collection, Mapping
from decimal import Decimal
from urllib.parse import quote

from .errors import InvalidRequestError

__all__ = ["encode_params", "encode_value", "path_param", "InvalidPathParamError"]


def encode_value(value: object) -> str:
    """The string form of one scalar parameter value."""
    if isinstance(value, enum.Enum):
        return encode_value(value.value)
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(int(value))
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        # repr is the shortest round-tripping form; format it without an exponent.
        return format(Decimal(repr(value)), "f")
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, _dt.datetime):
        return str(int(value.timestamp()))
    if isinstance(value, _dt.date):
        return value.isoformat()
    inner = getattr(value, "value", None)
    if inner is not None and isinstance(inner, (str, int, float)):
        return encode_value(inner)
    return str(value)


def _encode(prefix: str, value: object, out: list[tuple[str, str]]) -> None:
    if value is None:
        return
    if isinstance(value, Mapping):
        for key, sub in value.items():
            _encode(f"{prefix}[{key}]", sub, out)
    elif isinstance(value, (list, tuple)):
        for i, sub in enumerate(value):
            _encode(f"{prefix}[{i}]", sub, out)
    else:
        out.append((prefix, encode_value(value)))


def encode_params(params: Mapping[str, object], repeat: Collection[str] = ()) -> list[tuple[str, str]]:
    """Flatten ``params`` into ordered ``(key, value)`` pairs as Stripe expects.

    Nested mappings become ``a[b]``, sequences ``a[0]`` (and ``a[0][b]``), booleans
    ``true``/``false``; ``None`` values are dropped while ``""`` is kept (it unsets a field).
    Order is the insertion order of the mappings. A key in ``repeat`` holding a sequence is sent
    OpenAPI's default way for query arrays (``style: form``, ``explode: true``): ``a=1&a=2``.
    """
    out: list[tuple[str, str]] = []
    for key, value in params.items():
        if value is None:
            continue
        if key in repeat and isinstance(value, (list, tuple)):
            out.extend((key, encode_value(item)) for item in value if item is not None)
            continue
        if isinstance(value, (str, int)) and not isinstance(value, (bool, enum.Enum)):
            out.append((key, value if isinstance(value, str) else str(value)))
        else:
            _encode(key, value, out)
    return out


class InvalidPathParamError(InvalidRequestError, ValueError):
    """A path value that is not an ID: blank, ``.`` or ``..`` (also a ``ValueError``)."""


def path_param(value: str, name: str | None = None) -> str:
    """Percent-encode one path segment (``/``, ``?``, ``#``, ``%``, spaces and non-ASCII included).

    An empty or blank value, ``.`` and ``..`` are refused: a URL normalizes ``.``/``..`` away, so
    ``customers.update(".")`` would reach ``POST /v1/customers`` (a create).
    """
    label = f"path parameter {name!r}" if name else "path parameter"
    if not isinstance(value, str):
        raise InvalidRequestError(
            f"The {label} must be a string ID (such as 'cus_123'), got {type(value).__name__}",
            param=name,
        )
    if not value.strip():
        raise InvalidPathParamError(
            f"The {label} is empty: pass the ID of the object (such as 'cus_123'), "
            "not an empty or blank string",
            param=name,
        )
    if value in (".", ".."):
        raise InvalidPathParamError(
            f"The {label} is {value!r}: pass the ID of the object (such as 'cus_123'); "
            "a dot segment would send the request to another endpoint",
            param=name,
        )
    return quote(value, safe="")
