# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.test_helpers.issuing.cards`: 0 operation(s)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from .test_helpers_issuing_cards_shipping import (
        TestHelpersIssuingCardsShippingResource,
        AsyncTestHelpersIssuingCardsShippingResource,
    )


class TestHelpersIssuingCardsResource:
    """`client.test_helpers.issuing.cards`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def shipping(self) -> TestHelpersIssuingCardsShippingResource:
        from .test_helpers_issuing_cards_shipping import TestHelpersIssuingCardsShippingResource

        return TestHelpersIssuingCardsShippingResource(self._client)


class AsyncTestHelpersIssuingCardsResource:
    """`client.test_helpers.issuing.cards` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def shipping(self) -> AsyncTestHelpersIssuingCardsShippingResource:
        from .test_helpers_issuing_cards_shipping import (
            AsyncTestHelpersIssuingCardsShippingResource,
        )

        return AsyncTestHelpersIssuingCardsShippingResource(self._client)
