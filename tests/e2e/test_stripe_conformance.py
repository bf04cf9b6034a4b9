"""Conformance: what the generated client sends is what Stripe's *published* description allows.

For every pinned version and every operation of the generated client, the client is called with
arguments synthesised from the parameter schemas of spec/published/<DATE>.yaml (the required ones;
every optional one too for a sample; the async client for a sample). Each client talks to its real
servers (https://api.stripe.com, files.stripe.com, connect.stripe.com) through a transport that
records the exact request and forwards it to the fake Stripe on 127.0.0.1, so the URL checked is
the one the client would use. Each request is then validated with openapi-core against Stripe's
published description of that version, read here independently of the generator (the OAuth
operations, which Stripe does not describe, against spec/additions/oauth.yaml in the version's
document). Also: every fixture Stripe published (spec/published/fixtures-<DATE>.json) parses into
the generated model of its object.
"""

from __future__ import annotations

import importlib
import inspect
import re
from dataclasses import dataclass, field
from functools import cache
from types import ModuleType
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
from jsonschema_path import SchemaPath
from openapi_core.casting.schemas import oas30_casters_dict
from openapi_core.casting.schemas.casters import AnyCaster, ObjectCaster, TypesCaster
from openapi_core.casting.schemas.factories import SchemaCastersFactory
from openapi_core.deserializing.styles import StyleDeserializersFactory, style_deserializers
from openapi_core.schema.schemas import get_properties
from openapi_core.templating.paths.exceptions import PathError
from openapi_core.validation.request.validators import V30RequestValidator
from openapi_core.validation.schemas import oas30_write_schema_validators_factory
from stripe_client.errors import StripeError
from werkzeug.datastructures import Headers, ImmutableMultiDict

from generator import ir
from generator.ir import iter_resources
from generator.mock import MockServer
from generator.versions import pinned_versions, version_fixtures

from ..published import api, document, published
from .conftest import API_KEY

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

SERVERS = {"api.stripe.com", "files.stripe.com", "connect.stripe.com"}
OPTIONAL_EVERY = 7  # every 7th operation (and the seed's) is also called with every optional parameter
ASYNC_EVERY = 11  # every 11th operation (and the seed's) is also called through the async client
SEED = {
    ("get", "/v1/account"), ("post", "/v1/customers"), ("get", "/v1/customers/{customer}"),
    ("post", "/v1/customers/{customer}"), ("delete", "/v1/customers/{customer}"),
    ("post", "/v1/payment_intents"), ("post", "/v1/payment_intents/{intent}/confirm"),
    ("post", "/v1/charges"), ("post", "/v1/refunds"), ("post", "/v1/subscriptions"),
    ("delete", "/v1/subscriptions/{subscription_exposed_id}"),
    ("post", "/oauth/token"), ("post", "/oauth/deauthorize"), ("get", "/oauth/authorize"),
}  # fmt: skip

# Defects found: (version, "METHOD /path") -> why the request does not conform. Each is left out
# of the sweeps below and asserted on its own, as a strict xfail.
KNOWN_DEFECTS: dict[tuple[str, str], str] = {}


# --- capturing what the client sends -------------------------------------------------------------


@dataclass
class Sent:
    method: str
    url: httpx.URL
    headers: httpx.Headers
    body: bytes


@dataclass
class Recorder:
    """Records each request, then forwards it to the fake server (never to the network)."""

    target: str
    sent: list[Sent] = field(default_factory=list)

    def forward(self, request: httpx.Request, body: bytes) -> httpx.Request:
        assert request.url.host in SERVERS, f"the client called {request.url}"
        self.sent.append(Sent(request.method, request.url, request.headers, body))
        fake = httpx.URL(self.target)
        url = request.url.copy_with(scheme=fake.scheme, host=fake.host, port=fake.port)
        return httpx.Request(request.method, url, headers=request.headers, content=body)


class SyncForward(httpx.BaseTransport):
    def __init__(self, recorder: Recorder) -> None:
        self.recorder, self.inner = recorder, httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.inner.handle_request(self.recorder.forward(request, request.read()))

    def close(self) -> None:
        self.inner.close()


class AsyncForward(httpx.AsyncBaseTransport):
    def __init__(self, recorder: Recorder) -> None:
        self.recorder, self.inner = recorder, httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.inner.handle_async_request(self.recorder.forward(request, await request.aread()))

    async def aclose(self) -> None:
        await self.inner.aclose()


