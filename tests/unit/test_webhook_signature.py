"""Unit tests for the runtime's Stripe webhook signature verification.

Covers every case of stripe-python's own tests/test_webhook.py (re-expressed
here) plus this runtime's stricter edge cases.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import _runtime.webhooks as wh
import pytest
from _runtime.errors import InvalidPayloadError, SignatureVerificationError
from hypothesis import given, settings
from hypothesis import strategies as st

_TEMPLATES = Path(__file__).resolve().parents[2] / "generator" / "targets" / "python"  # the runtime (on sys.path via tests/conftest.py)
SECRET = "whsec_test_secret"
PAYLOAD = """{
  "id": "evt_test_webhook",
  "object": "event",
  "data": { "object": { "id": "rdr_123", "object": "terminal.reader" } }
}"""
NOW = 1_700_000_000


def _hmac(secret: str, signed: bytes) -> str:
    return hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()


def make_header(
    payload: str | bytes = PAYLOAD,
    *,
    secret: str = SECRET,
    timestamp: int = NOW,
    scheme: str = "v1",
    signature: str | None = None,
) -> str:
    """Independent header builder (plain hmac, not the code under test)."""
    body = payload.encode() if isinstance(payload, str) else payload
    if signature is None:
        signature = _hmac(secret, b"%d." % timestamp + body)
    return f"t={timestamp},{scheme}={signature}"


def verify(
    payload: Any = PAYLOAD, header: Any = None, secret: Any = SECRET, **kw: Any
) -> bool:
    kw.setdefault("now", NOW)
    return wh.WebhookSignature.verify_header(payload, header, secret, **kw)


def expect_sig_error(
    fn: Callable[[], object], match: str
) -> SignatureVerificationError:
    with pytest.raises(SignatureVerificationError, match=match) as info:
        fn()
    return info.value


# --------------------------------------------------------------------------- #
# Constants and signing helpers
# --------------------------------------------------------------------------- #


def test_constants() -> None:
    assert wh.WebhookSignature.EXPECTED_SCHEME == "v1"
    assert wh.DEFAULT_TOLERANCE == 300
    assert wh.Webhook.DEFAULT_TOLERANCE == 300


def test_compute_signature_known_vector() -> None:
    # Vector cross-checked once against stripe.WebhookSignature._compute_signature.
    sig = wh.WebhookSignature.compute_signature(
        '{"id": "evt_test_webhook"}', SECRET, 1700000000
    )
    assert sig == "929fbf631339acff4a8b6cb63f98bbf36800ae29fa293b216871373422b1eab6"


@pytest.mark.parametrize("kind", [str, bytes, bytearray])
def test_compute_signature_same_for_str_bytes_bytearray(kind: type) -> None:
    payload = PAYLOAD + " caf\u00e9 \U0001f600"
    arg = payload if kind is str else kind(payload, "utf-8")
    expected = _hmac(SECRET, f"{NOW}.{payload}".encode())
    assert wh.WebhookSignature.compute_signature(arg, SECRET, NOW) == expected


def test_compute_signature_uses_raw_bytes() -> None:
    raw = b'{"x": "\xff\xfe"}'  # not UTF-8: must be signed as-is, not re-encoded
    assert wh.WebhookSignature.compute_signature(raw, SECRET, NOW) == _hmac(
        SECRET, b"%d." % NOW + raw
    )


@pytest.mark.parametrize(
    "args",
    [
        (123, SECRET, NOW),
        (PAYLOAD, b"secret", NOW),
        (PAYLOAD, SECRET, "123"),
        (PAYLOAD, SECRET, 1.5),
    ],
)
def test_compute_signature_rejects_wrong_types(args: tuple[Any, Any, Any]) -> None:
    with pytest.raises(TypeError):
        wh.WebhookSignature.compute_signature(*args)


def test_generate_test_header_format_and_roundtrip() -> None:
    header = wh.generate_test_header(PAYLOAD, SECRET, timestamp=NOW)
    assert header == make_header()
    assert verify(PAYLOAD, header) is True


def test_generate_test_header_defaults_to_now() -> None:
    before = int(time.time())
    header = wh.generate_test_header(PAYLOAD, SECRET)
    after = int(time.time())
    t = int(header.split(",")[0][2:])
    assert before <= t <= after
    assert wh.WebhookSignature.verify_header(PAYLOAD, header, SECRET) is True


def test_generate_test_header_other_scheme() -> None:
    header = wh.generate_test_header(PAYLOAD, SECRET, timestamp=NOW, scheme="v0")
    assert header.startswith(f"t={NOW},v0=")
    expect_sig_error(
        lambda: verify(PAYLOAD, header), "No signatures found with expected scheme v1"
    )


# --------------------------------------------------------------------------- #
# verify_header: success paths
# --------------------------------------------------------------------------- #


def test_valid_header_and_signature() -> None:
    assert verify(PAYLOAD, make_header(), tolerance=10) is True


def test_valid_header_real_clock() -> None:
    header = make_header(timestamp=int(time.time()))
    assert (
        wh.WebhookSignature.verify_header(PAYLOAD, header, SECRET, tolerance=10) is True
    )


@pytest.mark.parametrize("kind", [str, bytes, bytearray])
def test_payload_types(kind: type) -> None:
    payload = PAYLOAD + "\u00e9\U0001f600"
    header = make_header(payload)
    arg = payload if kind is str else kind(payload, "utf-8")
    assert verify(arg, header) is True


def test_header_contains_one_valid_signature_among_bad_ones() -> None:
    good = make_header()
    assert verify(PAYLOAD, good + ",v1=bad_signature") is True
    sig = good.split("v1=")[1]
    assert verify(PAYLOAD, f"t={NOW},v1={'0' * 64},v1={sig}") is True


def test_secret_rotation_two_v1_signatures() -> None:
    old, new = "whsec_old", "whsec_new"
    sig_old = make_header(secret=old).split("v1=")[1]
    sig_new = make_header(secret=new).split("v1=")[1]
    header = f"t={NOW},v1={sig_new},v1={sig_old}"
    assert verify(PAYLOAD, header, old) is True
    assert verify(PAYLOAD, header, new) is True
    expect_sig_error(
        lambda: verify(PAYLOAD, header, "whsec_other"), "matching the expected"
    )


def test_v0_and_unknown_schemes_are_ignored() -> None:
    sig = make_header().split("v1=")[1]
    header = f"t={NOW},v0={sig},v1={sig},v2=zzz,foo=bar"
    assert verify(PAYLOAD, header) is True
    # A valid signature under v0 alone does not count.
    expect_sig_error(
        lambda: verify(PAYLOAD, make_header(scheme="v0")),
        "No signatures found with expected scheme v1",
    )


def test_whitespace_and_empty_items_tolerated() -> None:
    sig = make_header().split("v1=")[1]
    assert verify(PAYLOAD, f"t={NOW}, v1={sig}") is True
    assert verify(PAYLOAD, f" t={NOW},\tv1={sig},") is True


def test_first_timestamp_wins_like_stripe_python() -> None:
    header = make_header() + ",t=1"
    assert verify(PAYLOAD, header) is True


# --------------------------------------------------------------------------- #
# verify_header: tolerance
# --------------------------------------------------------------------------- #


def test_timestamp_outside_tolerance() -> None:
    header = make_header(timestamp=int(time.time()) - 15)
    err = expect_sig_error(
        lambda: wh.WebhookSignature.verify_header(
            PAYLOAD, header, SECRET, tolerance=10
        ),
        "Timestamp outside the tolerance zone",
    )
    assert err.sig_header == header


def test_tolerance_boundary_with_injected_clock() -> None:
    header = make_header(timestamp=NOW)
    assert verify(PAYLOAD, header, now=NOW + 300) is True  # exactly at the edge
    assert verify(PAYLOAD, header, now=NOW + 300.0) is True
    expect_sig_error(
        lambda: verify(PAYLOAD, header, now=NOW + 300.5),
        "Timestamp outside the tolerance zone",
    )
    expect_sig_error(
        lambda: verify(PAYLOAD, header, now=NOW + 301),
        "Timestamp outside the tolerance zone",
    )
    assert verify(PAYLOAD, header, now=NOW + 301, tolerance=301.5) is True


def test_default_tolerance_is_300() -> None:
    header = make_header(timestamp=12345)
    expect_sig_error(
        lambda: wh.WebhookSignature.verify_header(PAYLOAD, header, SECRET),
        "Timestamp outside the tolerance zone",
    )


def test_future_timestamps_are_accepted_like_stripe_python() -> None:
    header = make_header(timestamp=NOW + 86_400)
    assert verify(PAYLOAD, header, now=NOW) is True


@pytest.mark.parametrize("tolerance", [None, 0, 0.0])
def test_timestamp_off_but_no_tolerance(tolerance: float | None) -> None:
    header = make_header(timestamp=12345)
    assert wh.WebhookSignature.verify_header(PAYLOAD, header, SECRET, tolerance) is True


@pytest.mark.parametrize(
    ("tolerance", "match"),
    [
        (-1, "non-negative"),
        (-0.5, "non-negative"),
        (float("nan"), "non-negative"),
        ("300", "int or float"),
        (True, "int or float"),
    ],
)
def test_bad_tolerance(tolerance: Any, match: str) -> None:
    expect_sig_error(lambda: verify(PAYLOAD, make_header(), tolerance=tolerance), match)


def test_signature_checked_before_timestamp() -> None:
    header = make_header(timestamp=1, signature="0" * 64)
    expect_sig_error(lambda: verify(PAYLOAD, header), "matching the expected signature")


# --------------------------------------------------------------------------- #
# verify_header: failures
# --------------------------------------------------------------------------- #


@pytest.mark.parametrize("header", [None, ""])
def test_no_header(header: str | None) -> None:
    err = expect_sig_error(
        lambda: verify(PAYLOAD, header), "No Stripe-Signature header value was provided"
    )
    assert err.sig_header == header


@pytest.mark.parametrize(
    ("secret", "match"),
    [(None, "No webhook secret"), ("", "blank"), (" \t\r\n", "blank")],
)
def test_no_secret(secret: str | None, match: str) -> None:
    header = make_header()
    err = expect_sig_error(lambda: verify(PAYLOAD, header, secret), match)
    assert err.sig_header == header


@pytest.mark.parametrize(
    "header",
    [
        "bad_header",
        "i'm not even a real signature header",
        "v1=abc",  # no t
        f"v1={'a' * 64}",
        "t=,v1=abc",
        "t=abc,v1=abc",
        "t=-5,v1=abc",
        "t=+5,v1=abc",
        "t=1.5,v1=abc",
        "t=1_000,v1=abc",
        "t=\u0661\u0662\u0663,v1=abc",  # Arabic-Indic digits: int() accepts them, we don't
        "t=12 34,v1=abc",
        "t=" + "9" * 5000 + ",v1=abc",  # beyond int()'s digit limit
        "t",
        ",,,",
        "=",
    ],
)
def test_malformed_header(header: str) -> None:
    err = expect_sig_error(
        lambda: verify(PAYLOAD, header),
        "Unable to extract timestamp and signatures from header",
    )
    assert err.sig_header == header


@pytest.mark.parametrize(
    "header", [f"t={NOW}", f"t={NOW},v0=abc", f"t={NOW},V1=abc", f"t={NOW},v1"]
)
def test_no_signatures_with_expected_scheme(header: str) -> None:
    if header.endswith(",v1"):  # "v1" without "=" is garbage, not an empty signature
        expect_sig_error(lambda: verify(PAYLOAD, header), "Unable to extract")
        return
    err = expect_sig_error(
        lambda: verify(PAYLOAD, header), "No signatures found with expected scheme v1"
    )
    assert err.sig_header == header


@pytest.mark.parametrize(
    "header_fn",
    [
        lambda: make_header(signature="bad_signature"),
        lambda: make_header(signature=""),
        # Non-ASCII: must not leak a TypeError from hmac.compare_digest.
        lambda: make_header(signature="\u00e9" * 64),
        lambda: make_header(signature=make_header().split("v1=")[1].upper()),
        lambda: make_header(secret="whsec_wrong"),
        lambda: make_header(PAYLOAD + " "),
        lambda: make_header(timestamp=NOW + 1).replace(f"t={NOW + 1}", f"t={NOW}"),
        lambda: make_header() + "=",
    ],
    ids=[
        "bad",
        "empty",
        "non_ascii",
        "uppercase",
        "wrong_secret",
        "other_payload",
        "other_t",
        "suffix",
    ],
)
def test_no_valid_signature_for_payload(header_fn: Callable[[], str]) -> None:
    header = header_fn()
    err = expect_sig_error(
        lambda: verify(PAYLOAD, header),
        "No signatures found matching the expected signature for payload",
    )
    assert err.sig_header == header


@pytest.mark.parametrize(
    "payload", [None, 123, {"id": "evt"}, memoryview(b"{}"), ["{}"]]
)
def test_wrong_payload_type(payload: Any) -> None:
    err = expect_sig_error(
        lambda: verify(payload, make_header()), "str, bytes or bytearray"
    )
    assert err.sig_header == make_header()


@pytest.mark.parametrize("header", [b"t=1,v1=abc", 123, ["t=1"]])
def test_wrong_header_type(header: Any) -> None:
    err = expect_sig_error(lambda: verify(PAYLOAD, header), "header must be a str")
    assert err.sig_header is None


@pytest.mark.parametrize("secret", [b"whsec_x", 123, ["whsec_x"]])
def test_wrong_secret_type(secret: Any) -> None:
    expect_sig_error(
        lambda: verify(PAYLOAD, make_header(), secret), "secret must be a str"
    )


def test_lone_surrogate_payload_str() -> None:
    err = expect_sig_error(
        lambda: verify('{"x": "\ud800"}', make_header()), "not encodable as UTF-8"
    )
    assert err.__cause__ is None and err.__suppress_context__


def test_lone_surrogate_secret_is_not_leaked() -> None:
    secret = "whsec_\ud800_SECRETPART"
    err = expect_sig_error(
        lambda: verify(PAYLOAD, make_header(), secret), "secret is not encodable"
    )
    assert err.__cause__ is None and err.__suppress_context__
    assert "SECRETPART" not in "".join(traceback.format_exception(err))


def test_invalid_utf8_bytes() -> None:
    raw = b'{"id": "evt_\xff"}'
    # Unsigned / wrongly signed: a signature error, never UnicodeDecodeError.
    expect_sig_error(
        lambda: verify(raw, make_header()), "matching the expected signature"
    )
    # Authentic raw bytes verify (bytes are used exactly as received) ...
    header = make_header(raw)
    assert verify(raw, header) is True
    # ... but cannot become an event.
    with pytest.raises(InvalidPayloadError, match="not valid UTF-8"):
        wh.construct_event_payload(raw, header, SECRET, now=NOW)


def test_bytes_are_not_normalised() -> None:
    # A header for the UTF-8 text must not verify a differently encoded body.
    text = '{"name": "caf\u00e9"}'
    header = make_header(text)
    expect_sig_error(
        lambda: verify(text.encode("latin-1"), header), "matching the expected"
    )


_SECRET_FAILURES: list[tuple[Any, Any, Any]] = [
    (PAYLOAD, None, {}),
    (PAYLOAD, "garbage", {}),
    (PAYLOAD, f"t={NOW}", {}),
    (PAYLOAD, make_header(signature="0" * 64), {}),
    (PAYLOAD, make_header(secret="whsec_sUpErSeCrEt_42"), {"now": NOW + 10_000}),
    (PAYLOAD, make_header(secret="whsec_sUpErSeCrEt_42"), {"tolerance": -1}),
    (123, make_header(), {}),
    ("not json", make_header("not json", secret="whsec_sUpErSeCrEt_42"), {}),
]


@pytest.mark.parametrize(("payload", "header", "kw"), _SECRET_FAILURES)
def test_secret_never_in_message_or_repr(
    payload: Any, header: Any, kw: dict[str, Any]
) -> None:
    secret = "whsec_sUpErSeCrEt_42"
    kw.setdefault("now", NOW)
    with pytest.raises((SignatureVerificationError, InvalidPayloadError)) as info:
        wh.construct_event_payload(payload, header, secret, **kw)
    err = info.value
    text = (
        "".join(traceback.format_exception(err))
        + repr(err)
        + repr(err.args)
        + repr(vars(err))
    )
    assert "sUpErSeCrEt" not in text


# --------------------------------------------------------------------------- #
# construct_event_payload / Webhook
# --------------------------------------------------------------------------- #


@pytest.mark.parametrize("kind", [str, bytes, bytearray])
def test_construct_event_payload(kind: type) -> None:
    arg = PAYLOAD if kind is str else kind(PAYLOAD, "utf-8")
    data = wh.construct_event_payload(arg, make_header(), SECRET, now=NOW)
    assert data == json.loads(PAYLOAD)
    assert data["id"] == "evt_test_webhook"


def test_construct_event_payload_real_clock_default_tolerance() -> None:
    header = make_header(timestamp=int(time.time()))
    assert wh.construct_event_payload(PAYLOAD, header, SECRET)["object"] == "event"
    old = make_header(timestamp=int(time.time()) - 301)
    expect_sig_error(
        lambda: wh.construct_event_payload(PAYLOAD, old, SECRET), "tolerance zone"
    )
    assert (
        wh.construct_event_payload(PAYLOAD, old, SECRET, tolerance=None)["id"]
        == "evt_test_webhook"
    )


@pytest.mark.parametrize(
    ("payload", "match"),
    [
        ("this is not valid JSON", "not valid JSON"),
        ("", "not valid JSON"),
        ('{"id": "evt_1"', "not valid JSON"),
        (b"\xef\xbb\xbf" + PAYLOAD.encode(), "not valid JSON"),  # UTF-8 BOM
        (PAYLOAD.encode("utf-16"), "not valid"),
        ("[1, 2]", "must be a JSON object, got list"),
        ("42", "must be a JSON object, got int"),
        ("null", "must be a JSON object, got NoneType"),
        # Beyond int()'s digit limit: json.loads raises a bare ValueError.
        ('{"a": ' + "1" * 5000 + "}", "could not be decoded as JSON"),
        # Deep nesting: json.loads raises RecursionError.
        ('{"a":' * 100_000 + "1" + "}" * 100_000, "could not be decoded as JSON"),
        (b'{"a": "\xc3\x28"}', "not valid UTF-8"),
    ],
)
def test_construct_event_payload_invalid_body(payload: str | bytes, match: str) -> None:
    header = make_header(payload)
    with pytest.raises(InvalidPayloadError, match=match) as info:
        wh.construct_event_payload(payload, header, SECRET, now=NOW)
    assert info.value.__cause__ is None


def test_construct_event_bad_header_wins_over_bad_json() -> None:
    expect_sig_error(
        lambda: wh.construct_event_payload(
            "this is not valid JSON", "bad_header", SECRET, now=NOW
        ),
        "Unable to extract",
    )


def test_webhook_construct_event_returns_dict() -> None:
    event = wh.Webhook.construct_event(PAYLOAD, make_header(), SECRET, now=NOW)
    assert event == json.loads(PAYLOAD)


def test_webhook_construct_event_from_bytes_and_bytearray() -> None:
    for arg in (PAYLOAD.encode(), bytearray(PAYLOAD, "utf-8")):
        assert (
            wh.Webhook.construct_event(arg, make_header(), SECRET, now=NOW)["id"]
            == "evt_test_webhook"
        )


def test_webhook_raise_on_json_error() -> None:
    payload = "this is not valid JSON"
    with pytest.raises(InvalidPayloadError):
        wh.Webhook.construct_event(payload, make_header(payload), SECRET, now=NOW)


def test_webhook_raise_on_invalid_header() -> None:
    with pytest.raises(SignatureVerificationError):
        wh.Webhook.construct_event(PAYLOAD, "bad_header", SECRET, now=NOW)


def test_webhook_tolerance_passthrough() -> None:
    header = make_header(timestamp=12345)
    with pytest.raises(SignatureVerificationError, match="tolerance zone"):
        wh.Webhook.construct_event(PAYLOAD, header, SECRET)
    assert (
        wh.Webhook.construct_event(PAYLOAD, header, SECRET, tolerance=None)["id"]
        == "evt_test_webhook"
    )
    assert (
        wh.Webhook.construct_event(PAYLOAD, header, SECRET, 0)["id"]
        == "evt_test_webhook"
    )


@dataclass
class _Event:
    id: str
    type: str


class _TypedWebhook(wh.WebhookBase[_Event]):
    @staticmethod
    def _parse(data: dict[str, object]) -> _Event:
        return _Event(id=str(data["id"]), type=str(data.get("type", "")))


class _ClassmethodWebhook(wh.WebhookBase[_Event]):
    @classmethod
    def _parse(cls, data: dict[str, object]) -> _Event:
        return _Event(id=str(data["id"]), type=cls.__name__)


class _SubclassOfWebhook(wh.Webhook):
    @staticmethod
    def _parse(data: dict[str, object]) -> dict[str, object]:
        return {"wrapped": data}


def test_typed_subclass_parse() -> None:
    event = _TypedWebhook.construct_event(PAYLOAD, make_header(), SECRET, now=NOW)
    assert event == _Event(id="evt_test_webhook", type="")
    event = _ClassmethodWebhook.construct_event(PAYLOAD, make_header(), SECRET, now=NOW)
    assert event == _Event(id="evt_test_webhook", type="_ClassmethodWebhook")
    assert _SubclassOfWebhook.construct_event(
        PAYLOAD, make_header(), SECRET, now=NOW
    ) == {"wrapped": json.loads(PAYLOAD)}


def test_typed_subclass_not_called_on_failure() -> None:
    with pytest.raises(SignatureVerificationError):
        _TypedWebhook.construct_event(
            PAYLOAD, make_header(signature="x"), SECRET, now=NOW
        )


def test_base_without_parse_raises_not_implemented() -> None:
    with pytest.raises(NotImplementedError):
        wh.WebhookBase.construct_event(PAYLOAD, make_header(), SECRET, now=NOW)


# --------------------------------------------------------------------------- #
# Property tests (self-consistency; the stripe cross-check is in another file)
# --------------------------------------------------------------------------- #

_secrets = st.text(min_size=1, max_size=40).filter(lambda s: s.strip() != "")


@settings(max_examples=200, deadline=None, derandomize=True)
@given(payload=st.binary(max_size=512), secret=_secrets, t=st.integers(0, 2**40))
def test_roundtrip_and_single_byte_tamper(payload: bytes, secret: str, t: int) -> None:
    header = wh.generate_test_header(payload, secret, timestamp=t)
    assert wh.WebhookSignature.verify_header(payload, header, secret, None) is True
    assert (
        wh.WebhookSignature.verify_header(bytearray(payload), header, secret, None)
        is True
    )
    if payload:
        for i in {0, len(payload) // 2, len(payload) - 1}:
            tampered = bytearray(payload)
            tampered[i] ^= 0x01
            with pytest.raises(SignatureVerificationError, match="matching"):
                wh.WebhookSignature.verify_header(tampered, header, secret, None)
    with pytest.raises(SignatureVerificationError, match="matching"):
        wh.WebhookSignature.verify_header(payload + b" ", header, secret, None)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(header=st.text(max_size=80))
def test_arbitrary_header_only_raises_signature_error(header: str) -> None:
    with pytest.raises(SignatureVerificationError) as info:
        wh.WebhookSignature.verify_header(PAYLOAD, header, SECRET, now=NOW)
    assert info.value.sig_header == header


@pytest.mark.parametrize("now", ["1700000000", None.__class__, True])
def test_bad_now_type(now: Any) -> None:
    expect_sig_error(lambda: verify(PAYLOAD, make_header(), now=now), "now must be")


# --------------------------------------------------------------------------- #
# Static typing of the subclassing contract used by generated code
# --------------------------------------------------------------------------- #

_TYPED_USE = """
from dataclasses import dataclass
from _runtime.webhooks import Webhook, WebhookBase, construct_event_payload

