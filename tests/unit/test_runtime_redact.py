"""Unit tests for _runtime.redact: sensitive parameter names (checked against Stripe's published
spec), URL credentials, and what STRIPE_LOG=debug shows."""

from __future__ import annotations

import logging
import re
from typing import Any

import httpx
import pytest

from _runtime.client import SyncAPIClient
from _runtime.redact import REDACTED, SENSITIVE_PARAMS, is_sensitive, redact, redact_pairs

from ..conftest import STRIPE_SPECS, require_shared

SPEC = STRIPE_SPECS / "2023-08-16.yaml"
KEY = "sk_test_51RedactKEYredactKEY0123456789"

#: What a sensitive-looking name is (the review's list of patterns).
LOOKS_SENSITIVE = re.compile(r"number|cvc|ssn|secret|token|password|code|id_number|account_number|routing")

#: Names that match LOOKS_SENSITIVE but are logged on purpose, each with the reason.
ALLOWED = {
    "address_postal_code_check": "a check result (pass/fail), not the postal code",
    "cvc_check": "a check result (pass/fail), not the CVC",
    "cvc_failure": "a test-mode switch, not a CVC",
    "cvc_update": "a boolean switch, not a CVC",
    "allow_promotion_codes": "a boolean switch",
    "promotion_code": "an object id (promo_...), public by design",
    "registration_code": "a public tax registration code",
    "postal_code": "an address part, logged like the rest of the address",
    "phone_number": "a contact detail, logged like email and address (not a credential)",
    "phone_number_collection": "a settings object (enabled: bool)",
    "require_id_number": "a boolean switch",
    "tax_code": "a tax category id (txcd_...)",
    "descriptor_code": "a statement descriptor code shown on the customer's statement",
    "export_purpose_code": "a customs category",
    "arrival_airport_code": "an IATA airport code",
    "departure_airport_code": "an IATA airport code",
    "flight_number": "public travel data",
    "confirmation_number": "a booking reference",
    "eori_number": "a public business registration number",
    "registration_number": "a public business registration number",
    "serial_number": "a terminal reader's serial number",
    "tracking_number": "a shipping tracking number",
    "shipping_tracking_number": "a shipping tracking number",
}


def _request_parameter_names(spec: dict[str, Any]) -> set[str]:
    """Every query/path parameter and request-body property name, nested ones included."""
    schemas = spec.get("components", {}).get("schemas", {})
    names: set[str] = set()
    seen_refs: set[str] = set()

    def walk(schema: object) -> None:
        if not isinstance(schema, dict):
            return
        ref = schema.get("$ref")
        if isinstance(ref, str):
            if ref not in seen_refs and ref.startswith("#/components/schemas/"):
                seen_refs.add(ref)
                walk(schemas.get(ref.rsplit("/", 1)[-1]))
            return
        for name, sub in (schema.get("properties") or {}).items():
            names.add(name)
            walk(sub)
        for key in ("anyOf", "oneOf", "allOf"):
            for sub in schema.get(key) or []:
                walk(sub)
        walk(schema.get("items"))
        walk(schema.get("additionalProperties"))

    for item in spec.get("paths", {}).values():
        for op in item.values():
            if not isinstance(op, dict):
                continue
            for param in op.get("parameters", []):
                names.add(param["name"])
                walk(param.get("schema"))
            for content in op.get("requestBody", {}).get("content", {}).values():
                walk(content.get("schema"))
    return names


def test_every_sensitive_looking_parameter_in_stripes_spec_is_redacted_or_allowed() -> None:
    require_shared(SPEC)
    import yaml

    with SPEC.open("rb") as fh:
        spec = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    names = _request_parameter_names(spec)
    assert len(names) > 500, "the spec walk found too few parameters: is the spec complete?"
    suspicious = {name for name in names if LOOKS_SENSITIVE.search(name)}
    unhandled = sorted(suspicious - SENSITIVE_PARAMS - ALLOWED.keys())
    assert not unhandled, f"add to SENSITIVE_PARAMS in redact.py or to ALLOWED here (with a reason): {unhandled}"
    assert not SENSITIVE_PARAMS & ALLOWED.keys()
    # The spec's own card, bank and identity fields are among them (the walk really reached them).
    assert {"number", "cvc", "account_number", "routing_number", "id_number", "ssn_last_4"} <= suspicious


@pytest.mark.parametrize(
    "key",
    ["code", "refresh_token", "card[number]", "card[cvc]", "individual[id_number]", "individual[ssn_last_4]",
     "legal_entity[personal_id_number]", "bank_account[account_number]", "bank_account[routing_number]",
     "pin[encrypted_number]", "client_secret", "token", "token[0]", "owners[0][id_number]"],
)
def test_sensitive_keys(key: str) -> None:
    assert is_sensitive(key)
    assert redact_pairs([(key, "v4lue")]) == [(key, REDACTED)]


@pytest.mark.parametrize("key", ["email", "promotion_code", "address[postal_code]", "metadata[order]", "grant_type"])
def test_ordinary_keys_logged(key: str) -> None:
    assert not is_sensitive(key)
    assert redact_pairs([(key, "v4lue")]) == [(key, "v4lue")]


@pytest.mark.parametrize(
    "text",
    ["http://user:hunter2pass@127.0.0.1:9/v1/x", "https://hunter2pass@proxy.example/v1",
     "Could not connect (GET http://u:p%40hunter2pass@h/x): ConnectError"],
)
def test_url_credentials_redacted(text: str) -> None:
    shown = redact(text)
    assert "hunter2pass" not in shown and REDACTED in shown


def test_email_address_in_text_kept() -> None:
    assert redact("customer jenny@example.com") == "customer jenny@example.com"


def test_debug_log_hides_oauth_and_identity_values(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setenv("STRIPE_LOG", "debug")
    seen: list[httpx.Request] = []

    def reply(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"id": "acct_1"})

    http = httpx.Client(transport=httpx.MockTransport(reply))
    client = SyncAPIClient(api_key=KEY, stripe_version="2024-02-15", http_client=http)
    secrets = ["ac_AUTHcode123", "rt_REFRESHtoken456", "123-45-6789", "6789", "PERSONAL999"]
    try:
        with caplog.at_level(logging.DEBUG, logger="stripe_client"):
            client.request("POST", "/oauth/token", server="connect", cast_to=dict,
                           body={"grant_type": "refresh_token", "code": secrets[0], "refresh_token": secrets[1]})
            client.request("POST", "/v1/accounts", cast_to=dict,
                           body={"individual": {"id_number": secrets[2], "ssn_last_4": secrets[3]},
                                 "legal_entity": {"personal_id_number": secrets[4]}})
    finally:
        logging.getLogger("stripe_client").setLevel(logging.NOTSET)
    logged = caplog.text
    assert "grant_type" in logged and "refresh_token" in logged  # the names are shown, not the values
    for secret in secrets:
        assert secret not in logged
    assert len(seen) == 2
