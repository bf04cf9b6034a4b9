"""The README's client examples run as written, against the fake Stripe on 127.0.0.1."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path
from typing import Any

import pytest

import stripe_client
from generator.mock import MockServer

README = Path(__file__).resolve().parents[2] / "README.md"


def client_examples() -> list[str]:
    """The Python blocks of the section "Using the generated client" (the side-by-side migration
    snippets excepted: tests/e2e/test_migration.py runs that integration)."""
    text = README.read_text(encoding="utf-8")
    section = text.split("## Using the generated client", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, re.S)
    return [b for b in blocks if not b.startswith(("# stripe-python", "# stripe_client"))]


def pointed_at(server: MockServer, cls: type[Any]) -> type[Any]:
    """The client class as the README imports it, with the fake server as its default hosts."""

    class Local(cls):  # type: ignore[misc, valid-type]
        def __init__(self, **kwargs: Any) -> None:
            super().__init__(**{"base_url": server.url, "connect_base_url": server.url, **kwargs})

    return Local


def test_the_readme_has_the_examples() -> None:
    blocks = client_examples()
    assert len(blocks) >= 3
    assert "client.checkout.sessions.create(" in blocks[0] and "client.prices.create(" in blocks[0]


@pytest.mark.parametrize("index", range(len(client_examples())))
def test_each_example_runs(index: int, mock: MockServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stripe_client, "StripeClient", pointed_at(mock, stripe_client.StripeClient))
    monkeypatch.setattr(stripe_client, "AsyncStripeClient", pointed_at(mock, stripe_client.AsyncStripeClient))
    code = client_examples()[index]
    if "async with" in code:  # a block of awaits: run it as the body of a coroutine
        code = "async def main():\n" + "".join(f"    {line}\n" for line in code.splitlines()) + "asyncio.run(main())\n"
    namespace: dict[str, Any] = {"asyncio": asyncio}
    if index > 0:  # later blocks use the imports and the `client` of the first
        namespace.update(StripeClient=stripe_client.StripeClient, AsyncStripeClient=stripe_client.AsyncStripeClient)
        namespace["client"] = stripe_client.StripeClient(api_key="sk_test_readme")
    exec(compile(code, f"README.md block {index}", "exec"), namespace)
    assert mock.requests, "the example made no request"
