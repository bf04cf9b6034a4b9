"""Webhook delivery, as `stripe listen --forward-to` does: each event POSTed, signed with the
endpoint's secret (`Stripe-Signature: t=...,v1=...`), from a worker thread so a slow or failing
endpoint never holds up or breaks an API request."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import queue
import threading
import time
import urllib.error
import urllib.request
from typing import Any

log = logging.getLogger("generator.mock.webhooks")


def signature_header(payload: bytes, secret: str, timestamp: int | None = None) -> str:
    """Stripe's scheme (the runtime's `generate_test_header`): HMAC-SHA256 of `t.payload`."""
    timestamp = int(time.time()) if timestamp is None else timestamp
    signed = hmac.new(secret.encode(), f"{timestamp}.".encode() + payload, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={signed}"


class Forwarder:
    """Sends events to one URL in the order they happened; `join()` waits until all were tried."""

    def __init__(self, url: str, secret: str, timeout: float = 10.0) -> None:
        self.url, self.secret, self.timeout = url, secret, timeout
        self.failures: list[tuple[str, str]] = []  # (event id, why) of deliveries that failed
        self.delivered: list[str] = []  # ids of events the endpoint answered with a 2xx
        self._queue: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="webhook-forwarder", daemon=True)
        self._thread.start()

    def __call__(self, event: dict[str, Any]) -> None:
        self._queue.put(event)

    def join(self) -> None:
        self._queue.join()

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join(timeout=self.timeout + 1)

    def _run(self) -> None:
        while True:
            event = self._queue.get()
            try:
                if event is None:
                    return
                self._send(event)
            except Exception as exc:  # noqa: BLE001 - a delivery problem must never stop the worker
                self._fail(event, f"{type(exc).__name__}: {exc}")
            finally:
                self._queue.task_done()

    def _send(self, event: dict[str, Any]) -> None:
        payload = json.dumps(event, indent=2).encode()
        request = urllib.request.Request(self.url, data=payload, method="POST", headers={
            "Content-Type": "application/json; charset=utf-8", "User-Agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
            "Stripe-Signature": signature_header(payload, self.secret),
        })
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                status = response.status
        except urllib.error.HTTPError as exc:
            status = exc.code
        except (urllib.error.URLError, OSError) as exc:
            return self._fail(event, str(exc))
        if 200 <= status < 300:
            self.delivered.append(str(event.get("id")))
        else:
            self._fail(event, f"the endpoint answered {status}")

    def _fail(self, event: dict[str, Any] | None, why: str) -> None:
        event_id = str((event or {}).get("id"))
        self.failures.append((event_id, why))
        log.warning("webhook %s to %s failed: %s", event_id, self.url, why)
