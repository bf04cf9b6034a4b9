# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.test_helpers.treasury.outbound_payments`: 3 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.treasury_outbound_payment import TreasuryOutboundPayment
    from ..params import TestHelpersTreasuryOutboundPaymentsReturnReturnedDetailsParams


class TestHelpersTreasuryOutboundPaymentsResource:
    """`client.test_helpers.treasury.outbound_payments`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def fail(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryOutboundPayment:
        """<p>Transitions a test mode created OutboundPayment to the <code>failed</code> status. The OutboundPayment must already be in the <code>processing</code> state.</p>

        `POST /v1/test_helpers/treasury/outbound_payments/{id}/fail`
        """
        from ..models.treasury_outbound_payment import TreasuryOutboundPayment

        return self._client.request(
            "post",
            "/v1/test_helpers/treasury/outbound_payments/{id}/fail",
            path_params={
                "id": id,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TreasuryOutboundPayment,
            options=request_options,
        )

    def post(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryOutboundPayment:
        """<p>Transitions a test mode created OutboundPayment to the <code>posted</code> status. The OutboundPayment must already be in the <code>processing</code> state.</p>

        `POST /v1/test_helpers/treasury/outbound_payments/{id}/post`
        """
        from ..models.treasury_outbound_payment import TreasuryOutboundPayment

        return self._client.request(
            "post",
            "/v1/test_helpers/treasury/outbound_payments/{id}/post",
            path_params={
                "id": id,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TreasuryOutboundPayment,
            options=request_options,
        )

    def return_(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        returned_details: (
            TestHelpersTreasuryOutboundPaymentsReturnReturnedDetailsParams | None
        ) = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryOutboundPayment:
        """<p>Transitions a test mode created OutboundPayment to the <code>returned</code> status. The OutboundPayment must already be in the <code>processing</code> state.</p>

        `POST /v1/test_helpers/treasury/outbound_payments/{id}/return`
        """
        from ..models.treasury_outbound_payment import TreasuryOutboundPayment

        return self._client.request(
            "post",
            "/v1/test_helpers/treasury/outbound_payments/{id}/return",
            path_params={
                "id": id,
            },
            body={
                "expand": expand,
                "returned_details": returned_details,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TreasuryOutboundPayment,
            options=request_options,
        )


class AsyncTestHelpersTreasuryOutboundPaymentsResource:
    """`client.test_helpers.treasury.outbound_payments` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def fail(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryOutboundPayment:
        """<p>Transitions a test mode created OutboundPayment to the <code>failed</code> status. The OutboundPayment must already be in the <code>processing</code> state.</p>

        `POST /v1/test_helpers/treasury/outbound_payments/{id}/fail`
        """
        from ..models.treasury_outbound_payment import TreasuryOutboundPayment

        return await self._client.request(
            "post",
            "/v1/test_helpers/treasury/outbound_payments/{id}/fail",
            path_params={
                "id": id,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TreasuryOutboundPayment,
            options=request_options,
        )

    async def post(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryOutboundPayment:
        """<p>Transitions a test mode created OutboundPayment to the <code>posted</code> status. The OutboundPayment must already be in the <code>processing</code> state.</p>

        `POST /v1/test_helpers/treasury/outbound_payments/{id}/post`
        """
        from ..models.treasury_outbound_payment import TreasuryOutboundPayment

        return await self._client.request(
            "post",
            "/v1/test_helpers/treasury/outbound_payments/{id}/post",
            path_params={
                "id": id,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TreasuryOutboundPayment,
            options=request_options,
        )

    async def return_(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        returned_details: (
            TestHelpersTreasuryOutboundPaymentsReturnReturnedDetailsParams | None
        ) = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryOutboundPayment:
        """<p>Transitions a test mode created OutboundPayment to the <code>returned</code> status. The OutboundPayment must already be in the <code>processing</code> state.</p>

        `POST /v1/test_helpers/treasury/outbound_payments/{id}/return`
        """
        from ..models.treasury_outbound_payment import TreasuryOutboundPayment

        return await self._client.request(
            "post",
            "/v1/test_helpers/treasury/outbound_payments/{id}/return",
            path_params={
                "id": id,
            },
            body={
                "expand": expand,
                "returned_details": returned_details,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TreasuryOutboundPayment,
            options=request_options,
        )