# --- arguments from Stripe's parameter schemas ---------------------------------------------------


class Synthesiser:
    """A value for a schema of Stripe's description: the first non-empty variant of an anyOf,
    the first enum value, required properties (all of them, three levels deep, when `full`)."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc

    def deref(self, schema: Any) -> Any:
        while isinstance(schema, dict) and "$ref" in schema:
            node: Any = self.doc
            for part in schema["$ref"].removeprefix("#/").split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            schema = node
        return schema

    def value(self, schema: Any, name: str, full: bool, depth: int = 0) -> Any:
        schema = self.deref(schema)
        for key in ("anyOf", "oneOf"):
            if key in schema:
                variants = [self.deref(v) for v in schema[key]]
                useful = [v for v in variants if v.get("enum") != [""]] or variants
                return self.value(useful[0], name, full, depth)
        if "enum" in schema:
            values = [v for v in schema["enum"] if v != ""]
            return values[0] if values else ""
        kind = schema.get("type")
        if kind == "object" or "properties" in schema:
            props = schema.get("properties") or {}
            keys = list(props) if full and depth < 3 else list(schema.get("required") or [])
            if not keys and props:  # a form cannot say `{}`: an empty object would not be sent at all
                keys = list(props)[:1]
            out = {k: self.value(props[k], k, full, depth + 1) for k in keys}
            extra = schema.get("additionalProperties")
            if not props and isinstance(extra, dict):
                out["order_id"] = self.value(extra, "order_id", full, depth + 1)
            return out
        if kind == "array":
            return [self.value(schema.get("items") or {}, name, full, depth + 1)]
        if kind == "integer":
            return max(int(schema.get("minimum", 1)), 1)
        if kind == "number":
            return float(schema.get("minimum", 1.5)) or 1.5
        if kind == "boolean":
            return True
        if schema.get("format") == "binary":
            return b"%PDF-1.4 conformance"
        return self.string(name, schema)

    @staticmethod
    def string(name: str, schema: dict[str, Any]) -> str:
        if name.endswith("currency") or name == "currency":
            text = "usd"
        elif "email" in name:
            text = "jenny@example.com"
        elif name.endswith("url") or name.endswith("uri"):
            text = "https://example.com/return"
        elif name == "country":
            text = "US"
        else:
            text = f"{name or 'value'}_123"
        return text[: schema.get("maxLength", 5000)]


@dataclass(frozen=True)
class Case:
    resource: tuple[str, ...]
    op: ir.Operation

    @property
    def key(self) -> str:
        return f"{self.op.http_method.upper()} {self.op.path}"


class Context:
    """One pinned version: Stripe's description, the IR's operations, the validators."""

    def __init__(self, version: str) -> None:
        self.version = version
        self.published = published(version)
        self.document = document(version)
        self.cases = [Case(r.path, op) for r in iter_resources(api(version).resources) for op in r.operations]
        self.synth = {"published": Synthesiser(self.published), "document": Synthesiser(self.document)}
        self.validators = {
            "published": stripe_validator(self.published),
            "document": stripe_validator(self.document),
        }

    def described(self, case: Case) -> str:
        """Which document describes the operation: Stripe's, or (OAuth) the addition."""
        return "published" if case.op.path in self.published["paths"] else "document"

    def schemas(self, case: Case) -> dict[tuple[str, str], dict[str, Any]]:
        """(location, wire name) -> the schema Stripe describes the parameter with."""
        doc = self.published if self.described(case) == "published" else self.document
        synth = self.synth[self.described(case)]
        operation = doc["paths"][case.op.path][case.op.http_method]
        found = {}
        for param in operation.get("parameters", []):
            param = synth.deref(param)
            found[(param["in"], param["name"])] = param.get("schema", {})
        for media in (operation.get("requestBody") or {}).get("content", {}).values():
            for name, schema in (synth.deref(media.get("schema", {})).get("properties") or {}).items():
                found[("body", name)] = schema
        return found

    def arguments(self, case: Case, full: bool) -> dict[str, Any]:
        schemas = self.schemas(case)
        synth = self.synth[self.described(case)]
        args = {}
        for param in case.op.params:
            if not (param.required or full) or param.has_default:
                continue
            schema = schemas.get((param.location, param.wire_name))
            assert schema is not None, f"{case.key}: the client's {param.name} is not in Stripe's description"
            args[param.name] = synth.value(schema, param.wire_name, full)
        return args


