# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.test_helpers.issuing.cards.shipping`: 0 operation(s)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from .test_helpers_issuing_cards_shipping_deliver import (
        TestHelpersIssuingCardsShippingDeliverResource,
        AsyncTestHelpersIssuingCardsShippingDeliverResource,
    )
    from .test_helpers_issuing_cards_shipping_fail import (
        TestHelpersIssuingCardsShippingFailResource,
        AsyncTestHelpersIssuingCardsShippingFailResource,
    )
    from .test_helpers_issuing_cards_shipping_return_ import (
        TestHelpersIssuingCardsShippingReturnResource,
        AsyncTestHelpersIssuingCardsShippingReturnResource,
    )
    from .test_helpers_issuing_cards_shipping_ship import (
        TestHelpersIssuingCardsShippingShipResource,
        AsyncTestHelpersIssuingCardsShippingShipResource,
    )


class TestHelpersIssuingCardsShippingResource:
    """`client.test_helpers.issuing.cards.shipping`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def deliver(self) -> TestHelpersIssuingCardsShippingDeliverResource:
        from .test_helpers_issuing_cards_shipping_deliver import (
            TestHelpersIssuingCardsShippingDeliverResource,
        )

        return TestHelpersIssuingCardsShippingDeliverResource(self._client)

    @cached_property
    def fail(self) -> TestHelpersIssuingCardsShippingFailResource:
        from .test_helpers_issuing_cards_shipping_fail import (
            TestHelpersIssuingCardsShippingFailResource,
        )

        return TestHelpersIssuingCardsShippingFailResource(self._client)

    @cached_property
    def return_(self) -> TestHelpersIssuingCardsShippingReturnResource:
        from .test_helpers_issuing_cards_shipping_return_ import (
            TestHelpersIssuingCardsShippingReturnResource,
        )

        return TestHelpersIssuingCardsShippingReturnResource(self._client)

    @cached_property
    def ship(self) -> TestHelpersIssuingCardsShippingShipResource:
        from .test_helpers_issuing_cards_shipping_ship import (
            TestHelpersIssuingCardsShippingShipResource,
        )

        return TestHelpersIssuingCardsShippingShipResource(self._client)


class AsyncTestHelpersIssuingCardsShippingResource:
    """`client.test_helpers.issuing.cards.shipping` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def deliver(self) -> AsyncTestHelpersIssuingCardsShippingDeliverResource:
        from .test_helpers_issuing_cards_shipping_deliver import (
            AsyncTestHelpersIssuingCardsShippingDeliverResource,
        )

        return AsyncTestHelpersIssuingCardsShippingDeliverResource(self._client)

    @cached_property
    def fail(self) -> AsyncTestHelpersIssuingCardsShippingFailResource:
        from .test_helpers_issuing_cards_shipping_fail import (
            AsyncTestHelpersIssuingCardsShippingFailResource,
        )

        return AsyncTestHelpersIssuingCardsShippingFailResource(self._client)

    @cached_property
    def return_(self) -> AsyncTestHelpersIssuingCardsShippingReturnResource:
        from .test_helpers_issuing_cards_shipping_return_ import (
            AsyncTestHelpersIssuingCardsShippingReturnResource,
        )

        return AsyncTestHelpersIssuingCardsShippingReturnResource(self._client)

    @cached_property
    def ship(self) -> AsyncTestHelpersIssuingCardsShippingShipResource:
        from .test_helpers_issuing_cards_shipping_ship import (
            AsyncTestHelpersIssuingCardsShippingShipResource,
        )

        return AsyncTestHelpersIssuingCardsShippingShipResource(self._client)
