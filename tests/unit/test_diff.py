"""Diff: every change kind and its level on tiny specs, the Markdown and JSON reports, the `diff`
command, and the curated spec's pinned versions."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import ir
from generator.builder import build_api
from generator.cli import main
from generator.diff import (
    KINDS,
    LEVELS,
    Change,
    changelog_markdown,
    diff,
    diff_json,
    diff_markdown,
    load_api,
)
from generator.load import load_document
from generator.problems import SpecError

BASE = """
openapi: 3.0.0
info: {title: Tiny, version: "1"}
servers: [{url: "https://api.example.com"}]
paths:
  /v1/customers:
    post:
      operationId: PostCustomers
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              properties:
                email: {type: string}
                tax_exempt: {type: string, enum: [exempt, none]}
                address:
                  type: object
                  properties:
                    line1: {type: string}
                    city: {type: string}
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {$ref: "#/components/schemas/customer"}}}
        default:
          description: error
          content: {application/json: {schema: {$ref: "#/components/schemas/error"}}}
  /v1/customers/{customer}:
    get:
      operationId: GetCustomersCustomer
      parameters:
        - {name: customer, in: path, required: true, schema: {type: string}}
        - {name: expand, in: query, schema: {type: array, items: {type: string}}}
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {$ref: "#/components/schemas/customer"}}}
        default:
          description: error
          content: {application/json: {schema: {$ref: "#/components/schemas/error"}}}
components:
  schemas:
    customer:
      type: object
      properties:
        id: {type: string}
        object: {type: string, enum: [customer]}
        email: {type: string, nullable: true}
        name: {type: string}
        status: {type: string, enum: [active, closed]}
        balance: {type: integer}
        address:
          anyOf: [{$ref: "#/components/schemas/address"}]
          nullable: true
        referrer:
          anyOf: [{type: string}, {$ref: "#/components/schemas/customer"}]
          nullable: true
        tags: {type: array, items: {type: string, enum: [vip, new]}}
      required: [id, object, email, status, balance, address, referrer]
    address:
      type: object
      properties:
        line1: {type: string}
        city: {type: string, nullable: true}
      required: [line1, city]
    error:
      type: object
      properties:
        error: {$ref: "#/components/schemas/api_errors"}
      required: [error]
    api_errors:
      type: object
      properties:
        type: {type: string, enum: [api_error, card_error]}
        message: {type: string}
      required: [type]
    customer.created:
      type: object
      properties:
        id: {type: string}
        type: {type: string, enum: [customer.created]}
        data: {$ref: "#/components/schemas/customer_event_data"}
      required: [id, type, data]
    customer_event_data:
      type: object
      properties:
        object: {$ref: "#/components/schemas/customer"}
      required: [object]
webhooks:
  customer.created:
    post:
      requestBody:
        content:
          application/json:
            schema: {$ref: "#/components/schemas/customer.created"}
      responses: {"200": {description: ok}}
