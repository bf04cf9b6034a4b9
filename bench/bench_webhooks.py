"""Benchmark: verify + parse one webhook event (target: median <= 50 us), side by side with stripe-python.

The timing assert that used to live in tests/unit/test_webhook_signature.py (verify + json.loads of a
~3 KB event < 50 us) is the "verify + json.loads" row here: timings are measured, not asserted.

    python bench/bench_webhooks.py [--event payment_intent.succeeded] [--repeat 15]

Prints a small table of medians (microseconds per event).  Not a test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import timeit
from collections.abc import Callable
from importlib import resources
from typing import Any

import stripe_client
from stripe_client import WebhookSignature, generate_test_header
from stripe_client._runtime.webhooks import construct_event_payload

TARGET_US = 50.0
SECRET = "whsec_bench_secret"


def median_us(fn: Callable[[], Any], repeat: int) -> float:
    timer = timeit.Timer(fn)
    number, _ = timer.autorange()  # calls per sample so a sample takes >= 0.2 s
    samples = timer.repeat(repeat=repeat, number=number)
    return statistics.median(samples) / number * 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--event", default="payment_intent.succeeded")
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args(argv)

    latest = stripe_client.API_VERSION
    module = "v" + latest.replace("-", "_")
    examples = json.loads(resources.files(f"stripe_client.{module}").joinpath("event_examples.json").read_text())
    payload = dict(examples[args.event], api_version=latest)  # matching version: no warning in the loop
    body = json.dumps(payload, indent=2).encode()
    header = generate_test_header(body, SECRET)
    Webhook = stripe_client.Webhook
    parse_event = stripe_client.parse_event
    now = time.time()

    event = Webhook.construct_event(body, header, SECRET)  # warm-up (builds the validators once)
    rows: list[tuple[str, float]] = [
        ("verify signature only", median_us(lambda: WebhookSignature.verify_header(body, header, SECRET, now=now), args.repeat)),
        ("verify + json.loads (construct_event_payload)", median_us(lambda: construct_event_payload(body, header, SECRET), args.repeat)),
        ("parse_event(dict)", median_us(lambda: parse_event(payload), args.repeat)),
        ("parse_event(bytes)", median_us(lambda: parse_event(body), args.repeat)),
        ("Webhook.construct_event (verify+parse)", median_us(lambda: Webhook.construct_event(body, header, SECRET), args.repeat)),
    ]
    try:
        import stripe  # the peer, if installed

        stripe.Webhook.construct_event(body.decode(), header, SECRET)
        rows.append(
            (
                f"peer: stripe {stripe.VERSION} Webhook.construct_event",
                median_us(lambda: stripe.Webhook.construct_event(body.decode(), header, SECRET), args.repeat),
            )
        )
    except ImportError:
        pass

    print(f"one {args.event} event ({len(body)} bytes) -> {type(event).__name__}; median of {args.repeat}")
    width = max(len(name) for name, _ in rows)
    print(f"| {'what':<{width}} | {'median µs':>9} |")
    print(f"|{'-' * (width + 2)}|{'-' * 11}|")
    for name, us in rows:
        print(f"| {name:<{width}} | {us:>9.1f} |")
    ours = dict(rows)["Webhook.construct_event (verify+parse)"]
    verdict = "within" if ours <= TARGET_US else "OVER"
    print(f"\nverify+parse: {ours:.1f} µs, {verdict} the {TARGET_US:.0f} µs target")
    return 0


if __name__ == "__main__":
    sys.exit(main())
