"""The curated spec: each pinned version is Stripe's published description (spec/published/, byte for
byte, with its provenance) plus the hand-curated additions (spec/additions/), and
1. is valid OpenAPI 3.0;
2. keeps every key and value Stripe published (additions only add);
3. covers the seed: its operations (with the client call each becomes, read from the IR), its
   error types, and Connect OAuth on connect.stripe.com.
Webhook events are tested in test_curated_webhooks.py."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest
from openapi_spec_validator import validate

from generator.additions import WEBHOOKS, read_additions
from generator.ir import iter_resources

from ..published import (
    ADDITIONS,
    PUBLISHED,
    SHARED_STRIPE,
    VERSIONS,
    api,
    coverage,
    document,
    load_yaml,
    operations,
    published,
    require_shared,
)

CONNECT = "https://connect.stripe.com"


def provenance() -> dict[str, Any]:
    data = load_yaml(PUBLISHED / "provenance.yaml")
    assert isinstance(data, dict) and isinstance(data.get("versions"), dict)
    return {str(k): v for k, v in data["versions"].items()}


# --- 1. what is pinned, and where it comes from ---------------------------------------------------


def test_pinned_versions_are_real_stripe_versions() -> None:
    assert VERSIONS == sorted(VERSIONS)
    assert set(VERSIONS) == set(provenance()), "every pinned version has a provenance entry, and no other"
    # the seed's example dates live in tests/example_versions/, never as shipped versions
    assert not {"2023-07-22", "2023-11-10", "2024-02-15"} & set(VERSIONS)


def test_coverage_versions_are_pinned() -> None:
    assert {str(v) for v in coverage()["versions"]} <= set(VERSIONS)


@pytest.mark.parametrize("version", VERSIONS)
def test_provenance_hashes_match_the_files(version: str) -> None:
    entry = provenance()[version]
    assert entry.get("commit"), f"{version}: provenance names no stripe/openapi commit"
    assert str(entry.get("summary") or "").strip(), f"{version}: no changelog summary"
    for kind, expected_name in (("spec", f"{version}.yaml"), ("fixtures", f"fixtures-{version}.json")):
        item = entry[kind]
        assert item["file"] == expected_name
        digest = hashlib.sha256((PUBLISHED / item["file"]).read_bytes()).hexdigest()
        assert digest == item["sha256"], f"spec/published/{item['file']}: sha256 {digest}, provenance says {item['sha256']}"


@pytest.mark.parametrize("version", VERSIONS)
def test_published_files_are_stripes_byte_for_byte(version: str) -> None:
    require_shared(SHARED_STRIPE)
    for name in (f"{version}.yaml", f"fixtures-{version}.json"):
        theirs = SHARED_STRIPE / name
        if not theirs.is_file():
            pytest.skip(f"{theirs} is absent: the shared copy of Stripe's file is not available here")
        assert (PUBLISHED / name).read_bytes() == theirs.read_bytes(), f"spec/published/{name} differs from {theirs}"


# --- 2. valid, and faithful to what Stripe published ----------------------------------------------


@pytest.mark.parametrize("version", VERSIONS)
def test_document_is_valid_openapi_30(version: str) -> None:
    doc = document(version)
    assert doc["openapi"] == published(version)["openapi"] == "3.0.0"
    assert doc["info"]["version"] == version
    validate(doc)


def contradictions(theirs: Any, ours: Any, at: str, found: list[str]) -> None:
    """Every key Stripe published is in ours with the same value; mappings may gain keys."""
    if theirs is ours or theirs == ours:
        return
    if isinstance(theirs, dict) and isinstance(ours, dict):
        for key, value in theirs.items():
            where = f"{at}/{str(key).replace('~', '~0').replace('/', '~1')}"
            if key not in ours:
                found.append(f"{where}: removed")
            else:
                contradictions(value, ours[key], where, found)
        return
    found.append(f"{at}: Stripe published {str(theirs)[:120]!r}, the document has {str(ours)[:120]!r}")


@pytest.mark.parametrize("version", VERSIONS)
def test_every_published_key_and_value_is_kept(version: str) -> None:
    found: list[str] = []
    contradictions(published(version), document(version), "#", found)
    assert not found, "\n".join(found[:30])


@pytest.mark.parametrize("version", VERSIONS)
def test_additions_only_add(version: str) -> None:
    """What the document has beyond Stripe's description is what the additions say they add."""
    doc, theirs = document(version), published(version)
    assert set(doc) - set(theirs) <= {"x-stripeErrorTypes", WEBHOOKS}
    assert set(doc["paths"]) - set(theirs["paths"]) == {"/oauth/authorize", "/oauth/token", "/oauth/deauthorize"}
    assert doc["info"].get("x-stripeGuidance"), "guidance.yaml adds info.x-stripeGuidance"
    assert "x-stripeGuidance" not in theirs["info"]


