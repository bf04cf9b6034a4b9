"""One Event: `client.events.retrieve()`/`list()` return the typed event union that webhooks give."""

from __future__ import annotations

import asyncio
from types import ModuleType

import stripe_client
from generator.mock import MockServer

from .conftest import API_KEY


def test_models_event_is_the_union_webhooks_use(pkg: ModuleType) -> None:
    assert pkg.models.Event is pkg.events.Event
    assert stripe_client.Event is stripe_client.v2023_08_16.events.Event


def test_events_come_back_typed_sync_and_async(pkg: ModuleType, mock: MockServer) -> None:
    mock.reset()
    with pkg.StripeClient(api_key=API_KEY, base_url=mock.url) as client:
        customer = client.customers.create(email="jenny@example.com")
        client.customers.update(customer.id, metadata={"order": "6735"})
        listed = client.events.list(limit=10).data
        assert [type(e).__name__ for e in listed][-2:] == ["CustomerUpdatedEvent", "CustomerCreatedEvent"]
        event = client.events.retrieve(listed[-1].id)
        assert isinstance(event, pkg.models.CustomerCreatedEvent) and event.data.object.email == "jenny@example.com"
        assert [e.id for e in client.events.list(limit=1).auto_paging_iter()] == [e.id for e in listed]

    async def scenario() -> None:
        async with pkg.AsyncStripeClient(api_key=API_KEY, base_url=mock.url) as client:
            event = await client.events.retrieve(listed[0].id)
            assert isinstance(event, pkg.models.CustomerUpdatedEvent)
            assert event.data.previous_attributes is not None

    asyncio.run(scenario())