"""

CREATE = ("paths", "/v1/customers", "post", "requestBody", "content", "application/x-www-form-urlencoded", "schema")


def base() -> dict[str, Any]:
    return yaml.safe_load(BASE)


def at(doc: dict[str, Any], *keys: str) -> Any:
    for key in keys:
        doc = doc[key]
    return doc


def api_of(tmp_path: Path, doc: dict[str, Any], name: str) -> ir.Api:
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump(doc, sort_keys=False))
    return build_api(load_document(path))


def changes_for(tmp_path: Path, edit: Callable[[dict[str, Any]], None]) -> list[Change]:
    old = base()
    new = copy.deepcopy(old)
    edit(new)
    return diff(api_of(tmp_path, old, "old"), api_of(tmp_path, new, "new"))


def one(changes: list[Change], kind: str, location: str | None = None) -> Change:
    found = [c for c in changes if c.kind == kind and (location is None or c.location == location)]
    assert len(found) == 1, f"expected one {kind} at {location}, got:\n" + "\n".join(map(str, changes))
    return found[0]


def test_identical_specs_have_no_changes(tmp_path: Path) -> None:
    changes = changes_for(tmp_path, lambda d: None)
    assert changes == []
    assert "No changes" in diff_markdown(changes, "a", "b")


def test_every_kind_has_a_known_level() -> None:
    assert all(level in LEVELS for level, _ in KINDS.values())


# --- request side ---------------------------------------------------------------------------------


def test_optional_param_added_is_additive(tmp_path: Path) -> None:
    changes = changes_for(tmp_path, lambda d: at(d, *CREATE, "properties").update(phone={"type": "string"}))
    change = one(changes, "param-added", "phone")
    assert change.level == "additive"
    assert change.message == "`client.customers.create()` gains `phone`"
    assert change.resource == "customers" and change.call == "client.customers.create()" and change.side == "request"


def test_required_param_added_is_breaking(tmp_path: Path) -> None:
    def edit(d: dict[str, Any]) -> None:
        at(d, *CREATE, "properties")["phone"] = {"type": "string"}
        at(d, *CREATE)["required"] = ["phone"]
        at(d, *CREATE[:-3])["required"] = True

    change = one(changes_for(tmp_path, edit), "required-param-added", "phone")
    assert change.level == "breaking"
    assert change.message == "`client.customers.create()` gains required `phone`"


def test_param_removed_is_breaking(tmp_path: Path) -> None:
    changes = changes_for(tmp_path, lambda d: at(d, *CREATE, "properties").pop("email"))
    change = one(changes, "param-removed", "email")
    assert change.level == "breaking"
    assert change.message == "`client.customers.create()` no longer accepts `email`"


def test_query_param_removed_is_breaking(tmp_path: Path) -> None:
    changes = changes_for(tmp_path, lambda d: at(d, "paths", "/v1/customers/{customer}", "get", "parameters").pop())
    assert one(changes, "param-removed", "expand").call == "client.customers.retrieve()"


def test_param_now_required_is_breaking_and_now_optional_additive(tmp_path: Path) -> None:
    def require(d: dict[str, Any]) -> None:
        at(d, *CREATE)["required"] = ["email"]
        at(d, *CREATE[:-3])["required"] = True

    change = one(changes_for(tmp_path, require), "param-now-required", "email")
    assert change.level == "breaking"
    assert change.message == "`client.customers.create()` now requires `email`"
    # and back
    old = base()
    require(old)
    back = diff(api_of(tmp_path, old, "old"), api_of(tmp_path, base(), "new"))
    assert one(back, "param-now-optional", "email").level == "additive"


def test_param_retyped_is_breaking(tmp_path: Path) -> None:
    changes = changes_for(tmp_path, lambda d: at(d, *CREATE, "properties").update(email={"type": "integer"}))
    change = one(changes, "param-retyped", "email")
    assert change.level == "breaking"
    assert "from `str` to `int`" in change.message


def test_param_widened_is_additive(tmp_path: Path) -> None:
    def edit(d: dict[str, Any]) -> None:
        at(d, *CREATE, "properties")["email"] = {"anyOf": [{"type": "string"}, {"type": "integer"}]}

    assert one(changes_for(tmp_path, edit), "param-widened", "email").level == "additive"


def test_param_emptied_to_a_free_form_dict_loses_its_fields(tmp_path: Path) -> None:
    # `properties: {}` types as dict[str, Any], which takes any TypedDict, but the server rejects the
    # fields that are gone
    changes = changes_for(tmp_path, lambda d: at(d, *CREATE, "properties").update(address={"type": "object", "properties": {}}))
    assert sorted(c.location for c in changes) == ["address[city]", "address[line1]"]
    change = one(changes, "param-removed", "address[line1]")
    assert change.level == "breaking"
    assert change.message == (
        "`client.customers.create()` no longer accepts `address[line1]` (`address` is now a free-form `dict[str, Any]`)"
    )
    # an untyped schema (Any) too
    changes = changes_for(tmp_path, lambda d: at(d, *CREATE, "properties").update(address={}))
    assert sorted(c.location for c in changes) == ["address[city]", "address[line1]"]


def test_request_enum_value_added_is_additive_and_removed_is_breaking(tmp_path: Path) -> None:
    added = changes_for(tmp_path, lambda d: at(d, *CREATE, "properties", "tax_exempt")["enum"].append("reverse"))
    change = one(added, "enum-value-added", "tax_exempt")
    assert change.level == "additive" and change.side == "request"
    assert '`"reverse"`' in change.message
    removed = changes_for(tmp_path, lambda d: at(d, *CREATE, "properties", "tax_exempt")["enum"].remove("none"))
    assert one(removed, "enum-value-removed", "tax_exempt").level == "breaking"


def test_nested_param_field_now_required_and_added(tmp_path: Path) -> None:
    def edit(d: dict[str, Any]) -> None:
        address = at(d, *CREATE, "properties", "address")
        address["required"] = ["line1"]
        address["properties"]["country"] = {"type": "string"}

    changes = changes_for(tmp_path, edit)
    change = one(changes, "param-now-required", "address[line1]")
    assert change.level == "breaking"
    assert change.message == "`client.customers.create()` now requires `address[line1]`"
    assert one(changes, "param-added", "address[country]").level == "additive"


def test_emptyable_param(tmp_path: Path) -> None:
    def edit(d: dict[str, Any]) -> None:
        at(d, *CREATE, "properties")["email"] = {"anyOf": [{"type": "string"}, {"type": "string", "enum": [""]}]}

    changes = changes_for(tmp_path, edit)
    change = one(changes, "param-now-emptyable", "email")
    assert change.level == "additive"
    assert [c.kind for c in changes] == ["param-now-emptyable"]


def test_deprecated_param(tmp_path: Path) -> None:
    changes = changes_for(tmp_path, lambda d: at(d, *CREATE, "properties", "email").update(deprecated=True))
    change = one(changes, "deprecated", "email")
    assert change.level == "deprecated"
    assert change.message == "`client.customers.create()`: `email` is deprecated"


def test_path_param_renamed_is_a_warning(tmp_path: Path) -> None:
    def edit(d: dict[str, Any]) -> None:
        item = d["paths"].pop("/v1/customers/{customer}")
        item["get"]["parameters"][0]["name"] = "id"
        d["paths"]["/v1/customers/{id}"] = item

    changes = changes_for(tmp_path, edit)
    assert one(changes, "param-renamed").level == "warning"
    assert not [c for c in changes if c.kind.startswith("operation-")]


# --- operations -----------------------------------------------------------------------------------


def test_operation_added_and_removed(tmp_path: Path) -> None:
    def edit(d: dict[str, Any]) -> None:
        d["paths"]["/v1/customers/{customer}"]["delete"] = {
            "operationId": "DeleteCustomersCustomer",
            "parameters": [{"name": "customer", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/customer"}}}}},
        }

    changes = changes_for(tmp_path, edit)
    change = one(changes, "operation-added")
    assert change.level == "additive"
    assert change.message == "`client.customers.delete()` was added (DELETE /v1/customers/{customer})"
    old, new = base(), base()
    edit(old)
    removed = diff(api_of(tmp_path, old, "old"), api_of(tmp_path, new, "new"))
    assert one(removed, "operation-removed").level == "breaking"


def test_operation_renamed_is_breaking(tmp_path: Path) -> None:
    changes = changes_for(tmp_path, lambda d: at(d, *CREATE[:3]).update({"x-client-method": "customers.make"}))
    change = one(changes, "operation-renamed")
    assert change.level == "breaking"
    assert "`client.customers.create()` is now `client.customers.make()`" in change.message
    assert not [c for c in changes if c.kind in ("operation-added", "operation-removed")]


def test_deprecated_operation(tmp_path: Path) -> None:
    changes = changes_for(tmp_path, lambda d: at(d, *CREATE[:3]).update(deprecated=True))
    assert one(changes, "deprecated").message == "`client.customers.create()` is deprecated"


# --- response side --------------------------------------------------------------------------------

CUSTOMER = ("components", "schemas", "customer")


def test_response_property_added_is_additive_and_reported_once(tmp_path: Path) -> None:
    # customer is returned by create and retrieve, and is the object of an event: one change
    changes = changes_for(tmp_path, lambda d: at(d, *CUSTOMER, "properties").update(phone={"type": "string"}))
    change = one(changes, "response-property-added", "Customer.phone")
    assert change.level == "additive" and change.side == "response"
    assert change.resource == "customers"
    assert change.message == "`Customer.phone` was added (`str`)"


def test_response_property_removed_is_breaking(tmp_path: Path) -> None:
    changes = changes_for(tmp_path, lambda d: at(d, *CUSTOMER, "properties").pop("name"))
    change = one(changes, "response-property-removed", "Customer.name")
    assert change.level == "breaking"
    assert change.message == "`Customer.name` was removed"


def test_response_property_retyped_is_breaking(tmp_path: Path) -> None:
    changes = changes_for(tmp_path, lambda d: at(d, *CUSTOMER, "properties").update(balance={"type": "string"}))
    assert one(changes, "response-property-retyped", "Customer.balance").level == "breaking"


def test_response_property_nullability(tmp_path: Path) -> None:
    changes = changes_for(tmp_path, lambda d: at(d, *CUSTOMER, "properties", "balance").update(nullable=True))
    change = one(changes, "response-property-now-nullable", "Customer.balance")
    assert change.level == "breaking"
    assert change.message == "`Customer.balance` may now be `None`"
    changes = changes_for(tmp_path, lambda d: at(d, *CUSTOMER, "properties", "email").pop("nullable"))
    assert one(changes, "response-property-no-longer-nullable", "Customer.email").level == "additive"


def test_response_property_required_changes(tmp_path: Path) -> None:
    changes = changes_for(tmp_path, lambda d: at(d, *CUSTOMER, "required").remove("balance"))
    assert one(changes, "response-property-now-optional", "Customer.balance").level == "breaking"
    changes = changes_for(tmp_path, lambda d: at(d, *CUSTOMER, "required").append("name"))
    assert one(changes, "response-property-now-required", "Customer.name").level == "additive"


def test_response_enum_value_added_is_a_warning(tmp_path: Path) -> None:
    changes = changes_for(tmp_path, lambda d: at(d, *CUSTOMER, "properties", "status")["enum"].append("paused"))
    change = one(changes, "enum-value-added", "Customer.status")
    assert change.level == "warning" and change.side == "response"
    assert change.message == '`Customer.status` may be the new value `"paused"`'
    # inside a list too
    changes = changes_for(tmp_path, lambda d: at(d, *CUSTOMER, "properties", "tags", "items")["enum"].append("old"))
    assert one(changes, "enum-value-added", "Customer.tags").level == "warning"


def test_response_union_variant_added_is_breaking(tmp_path: Path) -> None:
    # `customer.balance + 1` stops type-checking when balance may be an Address
    def edit(d: dict[str, Any]) -> None:
        at(d, *CUSTOMER, "properties")["balance"] = {"anyOf": [{"type": "integer"}, {"$ref": "#/components/schemas/address"}]}

    change = one(changes_for(tmp_path, edit), "response-property-widened", "Customer.balance")
    assert change.level == "breaking"
    assert change.message == "`Customer.balance` may now also be `Address`"
    # int -> float too: `range(customer.balance)` stops type-checking
    changes = changes_for(tmp_path, lambda d: at(d, *CUSTOMER, "properties").update(balance={"type": "number"}))
    assert one(changes, "response-property-widened", "Customer.balance").level == "breaking"


def test_response_widened_to_any_or_from_literal_to_str_is_a_warning(tmp_path: Path) -> None:
    # code keeps type-checking against Any; a Literal that becomes str is like new enum values
    changes = changes_for(tmp_path, lambda d: at(d, *CUSTOMER, "properties").update(address={}))
    assert one(changes, "response-property-widened", "Customer.address").level == "warning"
    changes = changes_for(tmp_path, lambda d: at(d, *CUSTOMER, "properties").update(status={"type": "string"}))
    assert one(changes, "response-property-widened", "Customer.status").level == "warning"


def test_nested_and_cyclic_models_are_compared_once(tmp_path: Path) -> None:
    # address is reached through customer (twice) and customer refers to itself
    changes = changes_for(tmp_path, lambda d: at(d, "components", "schemas", "address", "properties").update(zip={"type": "string"}))
    assert one(changes, "response-property-added", "Address.zip").resource == "customers"


def test_deprecated_response_property(tmp_path: Path) -> None:
    changes = changes_for(tmp_path, lambda d: at(d, *CUSTOMER, "properties", "name").update(deprecated=True))
    change = one(changes, "deprecated", "Customer.name")
    assert change.message == "`Customer.name` is deprecated"
    assert change.level == "deprecated"


def test_inline_model_renamed_with_equal_content_is_not_a_change(tmp_path: Path) -> None:
    inline = {"type": "object", "properties": {"ok": {"type": "boolean"}}, "required": ["ok"]}

    def response(schema: dict[str, Any]) -> dict[str, Any]:
        return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}

    old = base()
    old["paths"]["/v1/ping"] = {"get": {"operationId": "GetPing", "responses": response(copy.deepcopy(inline))}}
    new = copy.deepcopy(old)
    # a component schema takes the inline model's name, which becomes `PingRetrieveResponse1` or so
    new["components"]["schemas"]["ping_retrieve_response"] = {"type": "object", "properties": {"x": {"type": "string"}}}
    old_api, new_api = api_of(tmp_path, old, "old"), api_of(tmp_path, new, "new")
    old_name = next(o.response.type.name for r in old_api.resources for o in r.operations if o.path == "/v1/ping")
    new_name = next(o.response.type.name for r in new_api.resources for o in r.operations if o.path == "/v1/ping")
    assert old_name != new_name  # the premise of the test
    changes = diff(old_api, new_api)
    assert changes == []


def test_a_model_replaced_by_a_new_one_is_compared_field_by_field(tmp_path: Path) -> None:
    def edit(d: dict[str, Any]) -> None:
        schemas = d["components"]["schemas"]
        schemas["postal_address"] = copy.deepcopy(schemas["address"])
        schemas["postal_address"]["properties"]["zip"] = {"type": "string"}
        schemas["customer"]["properties"]["address"]["anyOf"] = [{"$ref": "#/components/schemas/postal_address"}]

    changes = changes_for(tmp_path, edit)
    replaced = one(changes, "response-property-model-replaced", "Customer.address")
    assert replaced.level == "warning"
    assert one(changes, "response-property-added", "PostalAddress.zip").level == "additive"
    assert len(changes) == 2


# --- events and errors ----------------------------------------------------------------------------


def _add_event(d: dict[str, Any]) -> None:
    schemas = d["components"]["schemas"]
    schemas["customer.deleted"] = copy.deepcopy(schemas["customer.created"])
    schemas["customer.deleted"]["properties"]["type"]["enum"] = ["customer.deleted"]
    d["webhooks"]["customer.deleted"] = copy.deepcopy(d["webhooks"]["customer.created"])
    d["webhooks"]["customer.deleted"]["post"]["requestBody"]["content"]["application/json"]["schema"]["$ref"] = (
        "#/components/schemas/customer.deleted"
    )


def test_event_added_and_removed(tmp_path: Path) -> None:
    change = one(changes_for(tmp_path, _add_event), "event-added", "customer.deleted")
    assert change.level == "additive" and change.resource == "events" and change.call == ""
    assert change.message == "Webhook event `customer.deleted` (`CustomerDeletedEvent`) was added"
    old, new = base(), base()
    _add_event(old)
    assert one(diff(api_of(tmp_path, old, "old"), api_of(tmp_path, new, "new")), "event-removed").level == "breaking"


def test_event_object_union_variant_added_is_breaking(tmp_path: Path) -> None:
    def edit(d: dict[str, Any]) -> None:
        at(d, "components", "schemas", "customer_event_data", "properties")["object"] = {
            "anyOf": [{"$ref": "#/components/schemas/customer"}, {"$ref": "#/components/schemas/address"}]
        }

    change = one(changes_for(tmp_path, edit), "event-widened", "customer.created")
    assert change.level == "breaking"
    assert change.message == "Webhook event `customer.created`: `data.object` may now also be `Address`"


def test_error_type_added_and_removed(tmp_path: Path) -> None:
    types = ("components", "schemas", "api_errors", "properties", "type", "enum")
    change = one(changes_for(tmp_path, lambda d: at(d, *types).append("rate_limit_error")), "error-type-added")
    assert change.level == "additive" and change.resource == "errors"
    assert change.message == "Error type `rate_limit_error` (`RateLimitError`) was added"
    changes = changes_for(tmp_path, lambda d: at(d, *types).remove("card_error"))
    assert one(changes, "error-type-removed").level == "breaking"


def test_error_object_fields_are_grouped_under_errors(tmp_path: Path) -> None:
    changes = changes_for(
        tmp_path, lambda d: at(d, "components", "schemas", "api_errors", "properties").update(doc_url={"type": "string"})
    )
    change = one(changes, "response-property-added", "ApiErrors.doc_url")
    assert change.resource == "errors"


# --- reports --------------------------------------------------------------------------------------


def _mixed(tmp_path: Path) -> list[Change]:
    def edit(d: dict[str, Any]) -> None:
        at(d, *CUSTOMER, "properties").pop("name")
        at(d, *CUSTOMER, "properties", "status")["enum"].append("paused")
        at(d, *CUSTOMER, "properties", "email")["deprecated"] = True
        at(d, *CREATE, "properties")["phone"] = {"type": "string"}
        _add_event(d)

    return changes_for(tmp_path, edit)


def test_markdown_shape(tmp_path: Path) -> None:
    text = diff_markdown(_mixed(tmp_path), "old.yaml", "new.yaml")
    assert text.startswith("## [new.yaml] - compared with old.yaml\n")
    headings = [line for line in text.splitlines() if line.startswith("###")]
    assert headings == [
        "### Breaking", "#### client.customers",
        "### Deprecated", "#### client.customers",
        "### Changed", "#### client.customers",
        "### Added", "#### client.customers", "#### Webhook events",
    ]
    assert "- `Customer.name` was removed" in text
    assert "- `client.customers.create()` gains `phone`" in text
    # methods before models within a group
    added = text.split("### Added")[1]
    assert added.index("client.customers.create()") < added.index("Webhook events")
    assert diff_markdown(list(reversed(_mixed(tmp_path))), "old.yaml", "new.yaml") == text


def test_json_shape(tmp_path: Path) -> None:
    changes = _mixed(tmp_path)
    data = json.loads(diff_json(changes, "a", "b"))
    assert data["old"] == "a" and data["new"] == "b"
    assert data["summary"] == {"breaking": 1, "deprecated": 1, "warning": 1, "additive": 2}
    assert set(data["changes"][0]) == {"kind", "level", "resource", "call", "location", "message", "side"}
    levels = [c["level"] for c in data["changes"]]
    assert levels == sorted(levels, key=LEVELS.index)
    assert diff_json(list(reversed(changes)), "a", "b") == diff_json(changes, "a", "b")


def _write_pair(tmp_path: Path, edit: Callable[[dict[str, Any]], None]) -> tuple[str, str]:
    old, new = base(), base()
    edit(new)
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    a.write_text(yaml.safe_dump(old))
    b.write_text(yaml.safe_dump(new))
    return str(a), str(b)


def test_fail_on_breaking_exit_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = _write_pair(tmp_path, lambda d: at(d, *CUSTOMER, "properties").pop("name"))
    assert main(["diff", a, b, "--fail-on-breaking"]) == 1
    assert "`Customer.name` was removed" in capsys.readouterr().out
    assert main(["diff", a, b]) == 0
    a, b = _write_pair(tmp_path, lambda d: at(d, *CUSTOMER, "properties").update(phone={"type": "string"}))
    assert main(["diff", a, b, "--fail-on-breaking"]) == 0
    capsys.readouterr()
    assert main(["diff", a, b, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["summary"]["additive"] == 1 and data["changes"][0]["kind"] == "response-property-added"


def test_unknown_arguments_are_clear_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SpecError, match="2099-01-01 is not a pinned version"):
        load_api("2099-01-01", EXAMPLE)
    with pytest.raises(SpecError, match="'nope.yaml' is neither an existing spec file nor a pinned version"):
        load_api("nope.yaml")
    with pytest.raises(SpecError, match="is not a file"):
        load_api(str(tmp_path))
    assert main(["diff", "2023-08-16", "missing-spec.json"]) == 1
    assert "missing-spec.json" in capsys.readouterr().err


# --- the product description's example versions (tests/example_versions: dated change sets) -------

EXAMPLE = Path(__file__).resolve().parents[1] / "example_versions"


@pytest.fixture(scope="module")
def curated() -> dict[str, ir.Api]:
    from generator.versions import pinned_versions

    return {v: load_api(v, EXAMPLE) for v in pinned_versions(EXAMPLE)}


def test_curated_2024_02_15_requires_payment_method_on_confirm(curated: dict[str, ir.Api]) -> None:
    changes = diff(curated["2023-11-10"], curated["2024-02-15"])
    change = one(changes, "param-now-required", "payment_method")
    assert change.level == "breaking"
    assert change.call == "client.payment_intents.confirm()"
    assert change.message == "`client.payment_intents.confirm()` now requires `payment_method`"
    assert one(changes, "response-property-added", "PaymentIntent.processing").level == "additive"
    assert {c.call for c in changes if c.kind == "param-added"} == {
        "client.payment_intents.confirm()", "client.payment_intents.create()"
    }
    removed = one(changes, "response-property-removed", "PaymentIntent.confirmation_method")
    assert removed.level == "breaking" and removed.message == "`PaymentIntent.confirmation_method` was removed"
    assert sorted(c.kind for c in changes if c.level == "breaking") == ["param-now-required", "response-property-removed"]


def test_curated_2023_11_10_adds_payment_methods_and_deprecates_sources(curated: dict[str, ir.Api]) -> None:
    changes = diff(curated["2023-07-22"], curated["2023-11-10"])
    added = {c.call for c in changes if c.kind == "operation-added"}
    assert {
        "client.payment_methods.create()", "client.payment_methods.retrieve()", "client.payment_methods.update()",
        "client.payment_methods.list()", "client.payment_methods.attach()", "client.payment_methods.detach()",
        "client.customers.payment_methods.list()",
    } <= added
    assert all(c.level == "additive" for c in changes if c.kind == "operation-added")
    sources = one(changes, "deprecated", "Customer.sources")
    assert sources.message == "`Customer.sources` is deprecated"
    assert not [c for c in changes if c.level == "breaking"]


def test_cli_on_pinned_versions(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", "2023-11-10", "2024-02-15", "--fail-on-breaking", "--spec-dir", str(EXAMPLE)]) == 1
    out = capsys.readouterr().out
    assert out.startswith("## [2024-02-15] - compared with 2023-11-10\n")
    assert "now requires `payment_method`" in out.split("\n### Breaking")[1].split("\n### ")[0]
    assert main(["diff", "2023-07-22", "2023-11-10", "--fail-on-breaking", "--spec-dir", str(EXAMPLE)]) == 0


def test_changelog(curated: dict[str, ir.Api]) -> None:
    text = changelog_markdown(curated, EXAMPLE)
    assert text.startswith("# Changelog\n")
    assert text.index("## [2024-02-15] - compared with 2023-11-10") < text.index("## [2023-11-10] - compared with 2023-07-22")
    assert "Added support for real-time payment confirmations" in text
    assert "## [2023-07-22]\n\nImproved error messages for declined payments\n\nThe first pinned version." in text
    assert text.endswith("\n") and not text.endswith("\n\n")
    assert changelog_markdown(curated, EXAMPLE) == text  # deterministic
    assert changelog_markdown({"2024-02-15": curated["2024-02-15"]}, EXAMPLE) == text  # builds the missing ones
