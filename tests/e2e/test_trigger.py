"""`python -m stripe_client trigger` against a real receiving endpoint on 127.0.0.1.

The receiver is what a user writes: it verifies each delivery with
`stripe_client.Webhook.construct_event(body, header, secret)` (or a pinned version's `Webhook`),
answers 200 with the typed event recorded, or 400 when verification fails.  The command runs as a
subprocess, exactly as a user types it.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
import stripe_client
from stripe_client.errors import InvalidPayloadError, SignatureVerificationError

SECRET = "whsec_e2e_trigger_secret"


@dataclass
class Delivery:
    event: Any
    body: bytes
    headers: dict[str, str]
    warnings: list[str] = field(default_factory=list)


@dataclass
class Receiver:
    """A webhook endpoint: verify, parse, record; 400 on a bad signature."""

    secret: str
    webhook: Any = stripe_client.Webhook
    deliveries: list[Delivery] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    url: str = ""

    def handle(self, body: bytes, headers: dict[str, str]) -> tuple[int, dict[str, Any]]:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                event = self.webhook.construct_event(body, headers.get("stripe-signature"), self.secret)
            except (SignatureVerificationError, InvalidPayloadError) as exc:
                self.rejected.append(str(exc))
                return 400, {"error": str(exc)}
        self.deliveries.append(Delivery(event, body, headers, [f"{w.category.__name__}: {w.message}" for w in caught]))
        return 200, {"received": True}


def _handler(receiver: Receiver) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            headers = {k.lower(): v for k, v in self.headers.items()}
            status, answer = receiver.handle(body, headers)
            data = json.dumps(answer).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:  # quiet
            pass

    return Handler


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    rec = Receiver(secret=SECRET)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(rec))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    rec.url = f"http://127.0.0.1:{server.server_address[1]}/webhooks"
    try:
        yield rec
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def run(*args: str, env: dict[str, str] | None = None, cwd: str | None = None) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k != "STRIPE_WEBHOOK_SECRET"}
    return subprocess.run(
        [sys.executable, "-m", "stripe_client", *args],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
        env={**base, **(env or {})},
        cwd=cwd,
    )


def test_trigger_delivers_a_verified_typed_event(receiver: Receiver, tmp_path: Any) -> None:
    before = int(time.time())
    proc = run("trigger", "payment_intent.succeeded", "--forward-to", receiver.url, "--secret", SECRET, cwd=str(tmp_path))
    assert proc.returncode == 0, proc.stderr
    assert "[200 OK]" in proc.stdout and receiver.url in proc.stdout
    assert receiver.rejected == []
    (delivery,) = receiver.deliveries
    event = delivery.event
    assert type(event).__name__ == "PaymentIntentSucceededEvent"
    assert type(event.data.object).__name__ == "PaymentIntent"
    assert event.type == "payment_intent.succeeded"
    # A fresh id and created time, the rest from the example.
    latest = stripe_client.API_VERSION
    from importlib import resources

    examples = json.loads(
        resources.files(f"stripe_client.v{latest.replace('-', '_')}").joinpath("event_examples.json").read_text()
    )
    example = examples["payment_intent.succeeded"]
    assert event.id.startswith("evt_") and event.id != example["id"] and len(event.id) == 28
    assert event.id in proc.stdout
    assert before - 1 <= event.created <= int(time.time()) + 1
    assert event.data.object.id == example["data"]["object"]["id"]
    assert event.api_version == example["api_version"]  # unchanged without --api-version-override
    # Signed and sent like Stripe.
    assert delivery.headers["content-type"] == "application/json"
    sig = delivery.headers["stripe-signature"]
    assert sig.startswith("t=") and ",v1=" in sig
    assert json.loads(delivery.body) == {**example, "id": event.id, "created": event.created}


def test_api_version_override_renders_at_the_chosen_version(receiver: Receiver) -> None:
    proc = run(
        "trigger", "customer.subscription.updated", "--forward-to", receiver.url, "--secret", SECRET,
        "--api-version-override",
    )
    assert proc.returncode == 0, proc.stderr
    (delivery,) = receiver.deliveries
    assert delivery.event.api_version == stripe_client.API_VERSION
    assert type(delivery.event).__name__ == "CustomerSubscriptionUpdatedEvent"
    assert type(delivery.event.data.previous_attributes).__name__ == "SubscriptionPreviousAttributes"
    assert not [w for w in delivery.warnings if w.startswith("EventVersionWarning")], delivery.warnings


def test_api_version_override_with_another_date_warns_at_the_receiver(receiver: Receiver) -> None:
    proc = run(
        "trigger", "charge.succeeded", "--forward-to", receiver.url, "--secret", SECRET,
        "--api-version-override", "2099-01-01",
    )
    assert proc.returncode == 0, proc.stderr
    (delivery,) = receiver.deliveries
    assert delivery.event.api_version == "2099-01-01"
    assert any(w.startswith("EventVersionWarning") and "2099-01-01" in w for w in delivery.warnings)


@pytest.mark.parametrize("version", stripe_client.VERSIONS)
def test_version_flag_and_matching_version_package(receiver: Receiver, version: str) -> None:
    import importlib

    receiver.webhook = importlib.import_module(f"stripe_client.v{version.replace('-', '_')}.events").Webhook
    proc = run(
        "trigger", "invoice.paid", "--forward-to", receiver.url, "--secret", SECRET,
        "--version", version, "--api-version-override",
    )
    assert proc.returncode == 0, proc.stderr
    (delivery,) = receiver.deliveries
    assert type(delivery.event).__name__ == "InvoicePaidEvent"
    assert type(delivery.event).__module__.startswith(f"stripe_client.v{version.replace('-', '_')}.")
    assert delivery.event.api_version == version
    assert not [w for w in delivery.warnings if w.startswith("EventVersionWarning")], delivery.warnings


def test_secret_from_the_environment(receiver: Receiver) -> None:
    proc = run("trigger", "refund.created", "--forward-to", receiver.url, env={"STRIPE_WEBHOOK_SECRET": SECRET})
    assert proc.returncode == 0, proc.stderr
    assert type(receiver.deliveries[0].event).__name__ == "RefundCreatedEvent"


def test_wrong_secret_is_rejected_by_the_receiver_and_exits_1(receiver: Receiver) -> None:
    proc = run("trigger", "payment_intent.succeeded", "--forward-to", receiver.url, "--secret", "whsec_not_the_one")
    assert proc.returncode == 1
    assert receiver.deliveries == []
    assert len(receiver.rejected) == 1 and "No signatures found matching" in receiver.rejected[0]
    assert "[400 Bad Request]" in proc.stderr
    assert "No signatures found matching" in proc.stderr  # the receiver's answer is shown


def test_unknown_event_type_exits_1_with_a_suggestion(receiver: Receiver) -> None:
    proc = run("trigger", "payment_intent.succeded", "--forward-to", receiver.url, "--secret", SECRET)
    assert proc.returncode == 1
    assert "unknown event type 'payment_intent.succeded'" in proc.stderr
    assert "did you mean payment_intent.succeeded" in proc.stderr
    assert receiver.deliveries == [] and receiver.rejected == []


def test_unknown_version_exits_1_naming_the_pinned_ones(receiver: Receiver) -> None:
    proc = run("trigger", "payment_intent.succeeded", "--forward-to", receiver.url, "--secret", SECRET, "--version", "2020-01-01")
    assert proc.returncode == 1
    assert "2020-01-01" in proc.stderr and stripe_client.VERSIONS[-1] in proc.stderr


def test_refused_connection_exits_1_with_a_clear_message() -> None:
    with socket.socket() as sock:  # bound but not listening: connections are refused
        sock.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{sock.getsockname()[1]}/webhooks"
        proc = run("trigger", "payment_intent.succeeded", "--forward-to", url, "--secret", SECRET)
    assert proc.returncode == 1
    assert f"could not connect to {url}" in proc.stderr
    assert "Connection refused" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_no_secret_exits_1() -> None:
    proc = run("trigger", "payment_intent.succeeded", "--forward-to", "http://127.0.0.1:9/webhooks")
    assert proc.returncode == 1
    assert "no webhook secret" in proc.stderr and "STRIPE_WEBHOOK_SECRET" in proc.stderr


def test_events_lists_every_event_type() -> None:
    proc = run("events")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == sorted(stripe_client.EVENT_TYPES)
    older = run("events", "--version", stripe_client.VERSIONS[0])
    assert older.returncode == 0 and "payment_intent.succeeded" in older.stdout.splitlines()
