"""total_timeout against a real server on 127.0.0.1 that trickles its body (a byte every 0.25 s):
httpx's per-operation timeout never fires, so only the call's deadline ends the call."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest

from _runtime.client import AsyncAPIClient, SyncAPIClient
from _runtime.errors import APITimeoutError

KEY = "sk_test_51DeadlineKEY0123456789"
VERSION = "2024-02-15"
TRICKLE = 0.25  # seconds between bytes: well under the 1 s per-operation timeout
GIVE_UP = 30.0  # the server ends a trickle after this long: a broken deadline fails the test, not hangs it


class TrickleServer:
    """Answers every request with headers at once, then a 10 kB body one byte at a time."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.stop = threading.Event()
        self.requests = 0
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        self.sock.settimeout(0.1)
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.requests += 1
            threading.Thread(target=self._trickle, args=(conn,), daemon=True).start()

    def _trickle(self, conn: socket.socket) -> None:
        with conn:
            try:
                conn.recv(65536)
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 10000\r\n\r\n{")
                give_up = time.monotonic() + GIVE_UP
                while not self.stop.is_set() and time.monotonic() < give_up:
                    time.sleep(TRICKLE)
                    conn.sendall(b" ")
            except OSError:  # the client gave up and closed the connection
                return

    def close(self) -> None:
        self.stop.set()
        self.sock.close()


@pytest.fixture
def server() -> Iterator[TrickleServer]:
    srv = TrickleServer()
    yield srv
    srv.close()


def _check(info: pytest.ExceptionInfo[APITimeoutError], started: float, total: float) -> None:
    # the deadline ended the call (the server would trickle on): not before it; how soon after it
    # depends on the machine's load, so it is not asserted
    elapsed = time.monotonic() - started
    assert total <= elapsed, f"the call gave up after {elapsed:.1f} s with total_timeout={total}"
    assert "total_timeout" in str(info.value)
    assert info.value.idempotency_key == "order-42"


def test_sync_total_timeout_per_call(server: TrickleServer) -> None:
    with SyncAPIClient(api_key=KEY, stripe_version=VERSION, base_url=f"http://127.0.0.1:{server.port}", timeout=1) as client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as info:
            client.request("POST", "/v1/customers", cast_to=dict,
                           options={"total_timeout": 1.5, "idempotency_key": "order-42"})
    _check(info, started, 1.5)
    assert server.requests == 1  # no retry once the deadline has passed


def test_sync_total_timeout_per_client(server: TrickleServer) -> None:
    client = SyncAPIClient(api_key=KEY, stripe_version=VERSION, base_url=f"http://127.0.0.1:{server.port}",
                           timeout=1, total_timeout=1.0)
    with client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as info:
            client.request("POST", "/v1/customers", cast_to=dict, options={"idempotency_key": "order-42"})
    _check(info, started, 1.0)


async def test_async_total_timeout_per_call(server: TrickleServer) -> None:
    async with AsyncAPIClient(api_key=KEY, stripe_version=VERSION, base_url=f"http://127.0.0.1:{server.port}",
                              timeout=1) as client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as info:
            await client.request("POST", "/v1/customers", cast_to=dict,
                                 options={"total_timeout": 1.5, "idempotency_key": "order-42"})
    _check(info, started, 1.5)


async def test_async_total_timeout_per_client(server: TrickleServer) -> None:
    client = AsyncAPIClient(api_key=KEY, stripe_version=VERSION, base_url=f"http://127.0.0.1:{server.port}",
                            timeout=1, total_timeout=1.0)
    async with client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as info:
            await client.request("POST", "/v1/customers", cast_to=dict, options={"idempotency_key": "order-42"})
    _check(info, started, 1.0)
