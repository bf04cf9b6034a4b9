"""Benchmark: the generated client's overhead over raw httpx on loopback, side by side with stripe-python.

    python bench/bench_runtime.py [--repeat 9] [--number 300] [--budget 0.1]

Against a tiny canned-JSON HTTP/1.1 server (asyncio, keep-alive, run in a child process so it does
not share the GIL with what is measured) it times, interleaved within each round:

* one ``customers.retrieve`` vs raw ``httpx.Client.get`` + ``.json()``        (target <= 1.2x)
* one 100-item ``customers.list`` vs raw ``httpx.Client.get`` + ``.json()``   (target <= 2x)
* parsing a 100-customer list body into models, no I/O                       (target <= 1 ms)
* stripe-python's ``StripeClient`` doing the same retrieve / list (if ``stripe`` is installed)

Prints a Markdown table of medians (microseconds per call).  Not a test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

import httpx
import stripe_client
from stripe_client import StripeClient
from stripe_client._runtime.models import ListObject

API_KEY = "sk_test_bench_0000000000000000"
CUSTOMER_ID = "cus_NffrFeUfNV2Hib"


def customer(i: int) -> dict[str, Any]:
    """A realistic customer as API version 2024-02-15 returns it."""
    return {
        "id": CUSTOMER_ID if i == 0 else f"cus_Bench{i:010d}",
        "object": "customer",
        "address": {"city": "South San Francisco", "country": "US", "line1": "354 Oyster Point Blvd",
                    "line2": None, "postal_code": "94080", "state": "CA"},
        "balance": 0,
        "created": 1680893993 + i,
        "currency": "usd",
        "default_source": None,
        "delinquent": False,
        "description": "A bench customer",
        "discount": None,
        "email": f"jenny.rosen{i}@example.com",
        "invoice_prefix": f"0759{i:04d}",
        "invoice_settings": {"custom_fields": None, "default_payment_method": None, "footer": None,
                             "rendering_options": None},
        "livemode": False,
        "metadata": {"order_id": str(6735 + i)},
        "name": "Jenny Rosen",
        "next_invoice_sequence": 1,
        "phone": "+14155552671",
        "preferred_locales": ["en"],
        "shipping": None,
        "tax_exempt": "none",
        "test_clock": None,
    }


ONE = json.dumps(customer(0)).encode()
LIST = json.dumps(
    {"object": "list", "url": "/v1/customers", "has_more": False, "data": [customer(i) for i in range(100)]}
).encode()


def _response(body: bytes) -> bytes:
    head = (
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nRequest-Id: req_bench\r\n"
        f"Stripe-Version: 2024-02-15\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


class _Canned(asyncio.Protocol):
    """Minimal HTTP/1.1 keep-alive server: GET /v1/customers (list) or anything else (one customer)."""

    RESPONSES = {b"/v1/customers": _response(LIST)}
    DEFAULT = _response(ONE)

    def connection_made(self, transport: Any) -> None:
        self.transport = transport
        self.buffer = b""

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head, rest = self.buffer[:end], self.buffer[end + 4 :]
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            if len(rest) < length:
                return
            self.buffer = rest[length:]
            target = head.split(b" ", 2)[1].split(b"?", 1)[0]
            self.transport.write(self.RESPONSES.get(target, self.DEFAULT))


def _serve(port_out: Any) -> None:
    async def main() -> None:
        loop = asyncio.get_running_loop()
        server = await loop.create_server(_Canned, "127.0.0.1", 0, backlog=128)
        port_out.put(server.sockets[0].getsockname()[1])
        await server.serve_forever()

    asyncio.run(main())


def mean_us(fn: Callable[[], Any], number: int) -> float:
    start = time.perf_counter()
    for _ in range(number):
        fn()
    return (time.perf_counter() - start) / number * 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=9, help="rounds (the median is reported)")
    parser.add_argument("--number", type=int, default=300, help="max calls per round and case")
    parser.add_argument("--budget", type=float, default=0.1, help="seconds per round and case (sizes the rounds)")
    args = parser.parse_args(argv)

    ctx = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
    port_q = ctx.Queue()
    proc = ctx.Process(target=_serve, args=(port_q,), daemon=True)
    proc.start()
    try:
        url = f"http://127.0.0.1:{port_q.get(timeout=10)}"
        return run(url, args.repeat, args.number, args.budget)
    finally:
        proc.terminate()
        proc.join(timeout=5)


def run(url: str, repeat: int, number: int, budget: float) -> int:
    from stripe_client.v2024_02_15.models.customer import Customer

    raw = httpx.Client(headers={"Authorization": f"Bearer {API_KEY}", "Stripe-Version": "2024-02-15"})
    ours = StripeClient(api_key=API_KEY, base_url=url)
    one_url, list_url = f"{url}/v1/customers/{CUSTOMER_ID}", f"{url}/v1/customers"
    parse_list = ListObject[Customer].model_validate_json

    cases: dict[str, Callable[[], Any]] = {
        "retrieve: raw httpx get + json": lambda: raw.get(one_url).json(),
        "retrieve: stripe_client": lambda: ours.customers.retrieve(CUSTOMER_ID),
        "list 100: raw httpx get + json": lambda: raw.get(list_url, params={"limit": 100}).json(),
        "list 100: stripe_client": lambda: ours.customers.list(limit=100),
        "parse 100-customer list (no I/O)": lambda: parse_list(LIST),
        "reference: json.loads of that list": lambda: json.loads(LIST),
    }
    stripe_version = None
    try:
        import stripe

        stripe_version = stripe.VERSION
        theirs = stripe.StripeClient(
            API_KEY, base_addresses={"api": url}, http_client=stripe.HTTPXClient(allow_sync_methods=True), max_network_retries=0
        )
        theirs_requests = stripe.StripeClient(API_KEY, base_addresses={"api": url}, max_network_retries=0)
        cases["retrieve: stripe-python (httpx)"] = lambda: theirs.v1.customers.retrieve(CUSTOMER_ID)
        cases["list 100: stripe-python (httpx)"] = lambda: theirs.v1.customers.list({"limit": 100})
        cases["retrieve: stripe-python (default)"] = lambda: theirs_requests.v1.customers.retrieve(CUSTOMER_ID)
        cases["list 100: stripe-python (default)"] = lambda: theirs_requests.v1.customers.list({"limit": 100})
    except ImportError:
        pass

    # sanity: everyone gets the same data
    assert ours.customers.retrieve(CUSTOMER_ID).email == "jenny.rosen0@example.com"
    assert len(ours.customers.list(limit=100).data) == 100
    assert len(parse_list(LIST).data) == 100

    calls: dict[str, int] = {}
    for name, fn in cases.items():  # warm-up (connections, parsers, imports), then size the rounds
        for _ in range(10):
            fn()
        start = time.perf_counter()
        for _ in range(10):
            fn()
        per_call = (time.perf_counter() - start) / 10
        calls[name] = max(5, min(number, int(budget / per_call)))
    samples: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(repeat):  # interleaved rounds: machine noise hits every case alike
        for name, fn in cases.items():
            samples[name].append(mean_us(fn, calls[name]))
    med = {name: statistics.median(values) for name, values in samples.items()}

    def ratio(name: str, base: str) -> str:
        return f"{med[name] / med[base]:.2f}x"

    rows = [
        ("retrieve: raw httpx get + json", "1.00x", ""),
        ("retrieve: stripe_client", ratio("retrieve: stripe_client", "retrieve: raw httpx get + json"), "<= 1.2x"),
        ("list 100: raw httpx get + json", "1.00x", ""),
        ("list 100: stripe_client", ratio("list 100: stripe_client", "list 100: raw httpx get + json"), "<= 2x"),
        ("parse 100-customer list (no I/O)", "", "<= 1000 us"),
        ("reference: json.loads of that list", "", "(machine speed)"),
    ]
    for name in cases:
        if name.startswith("retrieve: stripe-python"):
            rows.append((name, ratio(name, "retrieve: raw httpx get + json"), ""))
        elif name.startswith("list 100: stripe-python"):
            rows.append((name, ratio(name, "list 100: raw httpx get + json"), ""))
    print(
        f"stripe_client {stripe_client.API_VERSION} (httpx {httpx.__version__})"
        + (f", stripe-python {stripe_version}" if stripe_version else ", stripe-python not installed")
        + f"; median of {repeat} rounds (<= {budget:g} s or {number} calls per case each), loopback, canned-JSON server in a child process\n"
    )
    print("| case | median us/call | vs raw httpx | target |")
    print("|---|---:|---:|---|")
    for name, rel, target in rows:
        print(f"| {name} | {med[name]:.0f} | {rel} | {target} |")
    raw.close()
    ours.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