@dataclass
class Event:
    id: str

class TypedWebhook(WebhookBase[Event]):
    @staticmethod
    def _parse(data: dict[str, object]) -> Event:
        return Event(id=str(data["id"]))

reveal_type(TypedWebhook.construct_event(b"{}", "t=1,v1=x", "whsec_x"))
reveal_type(Webhook.construct_event(bytearray(b"{}"), None, None, None))
reveal_type(construct_event_payload("{}", "t=1,v1=x", "whsec_x", 300))
"""


def test_generic_subclass_typechecks_strict(tmp_path: Path) -> None:
    mypy_api = pytest.importorskip(
        "mypy.api", reason="mypy (a dev dependency) is needed"
    )
    src = tmp_path / "typed_use.py"
    src.write_text(_TYPED_USE)
    config = tmp_path / "mypy.ini"
    # follow_imports=silent: only typed_use.py's own errors count, not other runtime files'.
    config.write_text(f"[mypy]\nmypy_path = {_TEMPLATES}\nfollow_imports = silent\n")
    out, err, status = mypy_api.run(
        [
            "--config-file",
            str(config),
            "--strict",
            "--no-incremental",
            "--cache-dir",
            str(tmp_path / ".mypy_cache"),
            "--python-version",
            "3.11",
            str(src),
        ]
    )
    assert status == 0, out + err
    assert 'Revealed type is "typed_use.Event"' in out
    dict_type = re.compile(
        r'Revealed type is "(builtins\.)?dict\[(builtins\.)?str, (builtins\.)?object\]"'
    )
    assert len(dict_type.findall(out)) == 2, out
