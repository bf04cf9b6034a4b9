"""Redaction of secrets (API keys, webhook secrets, card numbers) from text meant for humans.

Used for log lines, exception messages and reprs: nothing that leaves the runtime as text may
contain a secret key, an ``Authorization`` value, a webhook signing secret, a card number, a
password in a URL, or the value of a sensitive parameter (:data:`SENSITIVE_PARAMS`).
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
# The user:password@ part of a URL (a proxy or fake base_url): dropped whole.
_USERINFO_RE = re.compile(r"\b([A-Za-z][A-Za-z0-9+.-]*://)[^\s/?#@]*@")

#: Parameter names whose values are never logged (any bracket segment of an encoded key, so
#: ``card[number]`` and ``token[0]`` are both hidden).  The one list: tests/unit/
#: test_runtime_redact.py checks it against every sensitive-looking name in Stripe's spec.
SENSITIVE_PARAMS = frozenset(
    {
        # cards, PINs and card tokens
        "number", "cvc", "cvc_token", "encrypted_number",
        # keys, secrets, OAuth (an authorization code or refresh token mints a secret key)
        "api_key", "secret", "client_secret", "password", "code", "refresh_token", "access_token",
        "token", "account_token", "person_token", "shipping_rate_token",
        # bank accounts
        "account_number", "routing_number", "bsb_number", "institution_number", "transit_number",
        "sort_code",
        # government identity numbers
        "id_number", "id_number_secondary", "personal_id_number", "ssn_last_4",
    }
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
    if "@" in text:
        text = _USERINFO_RE.sub(lambda m: m.group(1) + REDACTED + "@", text)
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
        out.append((key, REDACTED if is_sensitive(key) else redact(value)))
    return out


def is_sensitive(key: str) -> bool:
    """Whether an encoded parameter key (``a[b][0][c]``) names a value that must not be shown."""
    return any(segment in SENSITIVE_PARAMS for segment in key.replace("]", "").split("["))
