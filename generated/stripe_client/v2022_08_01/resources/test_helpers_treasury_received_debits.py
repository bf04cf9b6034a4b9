# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.test_helpers.treasury.received_debits`: 1 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.treasury_received_debit import TreasuryReceivedDebit
    from ..params import TestHelpersTreasuryReceivedDebitsCreateInitiatingPaymentMethodDetailsParams


class TestHelpersTreasuryReceivedDebitsResource:
    """`client.test_helpers.treasury.received_debits`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        amount: int,
        currency: str,
        financial_account: str,
        network: Literal["ach"] = "ach",
        description: str | None = None,
        expand: Sequence[str] | None = None,
        initiating_payment_method_details: (
            TestHelpersTreasuryReceivedDebitsCreateInitiatingPaymentMethodDetailsParams | None
        ) = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryReceivedDebit:
        """<p>Use this endpoint to simulate a test mode ReceivedDebit initiated by a third party. In live mode, you can’t directly create ReceivedDebits initiated by third parties.</p>

        `POST /v1/test_helpers/treasury/received_debits`
        """
        from ..models.treasury_received_debit import TreasuryReceivedDebit

        return self._client.request(
            "post",
            "/v1/test_helpers/treasury/received_debits",
            body={
                "amount": amount,
                "currency": currency,
                "financial_account": financial_account,
                "network": network,
                "description": description,
                "expand": expand,
                "initiating_payment_method_details": initiating_payment_method_details,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TreasuryReceivedDebit,
            options=request_options,
        )


class AsyncTestHelpersTreasuryReceivedDebitsResource:
    """`client.test_helpers.treasury.received_debits` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        amount: int,
        currency: str,
        financial_account: str,
        network: Literal["ach"] = "ach",
        description: str | None = None,
        expand: Sequence[str] | None = None,
        initiating_payment_method_details: (
            TestHelpersTreasuryReceivedDebitsCreateInitiatingPaymentMethodDetailsParams | None
        ) = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryReceivedDebit:
        """<p>Use this endpoint to simulate a test mode ReceivedDebit initiated by a third party. In live mode, you can’t directly create ReceivedDebits initiated by third parties.</p>

        `POST /v1/test_helpers/treasury/received_debits`
        """
        from ..models.treasury_received_debit import TreasuryReceivedDebit

        return await self._client.request(
            "post",
            "/v1/test_helpers/treasury/received_debits",
            body={
                "amount": amount,
                "currency": currency,
                "financial_account": financial_account,
                "network": network,
                "description": description,
                "expand": expand,
                "initiating_payment_method_details": initiating_payment_method_details,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TreasuryReceivedDebit,
            options=request_options,
        )
