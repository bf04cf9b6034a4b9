"""Stripe webhook signature verification (hand-written runtime; copied verbatim).

Stripe signs every webhook delivery with the endpoint's secret and sends::

    Stripe-Signature: t=<unix seconds>,v1=<hex>[,v1=<hex>...][,v0=<hex>]

where each ``v1`` value is ``HMAC-SHA256(key=secret, msg=f"{t}.{raw_body}")``
as lowercase hex.  Several ``v1`` entries appear while a secret is being
rolled; any one of them matching is enough.  ``v0`` (test-mode legacy) and any
unknown scheme are ignored.

Behaviour follows stripe-python's ``stripe._webhook`` (checked against 16.1.0),
with these deliberate differences, all of them stricter or clearer:

* ``bytes``/``bytearray`` payloads are authenticated exactly as received (the
  HMAC runs over the raw bytes); stripe-python decodes them as UTF-8 first and
  lets ``UnicodeDecodeError`` escape on a bad body.  For valid UTF-8 the two
  agree byte for byte.
* Every failure raises :class:`SignatureVerificationError` (verification) or
  :class:`InvalidPayloadError` (body is not a UTF-8 JSON object); no
  ``TypeError``/``ValueError``/``UnicodeError`` escapes from verification.
* The timestamp must be ASCII digits (stripe-python uses ``int()``, which also
  takes ``" 12"``, ``"+1_2"``, ``"-5"``); a negative ``tolerance`` is rejected
  as a usage error instead of silently failing every delivery.
* Spaces/tabs around header items are ignored.

Timing rules (as stripe-python):

* A timestamp older than ``now - tolerance`` fails.  Timestamps in the
  *future* are NOT rejected: stripe-python only checks the lower bound, and a
  future ``t`` cannot be forged without the secret anyway (the signature
  covers it).
* ``tolerance=None`` or ``0`` disables the time check entirely.
* The signature is checked before the timestamp, so "outside the tolerance
  zone" is only ever reported for an authentic header.

The secret never appears in an exception message, ``args`` or ``repr``.
"""

from __future__ import annotations

import hmac
import json
import math
import time
import warnings
from dataclasses import dataclass, field
from typing import Any, ClassVar, Generic, NamedTuple, TypeAlias, TypeVar

from pydantic import TypeAdapter, ValidationError

from .errors import InvalidPayloadError, SignatureVerificationError
from .models import StripeObject

__all__ = [
    "DEFAULT_TOLERANCE",
    "UNKNOWN_TAG",
    "EventParser",
    "EventProblem",
    "EventVersionWarning",
    "LenientEvent",
    "UnknownEvent",
    "Webhook",
    "WebhookBase",
    "WebhookPayload",
    "WebhookSignature",
    "construct_event_payload",
    "decode_payload",
    "event_tag",
    "generate_test_header",
]

WebhookPayload: TypeAlias = str | bytes | bytearray
"""The raw request body, exactly as received (``str``, ``bytes`` or ``bytearray``)."""

DEFAULT_TOLERANCE = 300
"""Default maximum age of a signature, in seconds (Stripe's recommendation)."""

EventT = TypeVar("EventT")

_WS = " \t"


def _payload_bytes(payload: object, sig_header: str | None) -> bytes | bytearray:
    """Return the bytes the signature covers; no copy for bytes/bytearray."""
    if isinstance(payload, (bytes, bytearray)):
        return payload
    if isinstance(payload, str):
        try:
            return payload.encode("utf-8")
        except UnicodeEncodeError:
            raise SignatureVerificationError(
                "Webhook payload str is not encodable as UTF-8 (it contains lone "
                "surrogates); pass the raw request body as bytes instead",
                sig_header,
            ) from None
    raise SignatureVerificationError(
        "Webhook payload must be str, bytes or bytearray (the raw request body), "
        f"got {type(payload).__name__}",
        sig_header,
    )


def _secret_key(secret: object, sig_header: str | None) -> bytes:
    if secret is None:
        raise SignatureVerificationError(
            "No webhook secret was provided; it should start with `whsec_`",
            sig_header,
        )
    if not isinstance(secret, str):
        raise SignatureVerificationError(
            f"Webhook secret must be a str, got {type(secret).__name__}",
            sig_header,
        )
    if not secret.strip():
        raise SignatureVerificationError(
            "Webhook secret is blank; it should start with `whsec_`",
            sig_header,
        )
    try:
        return secret.encode("utf-8")
    except UnicodeEncodeError:
        # ``from None``: the UnicodeEncodeError holds the secret in ``.object``.
        raise SignatureVerificationError(
            "Webhook secret is not encodable as UTF-8", sig_header
        ) from None


