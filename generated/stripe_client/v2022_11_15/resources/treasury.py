# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.treasury`: 0 operation(s)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from .treasury_credit_reversals import (
        TreasuryCreditReversalsResource,
        AsyncTreasuryCreditReversalsResource,
    )
    from .treasury_debit_reversals import (
        TreasuryDebitReversalsResource,
        AsyncTreasuryDebitReversalsResource,
    )
    from .treasury_financial_accounts import (
        TreasuryFinancialAccountsResource,
        AsyncTreasuryFinancialAccountsResource,
    )
    from .treasury_inbound_transfers import (
        TreasuryInboundTransfersResource,
        AsyncTreasuryInboundTransfersResource,
    )
    from .treasury_outbound_payments import (
        TreasuryOutboundPaymentsResource,
        AsyncTreasuryOutboundPaymentsResource,
    )
    from .treasury_outbound_transfers import (
        TreasuryOutboundTransfersResource,
        AsyncTreasuryOutboundTransfersResource,
    )
    from .treasury_received_credits import (
        TreasuryReceivedCreditsResource,
        AsyncTreasuryReceivedCreditsResource,
    )
    from .treasury_received_debits import (
        TreasuryReceivedDebitsResource,
        AsyncTreasuryReceivedDebitsResource,
    )
    from .treasury_transaction_entries import (
        TreasuryTransactionEntriesResource,
        AsyncTreasuryTransactionEntriesResource,
    )
    from .treasury_transactions import (
        TreasuryTransactionsResource,
        AsyncTreasuryTransactionsResource,
    )


class TreasuryResource:
    """`client.treasury`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def credit_reversals(self) -> TreasuryCreditReversalsResource:
        from .treasury_credit_reversals import TreasuryCreditReversalsResource

        return TreasuryCreditReversalsResource(self._client)

    @cached_property
    def debit_reversals(self) -> TreasuryDebitReversalsResource:
        from .treasury_debit_reversals import TreasuryDebitReversalsResource

        return TreasuryDebitReversalsResource(self._client)

    @cached_property
    def financial_accounts(self) -> TreasuryFinancialAccountsResource:
        from .treasury_financial_accounts import TreasuryFinancialAccountsResource

        return TreasuryFinancialAccountsResource(self._client)

    @cached_property
    def inbound_transfers(self) -> TreasuryInboundTransfersResource:
        from .treasury_inbound_transfers import TreasuryInboundTransfersResource

        return TreasuryInboundTransfersResource(self._client)

    @cached_property
    def outbound_payments(self) -> TreasuryOutboundPaymentsResource:
        from .treasury_outbound_payments import TreasuryOutboundPaymentsResource

        return TreasuryOutboundPaymentsResource(self._client)

    @cached_property
    def outbound_transfers(self) -> TreasuryOutboundTransfersResource:
        from .treasury_outbound_transfers import TreasuryOutboundTransfersResource

        return TreasuryOutboundTransfersResource(self._client)

    @cached_property
    def received_credits(self) -> TreasuryReceivedCreditsResource:
        from .treasury_received_credits import TreasuryReceivedCreditsResource

        return TreasuryReceivedCreditsResource(self._client)

    @cached_property
    def received_debits(self) -> TreasuryReceivedDebitsResource:
        from .treasury_received_debits import TreasuryReceivedDebitsResource

        return TreasuryReceivedDebitsResource(self._client)

    @cached_property
    def transaction_entries(self) -> TreasuryTransactionEntriesResource:
        from .treasury_transaction_entries import TreasuryTransactionEntriesResource

        return TreasuryTransactionEntriesResource(self._client)

    @cached_property
    def transactions(self) -> TreasuryTransactionsResource:
        from .treasury_transactions import TreasuryTransactionsResource

        return TreasuryTransactionsResource(self._client)


class AsyncTreasuryResource:
    """`client.treasury` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def credit_reversals(self) -> AsyncTreasuryCreditReversalsResource:
        from .treasury_credit_reversals import AsyncTreasuryCreditReversalsResource

        return AsyncTreasuryCreditReversalsResource(self._client)

    @cached_property
    def debit_reversals(self) -> AsyncTreasuryDebitReversalsResource:
        from .treasury_debit_reversals import AsyncTreasuryDebitReversalsResource

        return AsyncTreasuryDebitReversalsResource(self._client)

    @cached_property
    def financial_accounts(self) -> AsyncTreasuryFinancialAccountsResource:
        from .treasury_financial_accounts import AsyncTreasuryFinancialAccountsResource

        return AsyncTreasuryFinancialAccountsResource(self._client)

    @cached_property
    def inbound_transfers(self) -> AsyncTreasuryInboundTransfersResource:
        from .treasury_inbound_transfers import AsyncTreasuryInboundTransfersResource

        return AsyncTreasuryInboundTransfersResource(self._client)

    @cached_property
    def outbound_payments(self) -> AsyncTreasuryOutboundPaymentsResource:
        from .treasury_outbound_payments import AsyncTreasuryOutboundPaymentsResource

        return AsyncTreasuryOutboundPaymentsResource(self._client)

    @cached_property
    def outbound_transfers(self) -> AsyncTreasuryOutboundTransfersResource:
        from .treasury_outbound_transfers import AsyncTreasuryOutboundTransfersResource

        return AsyncTreasuryOutboundTransfersResource(self._client)

    @cached_property
    def received_credits(self) -> AsyncTreasuryReceivedCreditsResource:
        from .treasury_received_credits import AsyncTreasuryReceivedCreditsResource

        return AsyncTreasuryReceivedCreditsResource(self._client)

    @cached_property
    def received_debits(self) -> AsyncTreasuryReceivedDebitsResource:
        from .treasury_received_debits import AsyncTreasuryReceivedDebitsResource

        return AsyncTreasuryReceivedDebitsResource(self._client)

    @cached_property
    def transaction_entries(self) -> AsyncTreasuryTransactionEntriesResource:
        from .treasury_transaction_entries import AsyncTreasuryTransactionEntriesResource

        return AsyncTreasuryTransactionEntriesResource(self._client)

    @cached_property
    def transactions(self) -> AsyncTreasuryTransactionsResource:
        from .treasury_transactions import AsyncTreasuryTransactionsResource

        return AsyncTreasuryTransactionsResource(self._client)