@cache
def context(version: str) -> Context:
    return Context(version)


# --- validating with openapi-core -----------------------------------------------------------------

BRACKETS = re.compile(r"\[([^\]]*)\]")


def stripe_deep_object(explode: bool, name: str, schema_type: str, location: Any) -> Any:
    """Stripe's deepObject: nested brackets to any depth (`items[0][price]=p`,
    `metadata[key]=v`), arrays as indices, on any schema (anyOf included).

    openapi-core's own deepObject reads one level of brackets into an object only, and refuses a
    deepObject parameter whose schema is not `type: object` even when it is absent: Stripe's
    `expand` (an array) and every emptyable anyOf would fail to decode. This decodes the brackets
    into the nested structure; openapi-core then casts the strings with the schema and validates
    the result with its schema validator, as it does for every other parameter."""
    root: dict[str, Any] = {}
    found = False
    for key in location.keys():
        if not key.startswith(name + "["):
            continue
        parts = BRACKETS.findall(key[len(name) :])
        node = root
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        values = location.getlist(key) if hasattr(location, "getlist") else [location[key]]
        node[parts[-1]] = values[-1]
        found = True
    if not found:
        if name in location:  # `metadata=` (an emptyable field cleared) or a scalar
            return location[name]
        raise KeyError(name)
    return _lists(root)


def _lists(value: Any) -> Any:
    """{'0': a, '1': b} -> [a, b] (Stripe sends arrays as `name[0]`, `name[1]`)."""
    if isinstance(value, dict):
        value = {k: _lists(v) for k, v in value.items()}
        if value and sorted(value) == sorted(str(i) for i in range(len(value))):
            return [value[str(i)] for i in range(len(value))]
    return value


class MapCaster(ObjectCaster):
    """openapi-core's ObjectCaster, also casting the values of `additionalProperties` maps.

    Its own loop over them skips every key (`if prop_name in value: continue`), so the strings of a
    form map (`currency_options[eur][unit_amount]=1`) would reach the validator uncast."""

    def _cast_proparties(self, value: dict[str, Any], schema_only: bool = False) -> dict[str, Any]:
        value = super()._cast_proparties(value, schema_only)
        if schema_only or "additionalProperties" not in self.schema:
            return value
        extra = self.schema / "additionalProperties"
        if not isinstance(extra.read_value(), dict):
            return value
        caster = self.schema_caster.evolve(extra)
        declared = set(get_properties(self.schema))
        return {k: v if k in declared else caster.cast(v) for k, v in value.items()}


CASTERS = SchemaCastersFactory(
    oas30_write_schema_validators_factory, TypesCaster({**oas30_casters_dict, "object": MapCaster}, AnyCaster)
)


def stripe_validator(doc: dict[str, Any]) -> V30RequestValidator:
    styles = {**style_deserializers, "deepObject": stripe_deep_object}
    return V30RequestValidator(
        SchemaPath.from_dict(doc),
        schema_casters_factory=CASTERS,
        style_deserializers_factory=StyleDeserializersFactory(CASTERS, style_deserializers=styles),
    )


class CoreRequest:
    """openapi-core's Request protocol for a recorded request."""

    def __init__(self, sent: Sent) -> None:
        self.host_url = f"{sent.url.scheme}://{sent.url.host}"
        self.path = sent.url.path
        self.method = sent.method.lower()
        self.body = sent.body or None
        self.content_type = (sent.headers.get("content-type") or "").lower()
        self.query = parse_qsl(sent.url.query.decode(), keep_blank_values=True)
        from openapi_core.datatypes import RequestParameters

        self.parameters = RequestParameters(
            query=ImmutableMultiDict(self.query),
            header=Headers(list(sent.headers.items())),
            cookie=ImmutableMultiDict(),
        )


def explain(error: BaseException) -> str:
    """The validator's message with its causes and schema errors."""
    parts = [f"{type(error).__name__}: {error}"]
    cause = error.__cause__
    while cause is not None:
        schema_errors = getattr(cause, "schema_errors", None) or ()
        details = "; ".join(f"{'/'.join(map(str, e.absolute_path))}: {e.message[:160]}" for e in schema_errors)
        parts.append(f"{type(cause).__name__}: {details or str(cause)[:300]}")
        cause = cause.__cause__
    return " <- ".join(parts)