def _hmac_hex(key: bytes, timestamp: int, body: bytes | bytearray) -> str:
    # Feed "<t>." and the body separately: no concatenated copy of the body.
    mac = hmac.new(key, b"%d." % timestamp, "sha256")
    mac.update(body)
    return mac.hexdigest()


def _parse_header(header: str, scheme: str) -> tuple[int, list[str]]:
    """Return ``(timestamp, signatures for scheme)``; raise ValueError if malformed.

    As stripe-python: the first ``t`` wins; items of other schemes are ignored.
    """
    timestamp: int | None = None
    signatures: list[str] = []
    for item in header.split(","):
        key, sep, value = item.strip(_WS).partition("=")
        if not sep:
            if key:
                raise ValueError("item without '='")
            continue  # tolerate empty items (",,", trailing comma)
        if key == "t":
            if timestamp is None:
                if not (value.isascii() and value.isdigit()):
                    raise ValueError("timestamp is not an unsigned integer")
                timestamp = int(value)
        elif key == scheme:
            signatures.append(value)
    if timestamp is None:
        raise ValueError("no timestamp")
    return timestamp, signatures


def _check_tolerance(tolerance: object, sig_header: str | None) -> float | None:
    """Normalise ``tolerance``: ``None``/``0`` disable the check (as stripe-python)."""
    if tolerance is None:
        return None
    if isinstance(tolerance, bool) or not isinstance(tolerance, (int, float)):
        raise SignatureVerificationError(
            "tolerance must be an int or float number of seconds, or None, "
            f"got {type(tolerance).__name__}",
            sig_header,
        )
    if math.isnan(tolerance) or tolerance < 0:
        raise SignatureVerificationError(
            "tolerance must be a non-negative number of seconds "
            "(0 or None disables the timestamp check)",
            sig_header,
        )
    return float(tolerance) if tolerance else None


class WebhookSignature:
    """Compute and verify ``Stripe-Signature`` headers."""

    EXPECTED_SCHEME: ClassVar[str] = "v1"

    @staticmethod
    def compute_signature(payload: WebhookPayload, secret: str, timestamp: int) -> str:
        """Hex HMAC-SHA256 of ``f"{timestamp}.{payload}"`` keyed with ``secret``.

        ``bytes``/``bytearray`` payloads are signed as-is; ``str`` is UTF-8
        encoded.  Raises ``TypeError``/``ValueError`` on bad arguments (this is
        a signing helper, not a verification step).
        """
        if isinstance(timestamp, bool) or not isinstance(timestamp, int):
            raise TypeError(f"timestamp must be an int, got {type(timestamp).__name__}")
        if not isinstance(secret, str):
            raise TypeError(f"secret must be a str, got {type(secret).__name__}")
        if isinstance(payload, str):
            body: bytes | bytearray = payload.encode("utf-8")
        elif isinstance(payload, (bytes, bytearray)):
            body = payload
        else:
            raise TypeError(
                f"payload must be str, bytes or bytearray, got {type(payload).__name__}"
            )
        return _hmac_hex(secret.encode("utf-8"), timestamp, body)

    @classmethod
    def verify_header(
        cls,
        payload: WebhookPayload,
        sig_header: str | None,
        secret: str | None,
        tolerance: float | None = DEFAULT_TOLERANCE,
        *,
        now: float | None = None,
    ) -> bool:
        """Return ``True`` if ``sig_header`` authenticates ``payload``; raise otherwise.

        ``sig_header`` and ``secret`` accept ``None`` only so values straight
        from a web framework type-check; ``None`` or blank raises.
        ``tolerance`` is in seconds (``None``/``0``: no time check); ``now``
        overrides the clock (Unix seconds), for tests.

        Raises :class:`SignatureVerificationError` on every failure.
        """
        if sig_header is None or sig_header == "":
            raise SignatureVerificationError(
                "No Stripe-Signature header value was provided; read it from the "
                "request's `Stripe-Signature` header",
                sig_header,
            )
        if not isinstance(sig_header, str):
            raise SignatureVerificationError(
                f"Stripe-Signature header must be a str, got {type(sig_header).__name__}",
                None,
            )
        key = _secret_key(secret, sig_header)
        body = _payload_bytes(payload, sig_header)
        max_age = _check_tolerance(tolerance, sig_header)

        scheme = cls.EXPECTED_SCHEME
        try:
            timestamp, signatures = _parse_header(sig_header, scheme)
        except ValueError:
            raise SignatureVerificationError(
                "Unable to extract timestamp and signatures from header",
                sig_header,
            ) from None
        if not signatures:
            raise SignatureVerificationError(
                f"No signatures found with expected scheme {scheme}", sig_header
            )

        expected = _hmac_hex(key, timestamp, body)
        matched = False
        for candidate in signatures:
            # compare_digest rejects non-ASCII str with TypeError; such a
            # value can never equal a hex digest anyway.  No early exit.
            if candidate.isascii() and hmac.compare_digest(expected, candidate):
                matched = True
        if not matched:
            raise SignatureVerificationError(
                "No signatures found matching the expected signature for payload",
                sig_header,
            )

        if max_age is not None:
            if now is None:
                current = time.time()
            elif isinstance(now, (int, float)) and not isinstance(now, bool):
                current = now
            else:
                raise SignatureVerificationError(
                    f"now must be an int or float Unix time, got {type(now).__name__}",
                    sig_header,
                )
            # Lower bound only, as stripe-python: a future timestamp is accepted.
            if timestamp < current - max_age:
                raise SignatureVerificationError(
                    f"Timestamp outside the tolerance zone ({timestamp})", sig_header
                )
        return True


