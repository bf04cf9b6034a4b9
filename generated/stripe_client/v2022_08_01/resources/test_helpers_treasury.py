# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.test_helpers.treasury`: 0 operation(s)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from .test_helpers_treasury_inbound_transfers import (
        TestHelpersTreasuryInboundTransfersResource,
        AsyncTestHelpersTreasuryInboundTransfersResource,
    )
    from .test_helpers_treasury_outbound_payments import (
        TestHelpersTreasuryOutboundPaymentsResource,
        AsyncTestHelpersTreasuryOutboundPaymentsResource,
    )
    from .test_helpers_treasury_outbound_transfers import (
        TestHelpersTreasuryOutboundTransfersResource,
        AsyncTestHelpersTreasuryOutboundTransfersResource,
    )
    from .test_helpers_treasury_received_credits import (
        TestHelpersTreasuryReceivedCreditsResource,
        AsyncTestHelpersTreasuryReceivedCreditsResource,
    )
    from .test_helpers_treasury_received_debits import (
        TestHelpersTreasuryReceivedDebitsResource,
        AsyncTestHelpersTreasuryReceivedDebitsResource,
    )


class TestHelpersTreasuryResource:
    """`client.test_helpers.treasury`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def inbound_transfers(self) -> TestHelpersTreasuryInboundTransfersResource:
        from .test_helpers_treasury_inbound_transfers import (
            TestHelpersTreasuryInboundTransfersResource,
        )

        return TestHelpersTreasuryInboundTransfersResource(self._client)

    @cached_property
    def outbound_payments(self) -> TestHelpersTreasuryOutboundPaymentsResource:
        from .test_helpers_treasury_outbound_payments import (
            TestHelpersTreasuryOutboundPaymentsResource,
        )

        return TestHelpersTreasuryOutboundPaymentsResource(self._client)

    @cached_property
    def outbound_transfers(self) -> TestHelpersTreasuryOutboundTransfersResource:
        from .test_helpers_treasury_outbound_transfers import (
            TestHelpersTreasuryOutboundTransfersResource,
        )

        return TestHelpersTreasuryOutboundTransfersResource(self._client)

    @cached_property
    def received_credits(self) -> TestHelpersTreasuryReceivedCreditsResource:
        from .test_helpers_treasury_received_credits import (
            TestHelpersTreasuryReceivedCreditsResource,
        )

        return TestHelpersTreasuryReceivedCreditsResource(self._client)

    @cached_property
    def received_debits(self) -> TestHelpersTreasuryReceivedDebitsResource:
        from .test_helpers_treasury_received_debits import TestHelpersTreasuryReceivedDebitsResource

        return TestHelpersTreasuryReceivedDebitsResource(self._client)


class AsyncTestHelpersTreasuryResource:
    """`client.test_helpers.treasury` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def inbound_transfers(self) -> AsyncTestHelpersTreasuryInboundTransfersResource:
        from .test_helpers_treasury_inbound_transfers import (
            AsyncTestHelpersTreasuryInboundTransfersResource,
        )

        return AsyncTestHelpersTreasuryInboundTransfersResource(self._client)

    @cached_property
    def outbound_payments(self) -> AsyncTestHelpersTreasuryOutboundPaymentsResource:
        from .test_helpers_treasury_outbound_payments import (
            AsyncTestHelpersTreasuryOutboundPaymentsResource,
        )

        return AsyncTestHelpersTreasuryOutboundPaymentsResource(self._client)

    @cached_property
    def outbound_transfers(self) -> AsyncTestHelpersTreasuryOutboundTransfersResource:
        from .test_helpers_treasury_outbound_transfers import (
            AsyncTestHelpersTreasuryOutboundTransfersResource,
        )

        return AsyncTestHelpersTreasuryOutboundTransfersResource(self._client)

    @cached_property
    def received_credits(self) -> AsyncTestHelpersTreasuryReceivedCreditsResource:
        from .test_helpers_treasury_received_credits import (
            AsyncTestHelpersTreasuryReceivedCreditsResource,
        )

        return AsyncTestHelpersTreasuryReceivedCreditsResource(self._client)

    @cached_property
    def received_debits(self) -> AsyncTestHelpersTreasuryReceivedDebitsResource:
        from .test_helpers_treasury_received_debits import (
            AsyncTestHelpersTreasuryReceivedDebitsResource,
        )

        return AsyncTestHelpersTreasuryReceivedDebitsResource(self._client)