def check_request(ctx: Context, case: Case, sent: Sent) -> list[str]:
    problems = []
    request = CoreRequest(sent)
    described = ctx.described(case)
    operation = (ctx.published if described == "published" else ctx.document)["paths"][case.op.path][case.op.http_method]
    try:
        for error in ctx.validators[described].iter_errors(request):
            problems.append(explain(error))
    except PathError as exc:
        problems.append(f"{type(exc).__name__}: {exc}")
    # Stripe refuses a parameter it does not know ("Received unknown parameter"): openapi-core
    # reads only the declared ones, so the names sent are checked here.
    declared_query = {p.get("name") for p in (ctx.synth[described].deref(p) for p in operation.get("parameters", [])) if p.get("in") == "query"}
    sent_query = {k.split("[", 1)[0] for k, _ in request.query}
    if sent_query - declared_query:
        problems.append(f"undeclared query parameters {sorted(sent_query - declared_query)}")
    if sent.body and request.content_type.startswith("application/x-www-form-urlencoded"):
        media = operation.get("requestBody", {}).get("content", {}).get("application/x-www-form-urlencoded", {})
        declared = set(ctx.synth[described].deref(media.get("schema", {})).get("properties") or {})
        names = {k.split("[", 1)[0] for k, _ in parse_qsl(sent.body.decode(), keep_blank_values=True)}
        if names - declared:
            problems.append(f"undeclared body parameters {sorted(names - declared)}")
    if sent.headers.get("stripe-version") != ctx.version and described == "published":
        problems.append(f"Stripe-Version {sent.headers.get('stripe-version')!r}")
    return problems


# --- calling the client --------------------------------------------------------------------------


def client(package: ModuleType, recorder: Recorder, is_async: bool) -> tuple[Any, Any]:
    """A client of `package` on Stripe's real URLs, whose requests `recorder` forwards to the fake."""
    if is_async:
        http: Any = httpx.AsyncClient(transport=AsyncForward(recorder))
        return package.AsyncStripeClient(api_key=API_KEY, max_retries=0, http_client=http), http
    http = httpx.Client(transport=SyncForward(recorder))
    return package.StripeClient(api_key=API_KEY, max_retries=0, http_client=http), http


async def call(
    ctx: Context, stripe: Any, recorder: Recorder, case: Case, full: bool, body_on_delete: bool = False
) -> list[str]:
    """Call one operation; the problems with the request it sent (or with the call)."""
    method: Any = stripe
    for attr in (*case.resource, case.op.name):
        method = getattr(method, attr)
    args = ctx.arguments(case, full)
    if case.op.http_method == "delete" and not body_on_delete:  # see test_delete_sends_its_body_params_as_described
        args = {p.name: args[p.name] for p in case.op.params if p.name in args and (p.location != "body" or p.required)}
    before = len(recorder.sent)
    try:
        result = method(**args)
        if inspect.isawaitable(result):
            result = await result
    except StripeError:
        pass  # the fake answered with an error (an unknown id, say): the request is what is checked
    except Exception as exc:  # the client could not make the call at all
        return [f"the call raised {type(exc).__name__}: {str(exc)[:300]}"]
    if case.op.kind == "url":  # a URL for the user's browser: check it as the GET it becomes
        assert len(recorder.sent) == before and isinstance(result, str)
        url = httpx.URL(result)
        sent = [Sent("GET", url, httpx.Headers(), b"")]
    else:
        sent = recorder.sent[before:]
    if len(sent) != 1:
        return [f"{len(sent)} requests sent, expected one"]
    return check_request(ctx, case, sent[0])


@dataclass(frozen=True)
class Variant:
    name: str
    is_async: bool
    full: bool
    every: int  # 1: every operation; n: every n-th (and the seed's)

    def picks(self, index: int, case: Case) -> bool:
        return index % self.every == 0 or (case.op.http_method, case.op.path) in SEED


VARIANTS = {
    "sync-required": Variant("sync-required", False, False, 1),
    "sync-optional": Variant("sync-optional", False, True, OPTIONAL_EVERY),
    "async-required": Variant("async-required", True, False, ASYNC_EVERY),
}


