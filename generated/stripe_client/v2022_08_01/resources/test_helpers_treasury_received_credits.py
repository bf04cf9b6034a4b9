# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.test_helpers.treasury.received_credits`: 1 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.treasury_received_credit import TreasuryReceivedCredit
    from ..params import (
        TestHelpersTreasuryReceivedCreditsCreateInitiatingPaymentMethodDetailsParams,
    )


class TestHelpersTreasuryReceivedCreditsResource:
    """`client.test_helpers.treasury.received_credits`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        amount: int,
        currency: str,
        financial_account: str,
        network: Literal["ach", "us_domestic_wire"],
        description: str | None = None,
        expand: Sequence[str] | None = None,
        initiating_payment_method_details: (
            TestHelpersTreasuryReceivedCreditsCreateInitiatingPaymentMethodDetailsParams | None
        ) = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryReceivedCredit:
        """<p>Use this endpoint to simulate a test mode ReceivedCredit initiated by a third party. In live mode, you can’t directly create ReceivedCredits initiated by third parties.</p>

        `POST /v1/test_helpers/treasury/received_credits`
        """
        from ..models.treasury_received_credit import TreasuryReceivedCredit

        return self._client.request(
            "post",
            "/v1/test_helpers/treasury/received_credits",
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
            cast_to=TreasuryReceivedCredit,
            options=request_options,
        )


class AsyncTestHelpersTreasuryReceivedCreditsResource:
    """`client.test_helpers.treasury.received_credits` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        amount: int,
        currency: str,
        financial_account: str,
        network: Literal["ach", "us_domestic_wire"],
        description: str | None = None,
        expand: Sequence[str] | None = None,
        initiating_payment_method_details: (
            TestHelpersTreasuryReceivedCreditsCreateInitiatingPaymentMethodDetailsParams | None
        ) = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryReceivedCredit:
        """<p>Use this endpoint to simulate a test mode ReceivedCredit initiated by a third party. In live mode, you can’t directly create ReceivedCredits initiated by third parties.</p>

        `POST /v1/test_helpers/treasury/received_credits`
        """
        from ..models.treasury_received_credit import TreasuryReceivedCredit

        return await self._client.request(
            "post",
            "/v1/test_helpers/treasury/received_credits",
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
            cast_to=TreasuryReceivedCredit,
            options=request_options,
        )
