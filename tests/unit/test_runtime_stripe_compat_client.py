"""stripe-python habits on the client: max_network_retries, app_info, telemetry headers, no close.

The close-on-garbage-collection tests use a real local HTTP server: only real sockets left open
raise the ``ResourceWarning`` stripe-python users would otherwise see.
"""

from __future__ import annotations

import asyncio
import gc
import json
import sys
import threading
import warnings
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from _runtime.client import RUNTIME_VERSION, AppInfo, AsyncAPIClient, SyncAPIClient
from _runtime.models import StripeObject

KEY = "sk_test_51HcompatKEYcompatKEY0123456789"
VERSION = "2024-02-15"


class Recorder:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json={"id": "cus_1", "object": "customer"})


def sync_client(recorder: Recorder, **kwargs: Any) -> SyncAPIClient:
    kwargs.setdefault("stripe_version", VERSION)
    return SyncAPIClient(api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(recorder)), **kwargs)


# ------------------------------------------------------------------ max_network_retries


def test_max_network_retries_is_max_retries() -> None:
    assert SyncAPIClient(api_key=KEY, stripe_version=VERSION, max_network_retries=5).max_retries == 5
    assert AsyncAPIClient(api_key=KEY, stripe_version=VERSION, max_network_retries=0).max_retries == 0
    assert SyncAPIClient(api_key=KEY, stripe_version=VERSION, max_retries=1).max_retries == 1
    assert SyncAPIClient(api_key=KEY, stripe_version=VERSION).max_retries == 2


@pytest.mark.parametrize("cls", [SyncAPIClient, AsyncAPIClient])
def test_max_retries_and_max_network_retries_together_is_a_type_error(cls: Any) -> None:
    with pytest.raises(TypeError, match="not both"):
        cls(api_key=KEY, stripe_version=VERSION, max_retries=1, max_network_retries=1)


def test_max_network_retries_is_validated() -> None:
    with pytest.raises(ValueError, match="max_retries must be an int >= 0"):
        SyncAPIClient(api_key=KEY, stripe_version=VERSION, max_network_retries=-1)


# ------------------------------------------------------------------ User-Agent and telemetry


def sent_headers(**kwargs: Any) -> httpx.Headers:
    recorder = Recorder()
    sync_client(recorder, **kwargs).request("GET", "/v1/customers/cus_1", cast_to=StripeObject)
    return recorder.requests[0].headers


def test_user_agent_names_this_library_and_its_version() -> None:
    assert sent_headers()["User-Agent"] == f"stripe-client-python/{RUNTIME_VERSION}"


def test_client_user_agent_says_library_and_language_only() -> None:
    info = json.loads(sent_headers()["X-Stripe-Client-User-Agent"])
    expected_python = "%d.%d.%d" % sys.version_info[:3]
    assert info == {"bindings_version": RUNTIME_VERSION, "lang": "python", "lang_version": expected_python,
                    "publisher": "stripe-client-python", "httplib": "httpx"}


def test_telemetry_never_carries_the_key_or_machine_details() -> None:
    import platform
    import socket

    headers = sent_headers(app_info={"name": "MyPlugin"})
    telemetry = headers["X-Stripe-Client-User-Agent"] + headers["User-Agent"]
    for secret in (KEY, KEY[8:], socket.gethostname(), platform.node(), platform.platform()):
        assert not secret or secret not in telemetry


def test_app_info_in_user_agent_and_client_user_agent() -> None:
    app: AppInfo = {"name": "MyPlugin", "version": "1.2.0", "url": "https://example.com", "partner_id": "pp_1"}
    headers = sent_headers(app_info=app)
    assert headers["User-Agent"] == f"stripe-client-python/{RUNTIME_VERSION} MyPlugin/1.2.0 (https://example.com)"
    assert json.loads(headers["X-Stripe-Client-User-Agent"])["application"] == app


def test_app_info_name_only() -> None:
    assert sent_headers(app_info={"name": "MyPlugin"})["User-Agent"].endswith(" MyPlugin")


