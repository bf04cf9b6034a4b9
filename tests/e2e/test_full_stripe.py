"""Full Stripe scale through `generate --spec`: Stripe's published 2020-08-27 description (the
one version in /work/shared/stripe-openapi that spec/ does not pin), generated as a standalone
package, imported, type-checked and called against the fake Stripe driven by the same document.
The pinned versions, the same full documents plus the additions, are generated/stripe_client.

Method naming (REST-style, from the path; see `generator.naming.operation_name`):
    GET /v1/customers -> customers.list          POST /v1/customers -> customers.create
    GET /v1/customers/{id} -> customers.retrieve POST .../{id} -> update; DELETE .../{id} -> delete
    GET /v1/customers/search -> customers.search POST /v1/payment_intents/{id}/confirm -> .confirm
    GET /v1/customers/{id}/sources -> customers.sources.list (a sub-resource)
    GET /v1/invoices/upcoming -> invoices.upcoming.retrieve here: in the full spec paths continue
    below it (/v1/invoices/upcoming/lines -> invoices.upcoming.lines.list), so it is a resource
    DELETE /v1/subscriptions/{id} -> subscriptions.delete (the path decides, not the operationId
    `DeleteSubscriptionsSubscriptionExposedId`; Stripe's own SDK calls it `cancel`)
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.builder import HTTP_METHODS
from generator.generate import Output, generate_spec
from generator.ir import iter_operations
from generator.mock import MockServer
from generator.write import write_tree

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "stripe-openapi"
VERSIONS = ["2020-08-27"]
MYPY_VERSION = "2020-08-27"  # mypy --strict runs on the pinned versions (tests/unit/test_typing.py)
# warnings that mean something was skipped or not sent
SKIPPED = ("skipped", "not supported", "not sent", "typed as Any", "dropped")

pytestmark = [
    pytest.mark.skipif(not SHARED.is_dir(), reason=f"the shared Stripe specs are absent ({SHARED})"),
    pytest.mark.skipif(
        not os.environ.get("FULL_SCALE_TESTS"),
        reason="a fourth full Stripe document takes a minute: the pinned versions (the same documents plus the "
        "additions) are generated, type-checked and called in every run; FULL_SCALE_TESTS=1 runs this too",
    ),
]


def package_name(version: str) -> str:
    return "stripe_" + version.replace("-", "_")


class Generated:
    def __init__(self, root: Path):
        self.root = root
        self.outputs: dict[str, Output] = {}
        self.documents: dict[str, dict[str, Any]] = {}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generated]:
    root = tmp_path_factory.mktemp("stripe_full")
    result = Generated(root)
    for version in VERSIONS:
        name = package_name(version)
        output = generate_spec(str(SHARED / f"{version}.yaml"), name)
        write_tree(root / name, {p[len(name) + 1 :]: t for p, t in output.files.items() if p.startswith(name + "/")})
        result.outputs[version] = output
        with open(SHARED / f"{version}.yaml", "rb") as handle:
            result.documents[version] = yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    sys.path.insert(0, str(root))
    try:
        yield result
    finally:
        sys.path.remove(str(root))
        for module in [m for m in sys.modules if m.startswith("stripe_20")]:
            del sys.modules[module]


@pytest.mark.parametrize("version", VERSIONS)
def test_nothing_is_skipped(generated: Generated, version: str) -> None:
    output = generated.outputs[version]
    skipped = [w for w in output.warnings if any(s in w for s in SKIPPED)]
    assert not skipped, skipped[:10]
    data = generated.documents[version]
    raw = {(m, p) for p, item in data["paths"].items() for m in HTTP_METHODS if m in item}
    (api,) = output.apis.values()
    ops = {(op.http_method, op.path) for _, op in iter_operations(api.resources)}
    assert ops == raw and len(ops) > 300


@pytest.mark.parametrize("version", VERSIONS)
def test_imports_in_a_subprocess(generated: Generated, version: str) -> None:
    name = package_name(version)
    code = f"import {name}; c = {name}.Client(api_key='sk_test_x'); print(type(c.customers).__name__)"
    done = subprocess.run([sys.executable, "-c", code], cwd=generated.root, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "CustomersResource", done.stderr[-3000:]


def test_subscription_delete_is_named_from_the_path(generated: Generated) -> None:
    (api,) = generated.outputs[MYPY_VERSION].apis.values()
    names = {(op.http_method, op.path): ".".join(r.path) + "." + op.name for r, op in iter_operations(api.resources)}
    assert names[("delete", "/v1/subscriptions/{subscription_exposed_id}")] == "subscriptions.delete"
    assert names[("get", "/v1/invoices/upcoming")] == "invoices.upcoming.retrieve"
    assert names[("get", "/v1/customers/{customer}/sources")] == "customers.sources.list"


async def run(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


async def scenario(pkg: Any, client: Any, server: MockServer) -> None:
    customer = await run(client.customers.create(email="jenny@example.com", metadata={"order_id": "6735"}))
    assert isinstance(customer, pkg.models.Customer) and customer.id.startswith("cus_")
    assert (await run(client.customers.retrieve(customer.id))).email == "jenny@example.com"
    assert (await run(client.customers.update(customer.id, name="Jenny"))).name == "Jenny"
    assert customer.id in [c.id for c in (await run(client.customers.list(limit=10))).data]
    found = await run(client.customers.search(query="email:'jenny@example.com'"))
    assert [c.id for c in found.data] == [customer.id]
    source = await run(client.customers.sources.create(customer.id, source="tok_visa"))
    assert source.id
    sent = server.requests[-1]
    assert (sent.method, sent.path) == ("POST", f"/v1/customers/{customer.id}/sources")
    assert sent.headers["Content-Type"] == "application/x-www-form-urlencoded"
    await run(client.customers.sources.list(customer.id))

    intent = await run(client.payment_intents.create(amount=2000, currency="usd", customer=customer.id, capture_method="manual"))
    assert isinstance(intent, pkg.models.PaymentIntent) and intent.amount == 2000
    confirmed = await run(client.payment_intents.confirm(intent.id, payment_method="pm_card_visa"))
    assert confirmed.status in ("requires_capture", "succeeded")
    assert (await run(client.payment_intents.capture(intent.id))).status == "succeeded"
    expanded = await run(client.payment_intents.retrieve(intent.id, expand=["customer"]))
    assert isinstance(expanded.customer, pkg.models.Customer) and expanded.customer.id == customer.id
    assert server.requests[-1].params["expand"] == ["customer"]

    price = await run(client.prices.create(currency="usd", unit_amount=500, recurring={"interval": "month"}, product_data={"name": "Gold"}))
    subscription = await run(client.subscriptions.create(customer=customer.id, items=[{"price": price.id}]))
    assert isinstance(subscription, pkg.models.Subscription)
    canceled = await run(client.subscriptions.delete(subscription.id))
    assert canceled.status == "canceled"
    assert (server.requests[-1].method, server.requests[-1].path) == ("DELETE", f"/v1/subscriptions/{subscription.id}")

    upcoming = await run(client.invoices.upcoming.retrieve(customer=customer.id))
    assert isinstance(upcoming, pkg.models.Invoice)
    assert server.requests[-1].path == "/v1/invoices/upcoming"

    deleted = await run(client.customers.delete(customer.id))
    assert deleted.deleted is True


@pytest.mark.parametrize("version", VERSIONS)
def test_calls_against_the_fake(generated: Generated, version: str) -> None:
    pkg = importlib.import_module(package_name(version))
    with MockServer(generated.documents[version]) as server:
        for is_async in (False, True):
            cls = pkg.AsyncClient if is_async else pkg.Client
            client = cls(api_key="sk_test_x", base_url=server.url, connect_base_url=server.url, max_retries=0)
            asyncio.run(scenario(pkg, client, server))
            assert server.requests[-1].headers["Stripe-Version"] == version
