# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.test_helpers.issuing.transactions`: 3 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.issuing_transaction import IssuingTransaction
    from ..params import TestHelpersIssuingTransactionsCreateForceCaptureMerchantDataParams
    from ..params import TestHelpersIssuingTransactionsCreateForceCapturePurchaseDetailsParams
    from ..params import TestHelpersIssuingTransactionsCreateUnlinkedRefundMerchantDataParams
    from ..params import TestHelpersIssuingTransactionsCreateUnlinkedRefundPurchaseDetailsParams


class TestHelpersIssuingTransactionsResource:
    """`client.test_helpers.issuing.transactions`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create_force_capture(
        self,
        *,
        amount: int,
        card: str,
        currency: str | None = None,
        expand: Sequence[str] | None = None,
        merchant_data: (
            TestHelpersIssuingTransactionsCreateForceCaptureMerchantDataParams | None
        ) = None,
        purchase_details: (
            TestHelpersIssuingTransactionsCreateForceCapturePurchaseDetailsParams | None
        ) = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingTransaction:
        """<p>Allows the user to capture an arbitrary amount, also known as a forced capture.</p>

        `POST /v1/test_helpers/issuing/transactions/create_force_capture`
        """
        from ..models.issuing_transaction import IssuingTransaction

        return self._client.request(
            "post",
            "/v1/test_helpers/issuing/transactions/create_force_capture",
            body={
                "amount": amount,
                "card": card,
                "currency": currency,
                "expand": expand,
                "merchant_data": merchant_data,
                "purchase_details": purchase_details,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IssuingTransaction,
            options=request_options,
        )

    def create_unlinked_refund(
        self,
        *,
        amount: int,
        card: str,
        currency: str | None = None,
        expand: Sequence[str] | None = None,
        merchant_data: (
            TestHelpersIssuingTransactionsCreateUnlinkedRefundMerchantDataParams | None
        ) = None,
        purchase_details: (
            TestHelpersIssuingTransactionsCreateUnlinkedRefundPurchaseDetailsParams | None
        ) = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingTransaction:
        """<p>Allows the user to refund an arbitrary amount, also known as a unlinked refund.</p>

        `POST /v1/test_helpers/issuing/transactions/create_unlinked_refund`
        """
        from ..models.issuing_transaction import IssuingTransaction

        return self._client.request(
            "post",
            "/v1/test_helpers/issuing/transactions/create_unlinked_refund",
            body={
                "amount": amount,
                "card": card,
                "currency": currency,
                "expand": expand,
                "merchant_data": merchant_data,
                "purchase_details": purchase_details,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IssuingTransaction,
            options=request_options,
        )

    def refund(
        self,
        transaction: str,
        *,
        expand: Sequence[str] | None = None,
        refund_amount: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingTransaction:
        """<p>Refund a test-mode Transaction.</p>

        `POST /v1/test_helpers/issuing/transactions/{transaction}/refund`
        """
        from ..models.issuing_transaction import IssuingTransaction

        return self._client.request(
            "post",
            "/v1/test_helpers/issuing/transactions/{transaction}/refund",
            path_params={
                "transaction": transaction,
            },
            body={
                "expand": expand,
                "refund_amount": refund_amount,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IssuingTransaction,
            options=request_options,
        )


class AsyncTestHelpersIssuingTransactionsResource:
    """`client.test_helpers.issuing.transactions` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create_force_capture(
        self,
        *,
        amount: int,
        card: str,
        currency: str | None = None,
        expand: Sequence[str] | None = None,
        merchant_data: (
            TestHelpersIssuingTransactionsCreateForceCaptureMerchantDataParams | None
        ) = None,
        purchase_details: (
            TestHelpersIssuingTransactionsCreateForceCapturePurchaseDetailsParams | None
        ) = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingTransaction:
        """<p>Allows the user to capture an arbitrary amount, also known as a forced capture.</p>

        `POST /v1/test_helpers/issuing/transactions/create_force_capture`
        """
        from ..models.issuing_transaction import IssuingTransaction

        return await self._client.request(
            "post",
            "/v1/test_helpers/issuing/transactions/create_force_capture",
            body={
                "amount": amount,
                "card": card,
                "currency": currency,
                "expand": expand,
                "merchant_data": merchant_data,
                "purchase_details": purchase_details,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IssuingTransaction,
            options=request_options,
        )

    async def create_unlinked_refund(
        self,
        *,
        amount: int,
        card: str,
        currency: str | None = None,
        expand: Sequence[str] | None = None,
        merchant_data: (
            TestHelpersIssuingTransactionsCreateUnlinkedRefundMerchantDataParams | None
        ) = None,
        purchase_details: (
            TestHelpersIssuingTransactionsCreateUnlinkedRefundPurchaseDetailsParams | None
        ) = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingTransaction:
        """<p>Allows the user to refund an arbitrary amount, also known as a unlinked refund.</p>

        `POST /v1/test_helpers/issuing/transactions/create_unlinked_refund`
        """
        from ..models.issuing_transaction import IssuingTransaction

        return await self._client.request(
            "post",
            "/v1/test_helpers/issuing/transactions/create_unlinked_refund",
            body={
                "amount": amount,
                "card": card,
                "currency": currency,
                "expand": expand,
                "merchant_data": merchant_data,
                "purchase_details": purchase_details,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IssuingTransaction,
            options=request_options,
        )

    async def refund(
        self,
        transaction: str,
        *,
        expand: Sequence[str] | None = None,
        refund_amount: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingTransaction:
        """<p>Refund a test-mode Transaction.</p>

        `POST /v1/test_helpers/issuing/transactions/{transaction}/refund`
        """
        from ..models.issuing_transaction import IssuingTransaction

        return await self._client.request(
            "post",
            "/v1/test_helpers/issuing/transactions/{transaction}/refund",
            path_params={
                "transaction": transaction,
            },
            body={
                "expand": expand,
                "refund_amount": refund_amount,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IssuingTransaction,
            options=request_options,
        )
