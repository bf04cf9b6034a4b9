"""The fake Stripe over real HTTP, on a small OpenAPI 3.1 spec written here."""

from __future__ import annotations

import base64
from typing import Any

import httpx
import pytest

from generator.mock import MockServer

KEY = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"


def form(schema_props: dict[str, Any], required: list[str] | None = None) -> dict[str, Any]:
    body = {"type": "object", "additionalProperties": False, "properties": schema_props}
    if required:
        body["required"] = required
    return {"content": {"application/x-www-form-urlencoded": {"schema": body}}}


def ok(schema: dict[str, Any], example: Any = None) -> dict[str, Any]:
    media: dict[str, Any] = {"schema": schema}
    if example is not None:
        media["example"] = example
    return {"200": {"description": "OK", "content": {"application/json": media}}}


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def listing(item: str, url: str) -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["object", "data", "has_more", "url"],
        "properties": {
            "object": {"type": "string", "const": "list"},
            "data": {"type": "array", "items": ref(item)},
            "has_more": {"type": "boolean"},
            "url": {"type": "string", "pattern": f"^{url}"},
        },
    }


def query(name: str, schema: dict[str, Any], required: bool = False) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": required, "schema": schema}


EXPAND = {"type": "array", "items": {"type": "string"}}
EMPTY = {"type": "string", "enum": [""]}
METADATA = {"anyOf": [{"type": "object", "additionalProperties": {"type": "string"}}, EMPTY]}
ADDRESS_PARAM = {
    "anyOf": [
        {
            "type": "object",
            "properties": {"city": {"type": "string"}, "line1": {"type": "string"}, "country": {"type": "string"}},
            "required": ["line1"],
        },
        EMPTY,
    ]
}
CUSTOMER_PARAMS = {
    "email": {"type": "string", "maxLength": 512},
    "name": {"type": "string"},
    "balance": {"type": "integer"},
    "metadata": METADATA,
    "address": ADDRESS_PARAM,
    "tax_exempt": {"type": "string", "enum": ["", "exempt", "none", "reverse"]},
    "preferred_locales": {"type": "array", "items": {"type": "string"}},
    "test_clock": {"type": "string"},
    "expand": EXPAND,
}
PAGE = [
    query("limit", {"type": "integer"}),
    query("starting_after", {"type": "string"}),
    query("ending_before", {"type": "string"}),
    query("expand", EXPAND),
]
PI_EXAMPLE = {
    "id": "pi_3MtwBwLkdIwHu7ix28a3tqPa",
    "object": "payment_intent",
    "amount": 2000,
    "amount_received": 0,
    "capture_method": "automatic",
    "created": 1680800504,
    "currency": "usd",
    "customer": None,
    "livemode": False,
    "metadata": {"from": "example"},
    "payment_method": None,
    "status": "requires_payment_method",
}

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "tiny stripe", "version": "2024-02-15"},
    "paths": {
        "/v1/customers": {
            "get": {
                "parameters": [*PAGE, query("email", {"type": "string"}), query("created", {
                    "anyOf": [{"type": "object", "properties": {k: {"type": "integer"} for k in ("gt", "gte", "lt", "lte")}}, {"type": "integer"}]
                })],
                "responses": ok(listing("customer", "/v1/customers")),
            },
            "post": {"requestBody": form(CUSTOMER_PARAMS), "responses": ok(ref("customer"))},
        },
        "/v1/customers/search": {
            "get": {
                "parameters": [query("query", {"type": "string"}, True), query("limit", {"type": "integer"}), query("page", {"type": "string"}), query("expand", EXPAND)],
                "responses": ok({
                    "type": "object",
                    "required": ["object", "data", "has_more", "url"],
                    "properties": {
                        "object": {"const": "search_result", "type": "string"},
                        "data": {"type": "array", "items": ref("customer")},
                        "has_more": {"type": "boolean"},
                        "next_page": {"type": ["string", "null"]},
                        "total_count": {"type": "integer"},
                        "url": {"type": "string"},
                    },
                }),
            }
        },
        "/v1/customers/{customer}": {
            "parameters": [{"name": "customer", "in": "path", "required": True, "schema": {"type": "string"}}],
            "get": {"parameters": [query("expand", EXPAND)], "responses": ok(ref("customer"))},
            "post": {"requestBody": form(CUSTOMER_PARAMS), "responses": ok(ref("customer"))},
            "delete": {"responses": ok(ref("deleted_customer"))},
        },
        "/v1/customers/{customer}/payment_methods": {
            "parameters": [{"name": "customer", "in": "path", "required": True, "schema": {"type": "string"}}],
            "get": {"parameters": PAGE, "responses": ok(listing("payment_method", "/v1/customers"))},
        },
        "/v1/payment_intents": {
            "post": {
                "requestBody": form({
                    "amount": {"type": "integer"},
                    "currency": {"type": "string"},
                    "customer": {"type": "string"},
                    "capture_method": {"type": "string", "enum": ["automatic", "manual"]},
                    "confirm": {"type": "boolean"},
                    "metadata": METADATA,
                    "expand": EXPAND,
                }, ["amount", "currency"]),
                "responses": ok(ref("payment_intent"), PI_EXAMPLE),
            }
        },
        "/v1/payment_intents/{intent}": {
            "get": {
                "parameters": [{"name": "intent", "in": "path", "required": True, "schema": {"type": "string"}}, query("expand", EXPAND)],
                "responses": ok(ref("payment_intent")),
            }
        },
        **{
            f"/v1/payment_intents/{{intent}}/{verb}": {
                "post": {
                    "parameters": [{"name": "intent", "in": "path", "required": True, "schema": {"type": "string"}}],
                    "requestBody": form({"payment_method": {"type": "string"}, "amount_to_capture": {"type": "integer"}, "expand": EXPAND}),
                    "responses": ok(ref("payment_intent")),
                }
            }
            for verb in ("confirm", "cancel", "capture")
        },
        "/v1/payment_methods": {
            "post": {"requestBody": form({"type": {"type": "string", "enum": ["card"]}}, ["type"]), "responses": ok(ref("payment_method"))}
        },
        "/v1/payment_methods/{payment_method}/attach": {
            "post": {
                "parameters": [{"name": "payment_method", "in": "path", "required": True, "schema": {"type": "string"}}],
                "requestBody": form({"customer": {"type": "string"}}, ["customer"]),
                "responses": ok(ref("payment_method")),
            }
        },
        "/v1/payment_methods/{payment_method}/detach": {
            "post": {
                "parameters": [{"name": "payment_method", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": ok(ref("payment_method")),
            }
        },
        "/v1/balance": {
            "get": {
                "parameters": [{"name": "X-Required", "in": "header", "required": True, "schema": {"type": "string"}}],
                "responses": ok({"type": "object", "required": ["object", "available"], "properties": {
                    "object": {"type": "string", "const": "balance"}, "available": {"type": "array", "items": {"type": "object"}}}}),
            }
        },
        "/v1/notes": {
            "post": {
                "requestBody": {"content": {"application/json": {"schema": {
                    "type": "object", "additionalProperties": False,
                    "properties": {"text": {"type": "string"}, "count": {"type": "integer"}}, "required": ["text"]}}}},
                "responses": ok({"type": "object", "required": ["id", "object", "text"], "properties": {
                    "id": {"type": "string"}, "object": {"type": "string", "const": "note"}, "text": {"type": "string"}, "count": {"type": "integer"}}}),
            }
        },
        "/oauth/token": {
            "post": {
                "servers": [{"url": "https://connect.stripe.com"}],
                "requestBody": form({"grant_type": {"type": "string", "enum": ["authorization_code", "refresh_token"]},
                                     "code": {"type": "string"}, "client_secret": {"type": "string"}}, ["grant_type"]),
                "responses": ok({"type": "object", "required": ["access_token", "stripe_user_id", "token_type", "livemode"], "properties": {
                    "access_token": {"type": "string"}, "stripe_user_id": {"type": "string"},
                    "token_type": {"type": "string", "const": "bearer"}, "livemode": {"type": "boolean"}, "scope": {"type": "string"}}}),
            }
        },
        "/oauth/authorize": {
            "get": {
                "servers": [{"url": "https://connect.stripe.com"}],
                "security": [],
                "parameters": [query("client_id", {"type": "string"}, True), query("response_type", {"type": "string"}),
                               query("scope", {"type": "string"}), query("redirect_uri", {"type": "string"}), query("state", {"type": "string"})],
                "responses": {"302": {"description": "redirect"}},
            }
        },
    },
    "components": {
        "schemas": {
            "address": {"type": "object", "properties": {
                "city": {"type": ["string", "null"]}, "line1": {"type": ["string", "null"]}, "country": {"type": ["string", "null"]}}},
            "customer": {
                "type": "object",
                "required": ["id", "object", "created", "livemode"],
                "properties": {
                    "id": {"type": "string"},
                    "object": {"type": "string", "const": "customer"},
                    "created": {"type": "integer"},
                    "livemode": {"type": "boolean"},
                    "email": {"type": ["string", "null"]},
                    "name": {"type": ["string", "null"]},
                    "balance": {"type": "integer"},
                    "metadata": {"type": "object", "additionalProperties": {"type": "string"}},
                    "address": {"anyOf": [ref("address"), {"type": "null"}]},
                    "tax_exempt": {"type": ["string", "null"], "enum": ["exempt", "none", "reverse", None]},
                    "preferred_locales": {"type": ["array", "null"], "items": {"type": "string"}},
                },
            },
            "deleted_customer": {
                "type": "object",
                "required": ["id", "object", "deleted"],
                "properties": {"id": {"type": "string"}, "object": {"type": "string", "const": "customer"}, "deleted": {"type": "boolean", "const": True}},
            },
            "payment_intent": {
                "type": "object",
                "required": ["id", "object", "amount", "currency", "status", "created", "livemode"],
                "properties": {
                    "id": {"type": "string"}, "object": {"type": "string", "const": "payment_intent"},
                    "amount": {"type": "integer"}, "amount_received": {"type": "integer"}, "currency": {"type": "string"},
                    "created": {"type": "integer"}, "livemode": {"type": "boolean"},
                    "capture_method": {"type": "string", "enum": ["automatic", "manual"]},
                    "customer": {"anyOf": [{"type": "string"}, ref("customer"), {"type": "null"}]},
                    "metadata": {"type": "object", "additionalProperties": {"type": "string"}},
                    "payment_method": {"anyOf": [{"type": "string"}, ref("payment_method"), {"type": "null"}]},
                    "canceled_at": {"type": ["integer", "null"]},
                    "status": {"type": "string", "enum": ["canceled", "processing", "requires_action", "requires_capture",
                                                          "requires_confirmation", "requires_payment_method", "succeeded"]},
                },
            },
            "payment_method": {
                "type": "object",
                "required": ["id", "object", "type", "customer", "created"],
                "properties": {
                    "id": {"type": "string"}, "object": {"type": "string", "const": "payment_method"},
                    "type": {"type": "string"}, "created": {"type": "integer"},
                    "customer": {"anyOf": [{"type": "string"}, ref("customer"), {"type": "null"}]},
                },
            },
        }
    },
}


@pytest.fixture(scope="module")
def server():
    with MockServer(SPEC) as running:
        yield running


@pytest.fixture
def mock(server):
    server.reset()
    return server


@pytest.fixture
def http(mock):
    with httpx.Client(base_url=mock.url, auth=(KEY, ""), timeout=5) as client:
        yield client


def error_of(response: httpx.Response) -> dict[str, Any]:
    body = response.json()
    assert set(body) == {"error"}, body
    return body["error"]


# --- lifecycle and HTTP basics -------------------------------------------------------------------


def test_context_manager_gives_a_url_and_stops():
    with MockServer(SPEC) as running:
        assert running.url.startswith("http://127.0.0.1:")
        assert httpx.get(running.url + "/v1/customers", auth=(KEY, "")).status_code == 200
    with pytest.raises(httpx.ConnectError):
        httpx.get(running.url + "/v1/customers", timeout=1)


def test_every_response_has_request_id_and_json(http):
    for response in (http.get("/v1/customers"), http.get("/v1/nope"), httpx.get(str(http.base_url) + "/v1/customers")):
        assert response.headers["Request-Id"].startswith("req_")
        assert response.headers["Content-Type"] == "application/json"
    ids = {http.get("/v1/customers").headers["Request-Id"] for _ in range(3)}
    assert len(ids) == 3


def test_unknown_route_is_404_in_stripes_shape(http):
    response = http.get("/v1/x")
    assert response.status_code == 404
    error = error_of(response)
    assert error["type"] == "invalid_request_error"
    assert error["message"].startswith("Unrecognized request URL (GET: /v1/x)")
    assert http.put("/v1/customers").status_code == 404


def test_requests_are_recorded_with_headers_and_params(http, mock):
    http.post(
        "/v1/customers",
        data={"email": "a@b.c", "metadata[k]": "v"},
        headers={"Stripe-Version": "2024-02-15", "Idempotency-Key": "key-1"},
    )
    seen = mock.requests[-1]
    assert (seen.method, seen.path, seen.status) == ("POST", "/v1/customers", 200)
    assert seen.headers["stripe-version"] == "2024-02-15"
    assert seen.headers["Idempotency-Key"] == "key-1"
    assert seen.params == {"email": "a@b.c", "metadata": {"k": "v"}}


# --- auth ----------------------------------------------------------------------------------------


def test_missing_key_is_401(mock):
    response = httpx.get(mock.url + "/v1/customers")
    assert response.status_code == 401
    error = error_of(response)
    assert error["type"] == "authentication_error"
    assert error["message"].startswith("You did not provide an API key.")


@pytest.mark.parametrize("key", ["sk_test_abc", "rk_test_abc", "sk_live_xyz"])
def test_bearer_and_basic_keys_are_accepted(mock, key):
    assert httpx.get(mock.url + "/v1/customers", headers={"Authorization": f"Bearer {key}"}).status_code == 200
    basic = base64.b64encode(f"{key}:".encode()).decode()
    assert httpx.get(mock.url + "/v1/customers", headers={"Authorization": f"Basic {basic}"}).status_code == 200


def test_bad_key_is_401_masked(mock):
    response = httpx.get(mock.url + "/v1/customers", headers={"Authorization": "Bearer xx_test_1234567890abcd"})
    assert response.status_code == 401
    error = error_of(response)
    assert error["type"] == "authentication_error"
    assert error["message"].startswith("Invalid API Key provided: ") and error["message"].endswith("abcd")
    assert "1234567890" not in error["message"]
    assert httpx.get(mock.url + "/v1/customers", headers={"Authorization": "Bearer pk_test_123456789"}).status_code == 401


def test_oauth_token_takes_client_secret_or_key(mock):
    url = mock.url + "/oauth/token"
    by_param = httpx.post(url, data={"grant_type": "authorization_code", "code": "ac_1", "client_secret": KEY})
    assert by_param.status_code == 200, by_param.text
    token = by_param.json()
    assert token["token_type"] == "bearer" and token["access_token"].startswith("sk_test_")
    assert token["stripe_user_id"].startswith("acct_")
    assert httpx.post(url, data={"grant_type": "authorization_code", "code": "ac_1"}, auth=(KEY, "")).status_code == 200
    assert httpx.post(url, data={"grant_type": "authorization_code", "code": "ac_1"}).status_code == 401
    assert httpx.post(url, data={"grant_type": "authorization_code", "client_secret": "nope_123456"}).status_code == 401


def test_oauth_authorize_redirects_with_a_code(mock):
    response = httpx.get(
        mock.url + "/oauth/authorize",
        params={"client_id": "ca_1", "response_type": "code", "scope": "read_write", "redirect_uri": "https://app.test/cb?x=1", "state": "s1"},
    )
    assert response.status_code == 302
    location = httpx.URL(response.headers["Location"])
    assert (location.host, location.path) == ("app.test", "/cb")
    assert location.params["x"] == "1" and location.params["state"] == "s1"
    assert location.params["code"].startswith("ac_")


# --- CRUD ----------------------------------------------------------------------------------------


def test_create_retrieve_update_delete(http, mock):
    created = http.post(
        "/v1/customers",
        data={"email": "jenny@example.com", "metadata[order_id]": "6735", "address[line1]": "1 Main", "address[city]": "Paris",
              "balance": "-50", "preferred_locales[0]": "fr", "preferred_locales[1]": "en", "test_clock": "clock_1"},
    ).json()
    assert created["id"].startswith("cus_") and created["object"] == "customer" and created["livemode"] is False
    assert isinstance(created["created"], int)
    assert created["email"] == "jenny@example.com" and created["balance"] == -50
    assert created["metadata"] == {"order_id": "6735"}
    assert created["address"] == {"line1": "1 Main", "city": "Paris"}
    assert created["preferred_locales"] == ["fr", "en"]
    assert "test_clock" not in created  # not a property of the response
    assert http.get(f"/v1/customers/{created['id']}").json() == created

    updated = http.post(f"/v1/customers/{created['id']}", data={"name": "Jenny", "metadata[order_id]": "", "metadata[b]": "2", "address": ""}).json()
    assert updated["name"] == "Jenny" and updated["email"] == "jenny@example.com"
    assert updated["metadata"] == {"b": "2"}
    assert updated["address"] is None
    cleared = http.post(f"/v1/customers/{created['id']}", data={"metadata": ""}).json()
    assert cleared["metadata"] == {}

    assert mock.store.count("customer") == 1
    deleted = http.delete(f"/v1/customers/{created['id']}")
    assert deleted.json() == {"id": created["id"], "object": "customer", "deleted": True}
    assert mock.store.count("customer") == 0
    missing = http.get(f"/v1/customers/{created['id']}")
    assert missing.status_code == 404
    error = error_of(missing)
    assert error == {"type": "invalid_request_error", "code": "resource_missing", "param": "customer",
                     "message": f"No such customer: '{created['id']}'"}


def test_create_uses_the_example_with_a_fresh_id(http):
    intent = http.post("/v1/payment_intents", data={"amount": "1000", "currency": "eur", "metadata[a]": "1"}).json()
    assert intent["id"].startswith("pi_") and intent["id"] != PI_EXAMPLE["id"]
    assert intent["amount"] == 1000 and intent["currency"] == "eur" and intent["metadata"] == {"a": "1"}
    assert intent["created"] > PI_EXAMPLE["created"]
    assert intent["status"] == "requires_payment_method"


def test_json_body_and_content_type(http):
    note = http.post("/v1/notes", json={"text": "hi", "count": 2})
    assert note.status_code == 200 and note.json()["text"] == "hi" and note.json()["count"] == 2
    assert error_of(http.post("/v1/notes", json={"text": "hi", "count": "2"}))["code"] == "parameter_invalid_integer"
    wrong = http.post("/v1/notes", content=b"text=hi", headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert wrong.status_code in (400, 415) and "Content-Type" in error_of(wrong)["message"]


def test_required_header(http):
    response = http.get("/v1/balance")
    assert response.status_code == 400 and error_of(response)["param"] == "X-Required"
    assert http.get("/v1/balance", headers={"X-Required": "1"}).json()["object"] == "balance"


# --- validation ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data, code, param, message",
    [
        ({"emial": "x"}, "parameter_unknown", "emial", "Received unknown parameter: emial"),
        ({"address[citi]": "x", "address[line1]": "1"}, "parameter_unknown", "address[citi]", "Received unknown parameter: address[citi]"),
        ({"address[city]": "Paris"}, "parameter_missing", "address[line1]", "Missing required param: address[line1]."),
        ({"balance": "ten"}, "parameter_invalid_integer", "balance", "Invalid integer: ten"),
        ({"balance": ""}, "parameter_invalid_empty", "balance", None),
        ({"tax_exempt": "sometimes"}, "parameter_invalid_string", "tax_exempt", None),
        ({"email": "x" * 600}, "parameter_invalid_string", "email", None),
        ({"metadata[k][deep]": "x"}, "parameter_invalid_string", "metadata[k]", None),
        ({"preferred_locales": "fr"}, "parameter_invalid_array", "preferred_locales", None),
    ],
)
def test_validation_errors(http, mock, data, code, param, message):
    response = http.post("/v1/customers", data=data)
    assert response.status_code == 400
    error = error_of(response)
    assert (error["type"], error["code"], error["param"]) == ("invalid_request_error", code, param)
    if message:
        assert error["message"] == message
    assert mock.store.count("customer") == 0


def test_missing_required_params(http):
    error = error_of(http.post("/v1/payment_intents", data={"amount": "100"}))
    assert (error["code"], error["param"], error["message"]) == ("parameter_missing", "currency", "Missing required param: currency.")
    error = error_of(http.get("/v1/customers/search"))
    assert (error["code"], error["param"]) == ("parameter_missing", "query")


def test_coercion_of_booleans_and_emptyable(http):
    error = error_of(http.post("/v1/payment_intents", data={"amount": "1", "currency": "usd", "confirm": "yes"}))
    assert (error["code"], error["param"]) == ("parameter_invalid_boolean", "confirm")
    intent = http.post("/v1/payment_intents", data={"amount": "2000", "currency": "usd", "confirm": "false"}).json()
    assert intent["status"] == "requires_payment_method"
    error = error_of(http.post("/v1/payment_intents", data={"amount": "2000", "currency": "usd", "confirm": "true"}))
    assert (error["code"], error["param"]) == ("payment_intent_unexpected_state", "payment_method")  # nothing to pay with
    assert http.post("/v1/customers", data={"tax_exempt": ""}).status_code == 200  # "" is in the enum
    error = error_of(http.post("/v1/payment_intents", data={"amount": "1", "currency": "usd", "capture_method": ""}))
    assert error["param"] == "capture_method"


def test_query_params_are_validated(http):
    assert error_of(http.get("/v1/customers", params={"limit": "x"}))["code"] == "parameter_invalid_integer"
    assert error_of(http.get("/v1/customers", params={"limit": "500"}))["param"] == "limit"
    assert error_of(http.get("/v1/customers", params={"colour": "red"}))["code"] == "parameter_unknown"
    assert http.get("/v1/customers", params={"created[gte]": "0"}).status_code == 200
    assert error_of(http.get("/v1/customers", params={"created[gte]": "soon"}))["param"] == "created[gte]"


# --- lists, search, expand, actions --------------------------------------------------------------


def make_customers(http, n: int, **extra: str) -> list[str]:
    return [http.post("/v1/customers", data={"email": f"c{i}@example.com", **extra}).json()["id"] for i in range(n)]


def test_list_is_newest_first_and_paginates(http):
    ids = make_customers(http, 5)
    newest_first = ids[::-1]
    page = http.get("/v1/customers", params={"limit": 2}).json()
    assert page["object"] == "list" and page["url"] == "/v1/customers"
    assert [c["id"] for c in page["data"]] == newest_first[:2] and page["has_more"] is True
    page2 = http.get("/v1/customers", params={"limit": 2, "starting_after": newest_first[1]}).json()
    assert [c["id"] for c in page2["data"]] == newest_first[2:4] and page2["has_more"] is True
    page3 = http.get("/v1/customers", params={"limit": 2, "starting_after": newest_first[3]}).json()
    assert [c["id"] for c in page3["data"]] == newest_first[4:] and page3["has_more"] is False
    back = http.get("/v1/customers", params={"limit": 2, "ending_before": newest_first[4]}).json()
    assert [c["id"] for c in back["data"]] == newest_first[2:4] and back["has_more"] is True
    assert len(http.get("/v1/customers").json()["data"]) == 5  # default limit 10
    assert http.get("/v1/customers", params={"starting_after": "cus_nope"}).status_code == 404


def test_list_filters(http):
    make_customers(http, 3)
    only = http.get("/v1/customers", params={"email": "c1@example.com"}).json()["data"]
    assert [c["email"] for c in only] == ["c1@example.com"]
    assert http.get("/v1/customers", params={"created[gt]": "4102444800"}).json()["data"] == []


def test_search(http):
    make_customers(http, 3, **{"metadata[plan]": "gold"})
    make_customers(http, 2, **{"metadata[plan]": "free", "name": "Jenny Rosen"})
    result = http.get("/v1/customers/search", params={"query": "metadata['plan']:'gold'"}).json()
    assert result["object"] == "search_result" and result["url"] == "/v1/customers/search"
    assert len(result["data"]) == 3 and result["total_count"] == 3 and result["next_page"] is None
    both = http.get("/v1/customers/search", params={"query": "email:'c1@example.com' AND metadata['plan']:'free'"}).json()
    assert [c["email"] for c in both["data"]] == ["c1@example.com"]
    fuzzy = http.get("/v1/customers/search", params={"query": "name~'rosen'"}).json()
    assert len(fuzzy["data"]) == 2
    first = http.get("/v1/customers/search", params={"query": "email~'example'", "limit": 3}).json()
    assert first["has_more"] is True and first["next_page"]
    rest = http.get("/v1/customers/search", params={"query": "email~'example'", "limit": 3, "page": first["next_page"]}).json()
    assert rest["has_more"] is False and len(rest["data"]) == 2
    assert {c["id"] for c in first["data"]}.isdisjoint(c["id"] for c in rest["data"])
    bad = http.get("/v1/customers/search", params={"query": "email = nope"})
    assert bad.status_code == 400 and error_of(bad)["param"] == "query"


def test_expand(http):
    customer = make_customers(http, 1)[0]
    intent = http.post("/v1/payment_intents", data={"amount": "100", "currency": "usd", "customer": customer, "expand[]": "customer"}).json()
    assert intent["customer"]["id"] == customer and intent["customer"]["object"] == "customer"
    plain = http.get(f"/v1/payment_intents/{intent['id']}").json()
    assert plain["customer"] == customer
    expanded = http.get(f"/v1/payment_intents/{intent['id']}", params={"expand[0]": "customer"}).json()
    assert expanded["customer"]["email"] == "c0@example.com"
    method = http.post("/v1/payment_methods", data={"type": "card"}).json()
    http.post(f"/v1/payment_methods/{method['id']}/attach", data={"customer": customer})
    listed = http.get(f"/v1/customers/{customer}/payment_methods", params={"expand[]": "data.customer"}).json()
    assert listed["data"][0]["customer"]["id"] == customer


def test_actions_change_state(http):
    intent = http.post("/v1/payment_intents", data={"amount": "100", "currency": "usd"}).json()
    confirmed = http.post(f"/v1/payment_intents/{intent['id']}/confirm", data={"payment_method": "pm_card_visa"}).json()
    # as in Stripe's test mode, the shorthand pm_card_visa makes a new PaymentMethod
    assert confirmed["status"] == "succeeded" and confirmed["payment_method"].startswith("pm_")
    assert confirmed["payment_method"] != "pm_card_visa"
    assert confirmed["amount_received"] == 100
    canceled = http.post(f"/v1/payment_intents/{intent['id']}/cancel").json()
    assert canceled["status"] == "canceled" and isinstance(canceled["canceled_at"], int)
    assert http.get(f"/v1/payment_intents/{intent['id']}").json()["status"] == "canceled"
    manual = http.post("/v1/payment_intents", data={"amount": "100", "currency": "usd", "capture_method": "manual"}).json()
    confirmed = http.post(f"/v1/payment_intents/{manual['id']}/confirm", data={"payment_method": "pm_card_visa"})
    assert confirmed.json()["status"] == "requires_capture"
    assert http.post(f"/v1/payment_intents/{manual['id']}/capture").json()["status"] == "succeeded"
    missing = http.post("/v1/payment_intents/pi_missing/confirm")
    assert missing.status_code == 404 and error_of(missing)["param"] == "intent"


def test_attach_and_detach(http):
    customer = make_customers(http, 1)[0]
    method = http.post("/v1/payment_methods", data={"type": "card"}).json()
    assert method["id"].startswith("pm_") and method["customer"] is None
    attached = http.post(f"/v1/payment_methods/{method['id']}/attach", data={"customer": customer}).json()
    assert attached["customer"] == customer
    listed = http.get(f"/v1/customers/{customer}/payment_methods").json()["data"]
    assert [m["id"] for m in listed] == [method["id"]]
    detached = http.post(f"/v1/payment_methods/{method['id']}/detach").json()
    assert detached["customer"] is None
    assert http.get(f"/v1/customers/{customer}/payment_methods").json()["data"] == []
    assert http.get("/v1/customers/cus_nope/payment_methods").status_code == 404


# --- idempotency ---------------------------------------------------------------------------------


def test_idempotent_replay_creates_nothing(http, mock):
    headers = {"Idempotency-Key": "abc-123"}
    first = http.post("/v1/customers", data={"email": "a@b.c"}, headers=headers)
    again = http.post("/v1/customers", data={"email": "a@b.c"}, headers=headers)
    assert again.status_code == first.status_code == 200
    assert again.json() == first.json()
    assert again.headers["Idempotent-Replayed"] == "true"
    assert "Idempotent-Replayed" not in first.headers
    assert mock.store.count("customer") == 1


def test_idempotency_key_with_other_params(http, mock):
    http.post("/v1/customers", data={"email": "a@b.c"}, headers={"Idempotency-Key": "k1"})
    other = http.post("/v1/customers", data={"email": "z@b.c"}, headers={"Idempotency-Key": "k1"})
    assert other.status_code == 400
    error = error_of(other)
    assert error["type"] == "idempotency_error"
    assert error["message"].startswith("Keys for idempotent requests can only be used with the same parameters they were first used with.")
    assert mock.store.count("customer") == 1


def test_failed_validation_saves_no_idempotent_result(http, mock):
    assert http.post("/v1/customers", data={"emial": "x"}, headers={"Idempotency-Key": "k2"}).status_code == 400
    assert http.post("/v1/customers", data={"email": "x@y.z"}, headers={"Idempotency-Key": "k2"}).status_code == 200
    assert mock.store.count("customer") == 1


def test_idempotency_keys_expire_after_24_hours_and_are_bounded_in_number():
    from generator.mock.errors import ApiError
    from generator.mock.server import Idempotency

    now = [0.0]
    keys = Idempotency(limit=3, clock=lambda: now[0])

    def done(key: str, fingerprint: str = "a") -> bool:
        saved, new = keys.begin("acct", key, fingerprint)
        if new:
            keys.finish("acct", key, 200, b"{}", {})
        return new

    assert done("k1") and not done("k1")  # replayed
    with pytest.raises(ApiError, match="same parameters"):
        done("k1", "b")
    now[0] += 24 * 60 * 60 - 1
    assert not done("k1")  # still within Stripe's 24 hours
    now[0] += 2
    assert done("k1", "b")  # expired: the key is free again
    for key in ("k2", "k3", "k4"):
        assert done(key)
    assert done("k1", "c")  # over the limit the oldest key was forgotten
    assert not done("k4")  # the newest are kept


def test_a_key_in_flight_is_not_forgotten_over_the_limit():
    from generator.mock.errors import ApiError
    from generator.mock.server import Idempotency

    keys = Idempotency(limit=1)
    keys.begin("acct", "slow", "a")  # not finished yet
    keys.begin("acct", "other", "a")
    with pytest.raises(ApiError, match="another in-progress request"):
        keys.begin("acct", "slow", "a")


def test_form_decoding_edge_cases(http):
    bad = http.post("/v1/customers", content=b"metadata=x&metadata[k]=v", headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert bad.status_code == 400 and error_of(bad)["param"] == "metadata"
    ok_ = http.post("/v1/customers", content=b"preferred_locales[]=fr&preferred_locales[]=de", headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert ok_.json()["preferred_locales"] == ["fr", "de"]
