"""Cross-check the runtime's webhook signatures against the official ``stripe`` package.

Headers signed by stripe-python verify here, headers signed here verify there, and
tampering with one byte of payload, timestamp or signature fails on both sides.
Written against stripe-python 16.x (``stripe._webhook``), using only its public
names ``stripe.WebhookSignature``, ``stripe.Webhook`` and
``stripe.SignatureVerificationError``.
"""

from __future__ import annotations

import json
import time
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

stripe: Any = pytest.importorskip(
    "stripe",
    reason="the official `stripe` package (a dev dependency: pip install -e '.[dev]') "
    "is needed to cross-check webhook signatures",
)

import _runtime.webhooks as wh
from _runtime.errors import SignatureVerificationError

StripeSigError: Any = stripe.SignatureVerificationError

MATCH_MSG = "No signatures found matching the expected signature for payload"
PROPS = settings(max_examples=200, deadline=None, derandomize=True)


def stripe_header(payload: str, secret: str, timestamp: int) -> str:
    return str(
        stripe.WebhookSignature.generate_signature_header(
            payload, secret, timestamp=timestamp
        )
    )


def stripe_verify(
    payload: Any, header: str, secret: str, tolerance: int | None = 300
) -> bool:
    return bool(
        stripe.WebhookSignature.verify_header(payload, header, secret, tolerance)
    )


# --------------------------------------------------------------------------- #
# Strategies
# --------------------------------------------------------------------------- #

# Non-blank under both libraries' definitions (ours strips all Unicode whitespace).
secrets = st.one_of(
    st.text(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
        min_size=1,
        max_size=40,
    ).map(lambda s: "whsec_" + s),
    st.text(min_size=1, max_size=30).filter(lambda s: s.strip() != ""),
)

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=15,
)


