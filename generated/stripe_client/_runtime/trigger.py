# File copied from the generator's runtime (trigger.py) by `python -m generator generate`.
# Do not edit: change the template and regenerate.
"""Send a signed example webhook event to a local endpoint (hand-written runtime; copied verbatim).

Like ``stripe trigger`` + ``stripe listen --forward-to``, offline and without a Stripe account::

    python -m stripe_client trigger payment_intent.succeeded \\
        --forward-to http://127.0.0.1:3000/webhooks --secret whsec_...   # or STRIPE_WEBHOOK_SECRET
        [--version 2023-11-10] [--api-version-override [DATE]] [--timeout 10]
    python -m stripe_client events [--version 2023-11-10]

``trigger`` takes the example payload of the event type from the chosen version's
``event_examples.json`` (read with :mod:`importlib.resources`, so it works from an installed wheel),
gives it a fresh ``id`` (``evt_...``) and ``created`` (now), serialises it as Stripe does (UTF-8 JSON,
2-space indent), signs the exact bytes with the secret (``Stripe-Signature: t=...,v1=...``, see
:func:`.webhooks.generate_test_header`) and POSTs them with ``Content-Type: application/json``.
Redirects are not followed (Stripe does not follow them either). It prints the response status and
exits 0 on a 2xx, 1 otherwise (non-2xx, connection refused, timeout, unknown event type or version,
no secret); argparse usage errors exit 2.

Event versions (the design):

* An event carries the ``api_version`` its ``data.object`` was rendered at: Stripe renders it at
  the webhook endpoint's pinned version, or the account's default version.  Fields of an object
  differ between versions, so an event is parsed exactly only by the models of its own version.
* Each version subpackage's ``parse_event``/``Webhook`` parse with that version's models and emit
  ``EventVersionWarning`` when the payload's ``api_version`` differs; the top-level
  ``stripe_client.parse_event``/``Webhook`` are the latest version's.  Parse with the matching
  subpackage (``stripe_client.v2023_11_10.parse_event``), or pin your webhook endpoint to the
  version your package uses.  Unknown fields are kept either way; only a field the newer models
  require and the older payload lacks fails validation.
* ``trigger`` sends the example as recorded in the spec (its ``api_version`` unchanged);
  ``--api-version-override`` stamps the chosen ``--version`` onto ``api_version`` (like an endpoint
  pinned to that version), ``--api-version-override DATE`` stamps DATE (e.g. to exercise your
  handling of ``EventVersionWarning``).

The runtime is version-independent: the versions are found by scanning the package for
subpackages named ``vYYYY_MM_DD`` that ship an ``event_examples.json``.  Nothing here imports
pydantic or the models, so ``events`` is instant; ``httpx`` is imported only to send.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import re
import secrets
import string
import sys
import time
from collections.abc import Sequence
from importlib import resources
from typing import Any

from .webhooks import generate_test_header

__all__ = ["EXAMPLES_FILE", "SECRET_ENV", "build_event", "event_examples", "main", "pinned_versions"]

EXAMPLES_FILE = "event_examples.json"
SECRET_ENV = "STRIPE_WEBHOOK_SECRET"

_VERSION_DIR = re.compile(r"^v(\d{4})_(\d{2})_(\d{2})$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ID_ALPHABET = string.ascii_letters + string.digits


class _UsageError(Exception):
    """A problem to report on stderr, exit status 1."""


def _default_package() -> str:
    # This module is <package>._runtime.trigger.
    return (__package__ or "").rpartition(".")[0]


def pinned_versions(package: str | None = None) -> list[str]:
    """The API versions (``YYYY-MM-DD``) whose subpackage ships event examples, oldest first."""
    root = resources.files(package or _default_package())
    found = []
    for child in root.iterdir():
        match = _VERSION_DIR.match(child.name)
        if match and child.is_dir() and child.joinpath(EXAMPLES_FILE).is_file():
            found.append("-".join(match.groups()))
    return sorted(found)


def _resolve_version(requested: str | None, package: str) -> str:
    versions = pinned_versions(package)
    if not versions:
        raise _UsageError(f"{package} has no version subpackage with {EXAMPLES_FILE}")
    if requested is None:
        return versions[-1]
    match = _VERSION_DIR.match(requested)
    wanted = "-".join(match.groups()) if match else requested
    if wanted not in versions:
        raise _UsageError(
            f"API version {requested!r} is not pinned in {package}; pinned: {', '.join(versions)}"
        )
    return wanted


def event_examples(version: str, package: str | None = None) -> dict[str, dict[str, Any]]:
    """``{event type: example payload}`` of one pinned version (``YYYY-MM-DD``)."""
    pkg = package or _default_package()
    module = "v" + version.replace("-", "_")
    text = resources.files(pkg).joinpath(module, EXAMPLES_FILE).read_text(encoding="utf-8")
    data = json.loads(text)
    if not isinstance(data, dict):
        raise _UsageError(f"{pkg}/{module}/{EXAMPLES_FILE} is not a JSON object")
    return data


def build_event(
    example: dict[str, Any], *, api_version: str | None = None, now: int | None = None
) -> dict[str, Any]:
    """A copy of ``example`` with a fresh ``evt_`` id and ``created`` = now (and ``api_version``)."""
    event = json.loads(json.dumps(example))  # deep copy; the example stays untouched
    event["id"] = "evt_" + "".join(secrets.choice(_ID_ALPHABET) for _ in range(24))
    event["created"] = int(time.time()) if now is None else now
    if api_version is not None:
        event["api_version"] = api_version
    return dict(event)


def _suggest(event_type: str, known: Sequence[str]) -> str:
    close = difflib.get_close_matches(event_type, known, n=3, cutoff=0.5)
    if not close:
        # A prefix like "payment_intent" names a family of events.
        close = [k for k in known if k.startswith(event_type.rstrip(".") + ".")][:5]
    if close:
        return "; did you mean " + ", ".join(close) + "?"
    return "; list them with `python -m stripe_client events`"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m stripe_client",
        description="Send signed example webhook events to a local endpoint (offline `stripe trigger`).",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    trigger = commands.add_parser(
        "trigger",
        help="POST a signed example event to --forward-to",
        description=(
            "POST the example payload of EVENT_TYPE, with a fresh id and created time, signed like "
            "Stripe (Stripe-Signature: t=...,v1=...). Exit 0 on a 2xx response, 1 otherwise."
        ),
    )
    trigger.add_argument("event_type", metavar="EVENT_TYPE", help="e.g. payment_intent.succeeded")
    trigger.add_argument(
        "--forward-to", required=True, metavar="URL", help="e.g. http://127.0.0.1:3000/webhooks"
    )
    trigger.add_argument(
        "--secret",
        metavar="WHSEC",
        help=f"the endpoint's signing secret (whsec_...); default: ${SECRET_ENV}, which keeps it "
        "out of the process list",
    )
    trigger.add_argument("--version", metavar="DATE", help="API version of the example (default: latest)")
    trigger.add_argument(
        "--api-version-override",
        nargs="?",
        const="",
        default=None,
        metavar="DATE",
        help="set the event's api_version to --version (or to DATE); default: keep the example's",
    )
    trigger.add_argument("--timeout", type=float, default=10.0, metavar="SECONDS", help="default: 10")

    events = commands.add_parser("events", help="list the event types of a version")
    events.add_argument("--version", metavar="DATE", help="API version (default: latest)")
    return parser


def _run_events(args: argparse.Namespace, package: str) -> int:
    version = _resolve_version(args.version, package)
    listing = "".join(f"{event_type}\n" for event_type in sorted(event_examples(version, package)))
    try:
        sys.stdout.write(listing)
        sys.stdout.flush()
    except BrokenPipeError:  # `... events | head`: the reader left, which is fine
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return 0


def _run_trigger(args: argparse.Namespace, package: str) -> int:
    secret = args.secret if args.secret is not None else os.environ.get(SECRET_ENV)
    if not secret or not secret.strip():
        raise _UsageError(
            f"no webhook secret: pass --secret whsec_... or set {SECRET_ENV} "
            "(the signing secret your endpoint verifies with)"
        )
    version = _resolve_version(args.version, package)
    examples = event_examples(version, package)
    event_type: str = args.event_type
    if event_type not in examples:
        raise _UsageError(
            f"unknown event type {event_type!r} for API version {version}"
            + _suggest(event_type, sorted(examples))
        )
    override: str | None = args.api_version_override
    if override is not None and override != "" and not _DATE.match(override):
        raise _UsageError(f"--api-version-override {override!r} is not a date like 2024-02-15")
    api_version = None if override is None else (override or version)

    event = build_event(examples[event_type], api_version=api_version)
    body = json.dumps(event, indent=2, ensure_ascii=False).encode("utf-8")
    headers = {
        "Content-Type": "application/json",
        "Stripe-Signature": generate_test_header(body, secret),
        "User-Agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
    }
    url: str = args.forward_to
    print(f"Triggering {event_type} ({event['id']}, api_version {event.get('api_version')}) -> {url}")

    import httpx  # only when sending: `events` and the error paths above stay light

    try:
        response = httpx.post(
            url, content=body, headers=headers, timeout=args.timeout, follow_redirects=False
        )
    except httpx.ConnectError as exc:
        raise _UsageError(
            f"could not connect to {url}: {exc or 'connection refused'} (is your server listening there?)"
        ) from None
    except httpx.TimeoutException:
        raise _UsageError(f"{url} did not answer within {args.timeout:g} s") from None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        raise _UsageError(f"--forward-to {url!r} is not a usable http(s) URL: {exc}") from None
    except httpx.HTTPError as exc:
        raise _UsageError(f"POST {url} failed: {type(exc).__name__}: {exc}") from None

    status = f"[{response.status_code} {response.reason_phrase}] POST {url} [{event['id']}]"
    if response.is_success:
        print(status)
        return 0
    print(status, file=sys.stderr)
    detail = response.text.strip()
    if detail:
        print(f"response body: {detail[:500]}", file=sys.stderr)
    print("the endpoint did not answer 2xx: Stripe would retry this delivery", file=sys.stderr)
    return 1


def main(argv: Sequence[str] | None = None, *, package: str | None = None) -> int:
    """Run the command line; return the exit status (0 success, 1 failure)."""
    args = _parser().parse_args(argv)
    pkg = package or _default_package()
    try:
        if args.command == "events":
            return _run_events(args, pkg)
        return _run_trigger(args, pkg)
    except _UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