def generate_test_header(
    payload: WebhookPayload,
    secret: str,
    timestamp: int | None = None,
    scheme: str = "v1",
) -> str:
    """Build a ``Stripe-Signature`` header for ``payload``, for your own tests.

    ``timestamp`` defaults to now.  Pass ``scheme="v0"`` (or anything else) to
    produce a header that verification will reject for having no ``v1``.
    """
    if timestamp is None:
        timestamp = int(time.time())
    signature = WebhookSignature.compute_signature(payload, secret, timestamp)
    return f"t={timestamp},{scheme}={signature}"


def construct_event_payload(
    payload: WebhookPayload,
    sig_header: str | None,
    secret: str | None,
    tolerance: float | None = DEFAULT_TOLERANCE,
    *,
    now: float | None = None,
) -> dict[str, object]:
    """Verify the signature, then decode the body as a JSON object.

    Raises :class:`SignatureVerificationError` if verification fails and
    :class:`InvalidPayloadError` if the (authentic) body is not UTF-8 JSON
    whose top level is an object.
    """
    WebhookSignature.verify_header(payload, sig_header, secret, tolerance, now=now)
    return decode_payload(payload)


def decode_payload(payload: WebhookPayload) -> dict[str, Any]:
    """Decode a body as a JSON object; raise :class:`InvalidPayloadError` otherwise.

    Messages name the position of a problem, never the payload's text.
    """
    try:
        text = payload.decode("utf-8") if not isinstance(payload, str) else payload
    except UnicodeDecodeError as exc:
        raise InvalidPayloadError(
            f"Webhook payload is not valid JSON: it is not valid UTF-8 (byte offset {exc.start})"
        ) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidPayloadError(
            f"Webhook payload is not valid JSON: {exc.msg} "
            f"(line {exc.lineno}, column {exc.colno})"
        ) from None
    except (ValueError, RecursionError) as exc:
        # ValueError: e.g. an integer longer than sys.get_int_max_str_digits().
        raise InvalidPayloadError(
            f"Webhook payload could not be decoded as JSON: {type(exc).__name__}"
        ) from None
    if not isinstance(data, dict):
        raise InvalidPayloadError(
            f"Webhook payload must be a JSON object, got {type(data).__name__}"
        )
    return data


class WebhookBase(Generic[EventT]):
    """Verify-then-parse entry point; subclass with the concrete event type.

    Generated code binds the event type and supplies the parser::

        class Webhook(_runtime.webhooks.WebhookBase[Event]):
            @staticmethod
            def _parse(data: dict[str, object]) -> Event:
                return parse_event(data)

        event = Webhook.construct_event(body, sig_header, secret)  # -> Event

    Nothing is instantiated; ``construct_event`` is a classmethod so it can
    dispatch to the subclass's ``_parse`` (a staticmethod or classmethod).
    """

    DEFAULT_TOLERANCE: ClassVar[int] = DEFAULT_TOLERANCE

    @staticmethod
    def _parse(data: dict[str, object]) -> EventT:
        raise NotImplementedError("WebhookBase subclasses must define _parse")

    @classmethod
    def construct_event(
        cls,
        payload: WebhookPayload,
        sig_header: str | None,
        secret: str | None,
        tolerance: float | None = DEFAULT_TOLERANCE,
        *,
        now: float | None = None,
    ) -> EventT:
        """Verify ``sig_header`` for ``payload``, decode it, return ``cls._parse(data)``."""
        data = construct_event_payload(payload, sig_header, secret, tolerance, now=now)
        return cls._parse(data)