@st.composite
def event_payloads(draw: st.DrawFn) -> str:
    event = {
        "id": "evt_"
        + draw(
            st.text("abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=24)
        ),
        "object": "event",
        "type": draw(
            st.sampled_from(
                ["payment_intent.succeeded", "charge.refunded", "customer.created"]
            )
        ),
        "created": draw(st.integers(0, 2**31)),
        "data": {
            "object": draw(
                st.dictionaries(
                    st.text(min_size=1, max_size=10), json_values, max_size=5
                )
            )
        },
    }
    return json.dumps(
        event,
        ensure_ascii=draw(st.booleans()),
        indent=draw(st.sampled_from([None, 2])),
        sort_keys=draw(st.booleans()),
    )


# Any text (Hypothesis excludes lone surrogates by default), for signature-only checks.
any_text = st.text(max_size=300)
# Seconds in the past: well inside the 300 s tolerance.
recent_offsets = st.integers(0, 200)


# --------------------------------------------------------------------------- #
# Both directions
# --------------------------------------------------------------------------- #


@PROPS
@given(payload=any_text, secret=secrets, t=st.integers(0, 2**40))
def test_identical_headers(payload: str, secret: str, t: int) -> None:
    ours = wh.generate_test_header(payload, secret, timestamp=t)
    assert ours == stripe_header(payload, secret, t)
    assert ours == wh.generate_test_header(payload.encode(), secret, timestamp=t)


@PROPS
@given(payload=event_payloads(), secret=secrets, offset=recent_offsets)
def test_stripe_signed_verifies_here(payload: str, secret: str, offset: int) -> None:
    header = stripe_header(payload, secret, int(time.time()) - offset)
    raw = payload.encode("utf-8")
    for arg in (payload, raw, bytearray(raw)):
        assert wh.WebhookSignature.verify_header(arg, header, secret) is True
    assert wh.construct_event_payload(raw, header, secret) == json.loads(payload)
    assert wh.Webhook.construct_event(payload, header, secret) == json.loads(payload)


@PROPS
@given(payload=event_payloads(), secret=secrets, offset=recent_offsets)
def test_signed_here_verifies_with_stripe(
    payload: str, secret: str, offset: int
) -> None:
    header = wh.generate_test_header(
        payload, secret, timestamp=int(time.time()) - offset
    )
    raw = payload.encode("utf-8")
    for arg in (payload, raw, bytearray(raw)):
        assert stripe_verify(arg, header, secret) is True
    event = stripe.Webhook.construct_event(raw, header, secret)
    assert event["id"] == json.loads(payload)["id"]
    assert event["object"] == "event"


@PROPS
@given(payload=any_text, secret=secrets, t=st.integers(0, 2**40))
def test_any_text_both_directions_without_tolerance(
    payload: str, secret: str, t: int
) -> None:
    ours = wh.generate_test_header(payload, secret, timestamp=t)
    theirs = stripe_header(payload, secret, t)
    assert stripe_verify(payload, ours, secret, None) is True
    assert (
        wh.WebhookSignature.verify_header(payload.encode(), theirs, secret, None)
        is True
    )


@PROPS
@given(payload=any_text, s1=secrets, s2=secrets, t=st.integers(0, 2**40))
def test_rotation_header_with_two_v1(payload: str, s1: str, s2: str, t: int) -> None:
    sig1 = stripe_header(payload, s1, t).split(",v1=")[1]
    sig2 = wh.WebhookSignature.compute_signature(payload, s2, t)
    header = f"t={t},v1={sig1},v1={sig2}"
    for secret in (s1, s2):
        assert stripe_verify(payload, header, secret, None) is True
        assert wh.WebhookSignature.verify_header(payload, header, secret, None) is True


# --------------------------------------------------------------------------- #
# Tampering fails on both sides
# --------------------------------------------------------------------------- #


@PROPS
@given(payload=event_payloads(), secret=secrets, data=st.data())
def test_tampered_payload_byte(payload: str, secret: str, data: st.DataObject) -> None:
    t = int(time.time())
    header = wh.generate_test_header(payload, secret, timestamp=t)
    raw = bytearray(payload.encode("utf-8"))
    i = data.draw(st.integers(0, len(raw) - 1), label="index")
    raw[i] ^= data.draw(st.integers(1, 255), label="xor")
    tampered = bytes(raw)

    with pytest.raises(SignatureVerificationError, match=MATCH_MSG):
        wh.WebhookSignature.verify_header(tampered, header, secret)
    with pytest.raises(SignatureVerificationError, match=MATCH_MSG):
        wh.construct_event_payload(tampered, header, secret)

    try:
        as_text = tampered.decode("utf-8")
    except UnicodeDecodeError:
        # stripe-python decodes bytes before hashing, so a body that is no longer
        # UTF-8 escapes there as UnicodeDecodeError; here it is a signature error.
        with pytest.raises(UnicodeDecodeError):
            stripe_verify(tampered, header, secret)
    else:
        for arg in (tampered, as_text):
            with pytest.raises(StripeSigError, match=MATCH_MSG):
                stripe_verify(arg, header, secret)
        with pytest.raises(SignatureVerificationError, match=MATCH_MSG):
            wh.WebhookSignature.verify_header(as_text, header, secret)


@PROPS
@given(
    payload=event_payloads(),
    secret=secrets,
    delta=st.integers(-(10**6), 10**6).filter(bool),
)
def test_tampered_timestamp(payload: str, secret: str, delta: int) -> None:
    t = int(time.time())
    header = stripe_header(payload, secret, t)
    forged = header.replace(f"t={t},", f"t={t + delta},", 1)
    assert forged != header
    with pytest.raises(StripeSigError, match=MATCH_MSG):
        stripe_verify(payload, forged, secret)
    with pytest.raises(SignatureVerificationError, match=MATCH_MSG):
        wh.WebhookSignature.verify_header(payload, forged, secret)


@PROPS
@given(payload=event_payloads(), secret=secrets, data=st.data())
def test_tampered_signature_hex_digit(
    payload: str, secret: str, data: st.DataObject
) -> None:
    t = int(time.time())
    header = wh.generate_test_header(payload, secret, timestamp=t)
    prefix, sig = header.split(",v1=")
    j = data.draw(st.integers(0, len(sig) - 1), label="position")
    new = data.draw(
        st.sampled_from([c for c in "0123456789abcdef" if c != sig[j]]), label="digit"
    )
    forged = f"{prefix},v1={sig[:j]}{new}{sig[j + 1 :]}"
    with pytest.raises(StripeSigError, match=MATCH_MSG):
        stripe_verify(payload, forged, secret)
    with pytest.raises(SignatureVerificationError, match=MATCH_MSG):
        wh.WebhookSignature.verify_header(payload, forged, secret)


@PROPS
@given(payload=event_payloads(), secret=secrets, other=secrets)
def test_wrong_secret(payload: str, secret: str, other: str) -> None:
    if other == secret:
        return
    header = stripe_header(payload, secret, int(time.time()))
    with pytest.raises(StripeSigError, match=MATCH_MSG):
        stripe_verify(payload, header, other)
    with pytest.raises(SignatureVerificationError, match=MATCH_MSG):
        wh.WebhookSignature.verify_header(payload, header, other)


# --------------------------------------------------------------------------- #
# Same decisions on timing and header errors
# --------------------------------------------------------------------------- #

PAYLOAD = '{"id": "evt_test_webhook", "object": "event"}'
SECRET = "whsec_test_secret"


@pytest.mark.parametrize("age", [301, 3600, 10**6])
def test_old_timestamp_rejected_by_both(age: int) -> None:
    header = stripe_header(PAYLOAD, SECRET, int(time.time()) - age)
    with pytest.raises(StripeSigError, match="Timestamp outside the tolerance zone"):
        stripe_verify(PAYLOAD, header, SECRET, 300)
    with pytest.raises(StripeSigError, match="Timestamp outside the tolerance zone"):
        stripe.Webhook.construct_event(PAYLOAD, header, SECRET)
    with pytest.raises(
        SignatureVerificationError, match="Timestamp outside the tolerance zone"
    ):
        wh.WebhookSignature.verify_header(PAYLOAD, header, SECRET, 300)
    with pytest.raises(
        SignatureVerificationError, match="Timestamp outside the tolerance zone"
    ):
        wh.Webhook.construct_event(PAYLOAD, header, SECRET)


@pytest.mark.parametrize("ahead", [301, 3600, 10**6])
def test_future_timestamp_accepted_by_both(ahead: int) -> None:
    header = stripe_header(PAYLOAD, SECRET, int(time.time()) + ahead)
    assert stripe_verify(PAYLOAD, header, SECRET, 300) is True
    assert wh.WebhookSignature.verify_header(PAYLOAD, header, SECRET, 300) is True


@pytest.mark.parametrize("tolerance", [None, 0])
def test_tolerance_disabled_on_both(tolerance: int | None) -> None:
    header = stripe_header(PAYLOAD, SECRET, 12345)
    assert stripe_verify(PAYLOAD, header, SECRET, tolerance) is True
    assert wh.WebhookSignature.verify_header(PAYLOAD, header, SECRET, tolerance) is True


@pytest.mark.parametrize(
    ("header", "message"),
    [
        ("bad_header", "Unable to extract timestamp and signatures from header"),
        (
            "i'm not even a real signature header",
            "Unable to extract timestamp and signatures from header",
        ),
        ("v1=abc", "Unable to extract timestamp and signatures from header"),
        ("t=abc,v1=abc", "Unable to extract timestamp and signatures from header"),
        ("t=12345", "No signatures found with expected scheme v1"),
        ("t=12345,v0=abc", "No signatures found with expected scheme v1"),
        ("t=12345,v1=bad_signature", MATCH_MSG),
        ("t=12345,v1=bad_signature,v0=abc", MATCH_MSG),
    ],
)
def test_same_header_errors(header: str, message: str) -> None:
    with pytest.raises(StripeSigError, match=message):
        stripe_verify(PAYLOAD, header, SECRET, None)
    with pytest.raises(SignatureVerificationError, match=message) as info:
        wh.WebhookSignature.verify_header(PAYLOAD, header, SECRET, None)
    assert info.value.sig_header == header


@pytest.mark.parametrize("header", [None, ""])
def test_missing_header_rejected_by_both(header: str | None) -> None:
    with pytest.raises(StripeSigError):
        stripe_verify(PAYLOAD, header, SECRET)  # type: ignore[arg-type]
    with pytest.raises(SignatureVerificationError):
        wh.WebhookSignature.verify_header(PAYLOAD, header, SECRET)


@pytest.mark.parametrize("secret", [None, "", "  \n"])
def test_missing_secret_rejected_by_both(secret: str | None) -> None:
    header = stripe_header(PAYLOAD, SECRET, int(time.time()))
    with pytest.raises(StripeSigError):
        stripe_verify(PAYLOAD, header, secret)  # type: ignore[arg-type]
    with pytest.raises(SignatureVerificationError):
        wh.WebhookSignature.verify_header(PAYLOAD, header, secret)


def test_bad_json_rejected_by_both_as_value_error() -> None:
    payload = "this is not valid JSON"
    header = stripe_header(payload, SECRET, int(time.time()))
    with pytest.raises(ValueError):
        stripe.Webhook.construct_event(payload, header, SECRET)
    # InvalidPayloadError is also a ValueError, so `except ValueError` handlers port over.
    with pytest.raises(ValueError):
        wh.Webhook.construct_event(payload, header, SECRET)