async def sweep(ctx: Context, package: ModuleType, server: MockServer, variant: Variant, only: str = "") -> dict[str, list[str]]:
    recorder = Recorder(server.url)
    stripe, http = client(package, recorder, variant.is_async)
    problems: dict[str, list[str]] = {}
    try:
        for index, case in enumerate(ctx.cases):
            if only and case.key != only:
                continue
            if not only and (not variant.picks(index, case) or (ctx.version, case.key) in KNOWN_DEFECTS):
                continue
            found = await call(ctx, stripe, recorder, case, variant.full, body_on_delete=bool(only))
            if found:
                problems[case.key] = found
    finally:
        if variant.is_async:
            await stripe.aclose()
            await http.aclose()
        else:
            stripe.close()
            http.close()
    return problems


def report(problems: dict[str, list[str]]) -> str:
    return "\n".join(f"{key}: {msg}" for key, msgs in sorted(problems.items()) for msg in msgs[:3])


@pytest.mark.parametrize("variant", list(VARIANTS))
async def test_requests_conform_to_stripes_description(
    version: str, package: ModuleType, server: MockServer, variant: str
) -> None:
    if variant != "sync-required" and version != pinned_versions()[-1]:
        pytest.skip("the sampled variants (optional arguments, async) run on the latest version only: time budget")
    ctx = context(version)
    assert len(ctx.cases) >= len([1 for item in ctx.published["paths"].values() for m in item if m in ("get", "post", "delete")])
    problems = await sweep(ctx, package, server, VARIANTS[variant])
    assert not problems, f"{version} {variant}: {len(problems)} operation(s) send requests Stripe's description refuses:\n" + report(problems)


@pytest.mark.parametrize(
    "version, key",
    [
        pytest.param(v, key, marks=pytest.mark.xfail(strict=True, raises=AssertionError, reason=reason), id=f"{v}-{key}")
        for (v, key), reason in KNOWN_DEFECTS.items()
    ],
    indirect=["version"],
)
async def test_known_defect(version: str, package: ModuleType, server: MockServer, key: str) -> None:
    problems = await sweep(context(version), package, server, VARIANTS["sync-required"], only=key)
    assert not problems, report(problems)


def deletes_with_a_body(ctx: Context) -> list[str]:
    return [
        c.key
        for c in ctx.cases
        if c.op.http_method == "delete" and any(p.location == "body" for p in c.op.params) and ctx.described(c) == "published"
    ]


@pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason="the runtime sends the body parameters of a DELETE in the query string (as stripe-python "
    "does; _QUERY_METHODS in generator/targets/python/_runtime/client.py), where Stripe's description declares them "
    "as an application/x-www-form-urlencoded request body",
)
async def test_delete_sends_its_body_params_as_described(version: str, package: ModuleType, server: MockServer) -> None:
    ctx = context(version)
    keys = deletes_with_a_body(ctx)
    assert keys, f"{version}: no DELETE has a request body"
    problems: dict[str, list[str]] = {}
    for key in keys:
        problems.update(await sweep(ctx, package, server, VARIANTS["sync-optional"], only=key))
    assert not problems, report(problems)


def test_the_validation_has_teeth(pkg: ModuleType, mock: MockServer) -> None:
    """A request Stripe's description refuses is reported: wrong types, unknown and missing parameters."""
    ctx = context(pkg.API_VERSION)
    case = next(c for c in ctx.cases if c.key == "POST /v1/payment_intents")
    url = httpx.URL("https://api.stripe.com/v1/payment_intents")
    headers = httpx.Headers({"Authorization": f"Bearer {API_KEY}", "Stripe-Version": ctx.version, "Content-Type": "application/x-www-form-urlencoded"})
    good = b"amount=2000&currency=usd&metadata[order_id]=6735&payment_method_types[0]=card"
    assert check_request(ctx, case, Sent("POST", url, headers, good)) == []
    for bad in (b"amount=lots&currency=usd", b"currency=usd", b"amount=1&currency=usd&bogus=1", b"amount=1&currency=usd&capture_method=later"):
        assert check_request(ctx, case, Sent("POST", url, headers, bad)), bad
    anonymous = httpx.Headers({k: v for k, v in headers.items() if k.lower() != "authorization"})
    assert check_request(ctx, case, Sent("POST", url, anonymous, good))
    items = next(c for c in ctx.cases if c.key == "POST /v1/subscriptions")
    url = httpx.URL("https://api.stripe.com/v1/subscriptions")
    assert check_request(ctx, items, Sent("POST", url, headers, b"customer=cus_1&items[0][price]=p&items[0][quantity]=2")) == []
    assert check_request(ctx, items, Sent("POST", url, headers, b"customer=cus_1&items[0][price]=p&items[0][quantity]=two"))