class Webhook(WebhookBase[dict[str, object]]):
    """Untyped variant: ``construct_event`` returns the decoded JSON object."""

    @staticmethod
    def _parse(data: dict[str, object]) -> dict[str, object]:
        return data


# --- typed events ----------------------------------------------------------------------------------
#
# Each generated version lists its event classes in a union discriminated on `type` and hands it to
# an :class:`EventParser`; the parsing rules, the warning and the fallback classes live here, once.

UNKNOWN_TAG = "__unknown__"
"""The union tag of :class:`UnknownEvent`: an event type the version does not describe."""


class EventVersionWarning(UserWarning):
    """An event was rendered at an API version other than the one the models describe."""


class UnknownEvent(StripeObject):
    """An event of a type this API version does not describe; every field is kept."""

    id: str | None = None
    type: str
    api_version: str | None = None
    data: dict[str, Any] | None = None


class EventProblem(NamedTuple):
    """Why an event does not fit the models: where (``("data", "object", "amount")``) and the error kind."""

    loc: tuple[str | int, ...]
    kind: str

    def __str__(self) -> str:
        return f"{'.'.join(map(str, self.loc)) or '(event)'}: {self.kind}"


@dataclass(frozen=True)
class LenientEvent:
    """A signed event that does not fit this version's models (Stripe sent it; do not answer 400).

    ``object`` is the raw ``data.object`` (``{}`` when absent) and ``raw`` the whole payload; both are
    left out of ``repr`` so that logging the event never logs customer data.  ``problems`` say where
    the payload differs from the models, by location and error kind only.
    """

    type: str | None
    id: str | None
    api_version: str | None
    problems: tuple[EventProblem, ...]
    object: dict[str, Any] = field(repr=False)
    raw: dict[str, Any] = field(repr=False)

    @classmethod
    def from_error(cls, data: dict[str, Any], error: ValidationError) -> LenientEvent:
        tag = data.get("type")
        problems = []
        # include_input=False: pydantic's messages and inputs would carry payload values.
        for item in error.errors(include_url=False, include_context=False, include_input=False):
            loc = tuple(item["loc"])
            if loc and loc[0] in (tag, UNKNOWN_TAG):  # the union's tag, not a payload location
                loc = loc[1:]
            problems.append(EventProblem(loc, item["type"]))
        inner = data.get("data")
        obj = inner.get("object") if isinstance(inner, dict) else None
        return cls(
            type=_text_or_none(tag),
            id=_text_or_none(data.get("id")),
            api_version=_text_or_none(data.get("api_version")),
            problems=tuple(problems),
            object=obj if isinstance(obj, dict) else {},
            raw=data,
        )


def _text_or_none(value: object) -> str | None:
    return value if isinstance(value, str) else None


def event_tag(known: tuple[str, ...]) -> Any:
    """The discriminator of a version's event union: the event's `type`, or UNKNOWN_TAG."""
    known_types = frozenset(known)

    def tag(value: Any) -> str:
        event_type = value.get("type") if isinstance(value, dict) else getattr(value, "type", None)
        return event_type if event_type in known_types else UNKNOWN_TAG

    return tag


class EventParser(Generic[EventT]):
    """Parse payloads into one version's event union (built on first use: imports stay cheap)."""

    def __init__(self, event_type: Any, api_version: str) -> None:
        self._event_type = event_type
        self._api_version = api_version
        self._adapter: TypeAdapter[EventT] | None = None

    def parse(self, payload: dict[str, Any] | WebhookPayload) -> EventT | LenientEvent:
        """The typed event, or a :class:`LenientEvent` when the payload does not fit the models.

        Raises :class:`InvalidPayloadError` when the payload is not a JSON object.
        """
        data = decode_payload(payload) if isinstance(payload, (str, bytes, bytearray)) else payload
        if not isinstance(data, dict):
            raise InvalidPayloadError(
                f"Webhook payload must be a JSON object, got {type(data).__name__}"
            )
        self._warn_other_version(data)
        if self._adapter is None:
            self._adapter = TypeAdapter(self._event_type)
        try:
            return self._adapter.validate_python(data)
        except ValidationError as exc:
            return LenientEvent.from_error(data, exc)

    def _warn_other_version(self, data: dict[str, Any]) -> None:
        version = data.get("api_version")
        if self._api_version and isinstance(version, str) and version != self._api_version:
            warnings.warn(
                f"event {data.get('id')!r} was rendered at API version {version}, these models "
                f"describe {self._api_version}; use the client subpackage of that version to parse "
                "it exactly",
                EventVersionWarning,
                stacklevel=4,  # the caller of the generated parse_event
            )
