# File copied from templates/_runtime/redact.py by `python -m generator generate`.
# Do not edit: change the template and regenerate.
"""Redaction of secrets (API keys, webhook secrets, card numbers) from text meant for humans.

Used for log lines, exception messages and reprs: nothing that leaves the runtime as text may
contain a secret key, an ``Authorization`` value, a webhook signing secret or a card number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

REDACTED = "[REDACTED]"

# Stripe secret/restricted/publishable keys, webhook secrets and OAuth/ephemeral secrets.
_KEY_RE = re.compile(r"\b((?:sk|rk|pk)_(?:test|live)_|whsec_|ek_(?:test|live)_)[A-Za-z0-9_]+")
# "Bearer <token>" / "Basic <token>" as found in an Authorization header.
_AUTH_RE = re.compile(r"\b(Bearer|Basic)\s+[^\s,;'\"]+", re.IGNORECASE)
# 13-19 digits, optionally grouped by single spaces or dashes; redacted only if Luhn-valid.
_CARD_RE = re.compile(r"(?<![\d.])\d(?:[ -]?\d){12,18}(?![\d.])")

#: Parameter names whose values are never logged (last bracket segment of an encoded key).
SENSITIVE_PARAMS = frozenset(
    {"number", "cvc", "api_key", "secret", "client_secret", "password", "account_number"}
)


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _card_sub(match: re.Match[str]) -> str:
    digits = re.sub(r"[ -]", "", match.group(0))
    return REDACTED if _luhn_ok(digits) else match.group(0)


def redact(text: str, secrets: Iterable[str | None] = ()) -> str:
    """Return ``text`` with known secrets, key-shaped tokens and card numbers replaced."""
    for secret in secrets:
        if secret and len(secret) >= 4 and secret in text:
            text = text.replace(secret, REDACTED)
    if "_" in text:
        text = _KEY_RE.sub(lambda m: m.group(1) + "***", text)
    text = _AUTH_RE.sub(lambda m: m.group(1) + " " + REDACTED, text)
    return _CARD_RE.sub(_card_sub, text)


def mask_key(key: str | None) -> str | None:
    """A displayable form of an API key (``sk_test_***``), for reprs."""
    if key is None:
        return None
    match = re.match(r"((?:sk|rk|pk)_(?:test|live)_)", key)
    return (match.group(1) if match else "") + "***"


def redact_pairs(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Encoded form/query pairs with sensitive parameter values replaced, for debug logs."""
    out: list[tuple[str, str]] = []
    for key, value in pairs:
        leaf = key.rsplit("[", 1)[-1].rstrip("]")
        out.append((key, REDACTED if leaf in SENSITIVE_PARAMS else redact(value)))
    return out