# --- Stripe's fixtures parse into the generated models ---------------------------------------------


def object_of(schema: dict[str, Any]) -> Any:
    return (schema.get("properties") or {}).get("object", {}).get("enum")


def fixture_models(version: str, package: ModuleType) -> list[tuple[str, str, Any]]:
    """(fixture key, model name, model class) for each fixture Stripe published at `version`."""
    schemas = published(version)["components"]["schemas"]
    by_schema = by_name(version)
    models = importlib.import_module(f"{package.__name__}.models")
    found = []
    for key, fixture in version_fixtures(version).items():
        candidates = [name for name, schema in schemas.items() if schema.get("x-resourceId") == key]
        if not candidates:  # Stripe's fixtures keep resources its version no longer describes (deleted_sku)
            continue
        schema = schemas[candidates[0]]
        if "anyOf" in schema:  # a polymorphic resource (deleted_external_account): the variant of this object
            variants = [ref["$ref"].rsplit("/", 1)[-1] for ref in schema["anyOf"]]
            candidates = [v for v in variants if object_of(schemas[v]) == [fixture.get("object")]]
            assert len(candidates) == 1, f"{version} {key}: variants {variants}"
        assert object_of(schemas[candidates[0]]) in ([fixture.get("object")], None), key
        name = by_schema[candidates[0]]
        found.append((key, name, getattr(models, name)))
    return found


@cache
def by_name(version: str) -> dict[str, str]:
    return {m.schema_name.removeprefix("#/components/schemas/"): m.name for m in api(version).models if not m.partial_of}


# Stripe's fixture of treasury.outbound_payment has destination_payment_method_details without
# billing_details, which Stripe's schema (outbound_payments_payment_method_details) requires, so
# the generated model (which follows the schema) refuses it.
FIXTURE_REASON = (
    "Stripe's fixture treasury.outbound_payment lacks destination_payment_method_details.billing_details, "
    "required by Stripe's schema; the generated TreasuryOutboundPayment model refuses it (Field required)"
)
BAD_FIXTURES = {"treasury.outbound_payment"}


def fixture_problems(version: str, package: ModuleType, keys: set[str] | None = None) -> list[str]:
    problems = []
    for key, name, model in fixture_models(version, package):
        if (key in BAD_FIXTURES) != (keys is not None) or (keys is not None and key not in keys):
            continue
        if not isinstance(model, type):  # the event envelope stands for the typed union: test_event_union.py
            continue
        fixture = version_fixtures(version)[key]
        schemas = published(version)["components"]["schemas"]
        try:
            obj = model.model_validate(fixture)
        except Exception as exc:  # pydantic's ValidationError names every location
            problems.append(f"{key} -> {name}: {str(exc)[:400]}")
            continue
        schema = next(s for n, s in schemas.items() if by_name(version).get(n) == name)
        extra = set(obj.model_extra or {}) & set(schema.get("properties") or {})
        if extra:
            problems.append(f"{key} -> {name}: described fields kept only as extras: {sorted(extra)}")
        if getattr(obj, "id", None) != fixture.get("id"):
            problems.append(f"{key} -> {name}: id {getattr(obj, 'id', None)!r}")
    return problems


def test_every_fixture_parses_into_its_model(version: str, package: ModuleType) -> None:
    described = fixture_models(version, package)
    assert len(described) > 0.95 * len(version_fixtures(version)) > 100, f"{version}: {len(described)} fixtures described"
    problems = fixture_problems(version, package)
    assert not problems, "\n".join(problems)


@pytest.mark.xfail(strict=True, raises=AssertionError, reason=FIXTURE_REASON)
def test_treasury_outbound_payment_fixture_parses(version: str, package: ModuleType) -> None:
    problems = fixture_problems(version, package, BAD_FIXTURES & set(version_fixtures(version)))
    assert not problems, "\n".join(problems)
