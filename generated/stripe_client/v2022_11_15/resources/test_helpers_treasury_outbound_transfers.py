# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.test_helpers.treasury.outbound_transfers`: 3 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.treasury_outbound_transfer import TreasuryOutboundTransfer
    from ..params import TestHelpersTreasuryOutboundTransfersReturnReturnedDetailsParams


class TestHelpersTreasuryOutboundTransfersResource:
    """`client.test_helpers.treasury.outbound_transfers`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def fail(
        self,
        outbound_transfer: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryOutboundTransfer:
        """<p>Transitions a test mode created OutboundTransfer to the <code>failed</code> status. The OutboundTransfer must already be in the <code>processing</code> state.</p>

        `POST /v1/test_helpers/treasury/outbound_transfers/{outbound_transfer}/fail`
        """
        from ..models.treasury_outbound_transfer import TreasuryOutboundTransfer

        return self._client.request(
            "post",
            "/v1/test_helpers/treasury/outbound_transfers/{outbound_transfer}/fail",
            path_params={
                "outbound_transfer": outbound_transfer,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TreasuryOutboundTransfer,
            options=request_options,
        )

    def post(
        self,
        outbound_transfer: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryOutboundTransfer:
        """<p>Transitions a test mode created OutboundTransfer to the <code>posted</code> status. The OutboundTransfer must already be in the <code>processing</code> state.</p>

        `POST /v1/test_helpers/treasury/outbound_transfers/{outbound_transfer}/post`
        """
        from ..models.treasury_outbound_transfer import TreasuryOutboundTransfer

        return self._client.request(
            "post",
            "/v1/test_helpers/treasury/outbound_transfers/{outbound_transfer}/post",
            path_params={
                "outbound_transfer": outbound_transfer,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TreasuryOutboundTransfer,
            options=request_options,
        )

    def return_(
        self,
        outbound_transfer: str,
        *,
        expand: Sequence[str] | None = None,
        returned_details: (
            TestHelpersTreasuryOutboundTransfersReturnReturnedDetailsParams | None
        ) = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryOutboundTransfer:
        """<p>Transitions a test mode created OutboundTransfer to the <code>returned</code> status. The OutboundTransfer must already be in the <code>processing</code> state.</p>

        `POST /v1/test_helpers/treasury/outbound_transfers/{outbound_transfer}/return`
        """
        from ..models.treasury_outbound_transfer import TreasuryOutboundTransfer

        return self._client.request(
            "post",
            "/v1/test_helpers/treasury/outbound_transfers/{outbound_transfer}/return",
            path_params={
                "outbound_transfer": outbound_transfer,
            },
            body={
                "expand": expand,
                "returned_details": returned_details,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TreasuryOutboundTransfer,
            options=request_options,
        )


class AsyncTestHelpersTreasuryOutboundTransfersResource:
    """`client.test_helpers.treasury.outbound_transfers` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def fail(
        self,
        outbound_transfer: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryOutboundTransfer:
        """<p>Transitions a test mode created OutboundTransfer to the <code>failed</code> status. The OutboundTransfer must already be in the <code>processing</code> state.</p>

        `POST /v1/test_helpers/treasury/outbound_transfers/{outbound_transfer}/fail`
        """
        from ..models.treasury_outbound_transfer import TreasuryOutboundTransfer

        return await self._client.request(
            "post",
            "/v1/test_helpers/treasury/outbound_transfers/{outbound_transfer}/fail",
            path_params={
                "outbound_transfer": outbound_transfer,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TreasuryOutboundTransfer,
            options=request_options,
        )

    async def post(
        self,
        outbound_transfer: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryOutboundTransfer:
        """<p>Transitions a test mode created OutboundTransfer to the <code>posted</code> status. The OutboundTransfer must already be in the <code>processing</code> state.</p>

        `POST /v1/test_helpers/treasury/outbound_transfers/{outbound_transfer}/post`
        """
        from ..models.treasury_outbound_transfer import TreasuryOutboundTransfer

        return await self._client.request(
            "post",
            "/v1/test_helpers/treasury/outbound_transfers/{outbound_transfer}/post",
            path_params={
                "outbound_transfer": outbound_transfer,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TreasuryOutboundTransfer,
            options=request_options,
        )

    async def return_(
        self,
        outbound_transfer: str,
        *,
        expand: Sequence[str] | None = None,
        returned_details: (
            TestHelpersTreasuryOutboundTransfersReturnReturnedDetailsParams | None
        ) = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryOutboundTransfer:
        """<p>Transitions a test mode created OutboundTransfer to the <code>returned</code> status. The OutboundTransfer must already be in the <code>processing</code> state.</p>

        `POST /v1/test_helpers/treasury/outbound_transfers/{outbound_transfer}/return`
        """
        from ..models.treasury_outbound_transfer import TreasuryOutboundTransfer

        return await self._client.request(
            "post",
            "/v1/test_helpers/treasury/outbound_transfers/{outbound_transfer}/return",
            path_params={
                "outbound_transfer": outbound_transfer,
            },
            body={
                "expand": expand,
                "returned_details": returned_details,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TreasuryOutboundTransfer,
            options=request_options,
        )