def test_every_addition_says_what_and_why() -> None:
    additions = read_additions(ADDITIONS)
    assert {a.file.rsplit("/", 1)[-1] for a in additions} >= {"oauth.yaml", "errors.yaml", "guidance.yaml", "events.yaml"}
    for addition in additions:
        assert len(addition.description) > 20, addition.file
        assert not addition.versions or set(addition.versions) <= set(VERSIONS), addition.file


# --- 3. the seed's coverage ------------------------------------------------------------------------


def client_calls(version: str) -> dict[tuple[str, str], str]:
    """(METHOD, path) -> the client call it becomes (`customers.create`), from the IR."""
    calls: dict[tuple[str, str], str] = {}
    for resource in iter_resources(api(version).resources):
        for op in resource.operations:
            calls[(op.http_method.upper(), op.path)] = ".".join((*resource.path, op.name))
    return calls


@pytest.mark.parametrize("version", VERSIONS)
def test_seed_operations_exist_with_their_client_call(version: str) -> None:
    doc = document(version)
    calls = client_calls(version)
    for method, path, call in coverage()["seed_operations"]:
        assert method.lower() in doc["paths"].get(path, {}), f"{version}: {method} {path} is missing from the document"
        assert calls.get((method, path)) == call, f"{version}: {method} {path} becomes {calls.get((method, path))}, not {call}"
        if not path.startswith("/oauth/"):
            assert method.lower() in published(version)["paths"][path], f"{version}: {method} {path} is not Stripe's"


@pytest.mark.parametrize("version", VERSIONS)
def test_every_published_operation_is_a_client_call(version: str) -> None:
    calls = client_calls(version)
    missing = [f"{m.upper()} {p}" for m, p, _ in operations(published(version)) if (m.upper(), p) not in calls]
    assert not missing, f"{version}: operations without a client call: {missing}"
    assert len(set(calls.values())) == len(calls), f"{version}: two operations share a client call"


@pytest.mark.parametrize("version", VERSIONS)
def test_error_types_cover_the_seed(version: str) -> None:
    types = [e.type for e in api(version).error_types]
    assert set(coverage()["error_types"]) <= set(types), f"{version}: missing {set(coverage()['error_types']) - set(types)}"
    declared = document(version)["x-stripeErrorTypes"]
    assert set(coverage()["error_types"]) <= set(declared)
    assert {int(d["status"]) for d in declared.values()} <= {int(s) for s in coverage()["error_statuses"]}
    # Stripe's own enum is kept, and the extension only adds to it
    enum = published(version)["components"]["schemas"]["api_errors"]["properties"]["type"]["enum"]
    assert set(enum) <= set(declared)


@pytest.mark.parametrize("version", VERSIONS)
def test_oauth_on_connect_stripe_com(version: str) -> None:
    doc = document(version)
    for path, method, call in (
        ("/oauth/authorize", "get", "oauth.authorize_url"),
        ("/oauth/token", "post", "oauth.token"),
        ("/oauth/deauthorize", "post", "oauth.deauthorize"),
    ):
        assert path not in published(version)["paths"], f"Stripe now publishes {path}: drop it from oauth.yaml"
        operation = doc["paths"][path][method]
        assert operation["servers"] == [{"url": CONNECT}], f"{path}: {operation.get('servers')}"
        assert operation["x-client-method"] == call
        for status, response in operation["responses"].items():
            if status.startswith(("4", "5")) or status == "default":
                assert response == {"$ref": "#/components/responses/OAuthError"}, f"{path} {status}"
    assert doc["paths"]["/oauth/authorize"]["get"]["security"] == []
    ops = {(op.http_method, op.path): op for r in iter_resources(api(version).resources) for op in r.operations}
    assert ops[("get", "/oauth/authorize")].kind == "url"
    for key in (("post", "/oauth/token"), ("post", "/oauth/deauthorize"), ("get", "/oauth/authorize")):
        assert ops[key].server == CONNECT and ops[key].server_key == "connect", key
    assert ops[("get", "/v1/customers/{customer}")].server_key == "api"
