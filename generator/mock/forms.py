"""Decoding: query strings and bodies (form with bracket notation, JSON, multipart) into nested params."""

from __future__ import annotations

import email.parser
import email.policy
import json
import re
from typing import Any, cast
from urllib.parse import parse_qsl

from generator.mock.errors import ApiError

_KEY = re.compile(r"^([^\[\]]*)((?:\[[^\[\]]*\])*)$")
_PART = re.compile(r"\[([^\[\]]*)\]")
# Stripe's params nest a few levels; deeper input is hostile and would exhaust the recursion limit.
MAX_DEPTH = 32


class Appendable(list[Any]):
    """A list built from `a[]=x` pairs."""


def split_key(key: str) -> list[str]:
    """`items[0][price]` -> ["items", "0", "price"]; `expand[]` -> ["expand", ""]."""
    match = _KEY.match(key)
    if not match or not match.group(1):
        return [key]
    return [match.group(1), *_PART.findall(match.group(2))]


def param_name(parts: list[str] | tuple[str, ...]) -> str:
    """The inverse of `split_key`, as Stripe names params in errors: `address[city]`."""
    if not parts:
        return ""
    return str(parts[0]) + "".join(f"[{p}]" for p in parts[1:])


def decode_pairs(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """Nest `a[b][c]=v` pairs. Numeric keys stay dict keys; the schema turns them into lists."""
    root: dict[str, Any] = {}
    for key, value in pairs:
        parts = split_key(key)
        if parts[0] == "":
            raise ApiError(f"Invalid parameter name: {key[:100]!r} (a parameter needs a name)")
        if len(parts) > MAX_DEPTH:
            raise ApiError(f"Invalid parameter {parts[0][:100]}: nested more than {MAX_DEPTH} levels deep", param=parts[0][:100])
        node: Any = root
        for index in range(len(parts) - 1):
            part, following = parts[index], parts[index + 1]
            if part == "":  # inside `a[]`: start an element unless the last one lacks this key
                if following == "":
                    raise ApiError(f"Invalid array: {key}", param=key)
                if not node or not isinstance(node[-1], dict) or following in node[-1]:
                    node.append({})
                node = node[-1]
                continue
            want = Appendable if following == "" else dict
            child = node.get(part)
            if child is None:
                child = node[part] = want()
            elif not isinstance(child, want):
                name = param_name(parts[: index + 1])
                raise ApiError(f"Invalid {'array' if want is Appendable else 'hash'}: {name}", param=name)
            node = child
        last = parts[-1]
        if last == "":
            node.append(value)
        elif isinstance(node.get(last), (dict, list)):
            name = param_name(parts)
            raise ApiError(f"Invalid value for {name}: it is also used as a hash or array", param=name)
        else:
            node[last] = value
    return root


def decode_query(query: str) -> dict[str, Any]:
    return decode_pairs(parse_qsl(query, keep_blank_values=True))


def decode_body(body: bytes, content_type: str) -> tuple[dict[str, Any], str]:
    """(params, media type) of a request body."""
    media = content_type.split(";")[0].strip().lower()
    if not body:
        return {}, media
    if media in ("", "application/x-www-form-urlencoded"):
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            raise ApiError("The request body is not valid UTF-8.") from None
        return decode_pairs(parse_qsl(text, keep_blank_values=True)), media or "application/x-www-form-urlencoded"
    if media == "application/json" or media.endswith("+json"):
        try:
            data = json.loads(body)
        except (ValueError, RecursionError):  # RecursionError: nesting deeper than the parser's stack
            raise ApiError("Invalid JSON received in the request body.") from None
        if not isinstance(data, dict):
            raise ApiError("The JSON request body must be an object.")
        if _depth(data) > MAX_DEPTH:
            raise ApiError(f"Invalid JSON received in the request body: nested more than {MAX_DEPTH} levels deep.")
        return data, media
    if media == "multipart/form-data":
        return decode_multipart(body, content_type), media
    return {}, media


def _depth(value: Any) -> int:
    """How deep a decoded JSON value nests, counted without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        node, level = stack.pop()
        deepest = max(deepest, level)
        if level > MAX_DEPTH:
            break
        children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
        stack.extend((child, level + 1) for child in children)
    return deepest


def decode_multipart(body: bytes, content_type: str) -> dict[str, Any]:
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    if not message.is_multipart():
        raise ApiError("Invalid multipart/form-data body.")
    pairs: list[tuple[str, str]] = []
    files: dict[str, Any] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not name:
            continue
        filename = part.get_filename()
        # decode=True on a non-multipart part gives its bytes (or None)
        payload = cast(bytes, part.get_payload(decode=True) or b"")
        if filename is not None:
            files[str(name)] = {"filename": filename, "size": len(payload)}
        else:
            pairs.append((str(name), payload.decode("utf-8", "replace")))
    params = decode_pairs(pairs)
    for name, info in files.items():
        params[name] = info["filename"] or "upload"
    return params