@pytest.mark.parametrize(
    "bad", [{}, {"name": ""}, {"name": "A", "colour": "red"}, {"name": "A\r\nX-Evil: 1"}, {"name": "A", "version": 2}]
)
def test_bad_app_info_is_rejected_when_the_client_is_built(bad: Any) -> None:
    with pytest.raises(ValueError, match="app_info"):
        SyncAPIClient(api_key=KEY, stripe_version=VERSION, app_info=bad)


def test_telemetry_only_for_stripe_clients() -> None:
    recorder = Recorder()
    client = sync_client(recorder, stripe_version=None, dialect="openapi", default_headers={"X-Api-Key": "k"},
                         app_info={"name": "MyPlugin"})
    assert client.is_stripe_api is False
    client.request("GET", "/things", cast_to=StripeObject, security=[])
    headers = recorder.requests[0].headers
    assert "X-Stripe-Client-User-Agent" not in headers and "Stripe-Version" not in headers
    assert headers["User-Agent"] == f"stripe-client-python/{RUNTIME_VERSION} MyPlugin"
    assert sync_client(Recorder()).is_stripe_api is True


async def test_async_client_sends_the_same_headers() -> None:
    recorder = Recorder()
    client = AsyncAPIClient(api_key=KEY, stripe_version=VERSION, app_info={"name": "MyPlugin", "version": "1"},
                            http_client=httpx.AsyncClient(transport=httpx.MockTransport(recorder)))
    await client.request("GET", "/v1/customers/cus_1", cast_to=StripeObject)
    headers = recorder.requests[0].headers
    assert headers["User-Agent"].endswith(" MyPlugin/1")
    assert json.loads(headers["X-Stripe-Client-User-Agent"])["application"] == {"name": "MyPlugin", "version": "1"}
    await client.aclose()


# ------------------------------------------------------------------ clients never closed


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: the connection stays in the client's pool

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        body = b'{"id": "cus_1", "object": "customer"}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def _resource_warnings(caught: list[warnings.WarningMessage]) -> list[str]:
    return [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)]


def test_sync_client_never_closed_closes_its_pool_on_gc(server_url: str) -> None:
    def use_and_drop() -> None:
        client = SyncAPIClient(api_key=KEY, stripe_version=VERSION, base_url=server_url)
        client.request("GET", "/v1/customers/cus_1", cast_to=StripeObject)

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")  # -W error::ResourceWarning would turn these into errors
        use_and_drop()
        gc.collect()
    assert _resource_warnings(caught) == []


def test_sync_pool_is_open_while_the_client_lives(server_url: str) -> None:
    client = SyncAPIClient(api_key=KEY, stripe_version=VERSION, base_url=server_url)
    client.request("GET", "/v1/customers/cus_1", cast_to=StripeObject)
    http = client._http
    gc.collect()
    assert not http.is_closed
    del client
    gc.collect()
    assert http.is_closed


async def test_async_client_never_closed_closes_its_pool_on_gc(server_url: str) -> None:
    async def use_and_drop() -> httpx.AsyncClient:
        client = AsyncAPIClient(api_key=KEY, stripe_version=VERSION, base_url=server_url)
        await client.request("GET", "/v1/customers/cus_1", cast_to=StripeObject)
        return client._http

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        http = await use_and_drop()
        gc.collect()  # schedules aclose() on this loop...
        for _ in range(5):
            await asyncio.sleep(0)  # ...which runs at the loop's next turns
        assert http.is_closed
        del http
        gc.collect()
    assert _resource_warnings(caught) == []


def test_async_client_collected_from_another_thread_closes_on_its_loop(server_url: str) -> None:
    async def main() -> httpx.AsyncClient:
        client = AsyncAPIClient(api_key=KEY, stripe_version=VERSION, base_url=server_url)
        await client.request("GET", "/v1/customers/cus_1", cast_to=StripeObject)
        http = client._http
        client.cycle = client  # type: ignore[attr-defined]  # only the collector can free it now
        del client
        collector = threading.Thread(target=gc.collect)
        collector.start()
        await asyncio.to_thread(collector.join)
        for _ in range(5):
            await asyncio.sleep(0)
        return http

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        http = asyncio.run(main())
        assert http.is_closed
        del http
        gc.collect()
    assert _resource_warnings(caught) == []
