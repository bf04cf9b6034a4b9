# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.test_helpers.treasury.inbound_transfers`: 3 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.treasury_inbound_transfer import TreasuryInboundTransfer
    from ..params import TestHelpersTreasuryInboundTransfersFailFailureDetailsParams


class TestHelpersTreasuryInboundTransfersResource:
    """`client.test_helpers.treasury.inbound_transfers`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def fail(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        failure_details: TestHelpersTreasuryInboundTransfersFailFailureDetailsParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryInboundTransfer:
        """<p>Transitions a test mode created InboundTransfer to the <code>failed</code> status. The InboundTransfer must already be in the <code>processing</code> state.</p>

        `POST /v1/test_helpers/treasury/inbound_transfers/{id}/fail`
        """
        from ..models.treasury_inbound_transfer import TreasuryInboundTransfer

        return self._client.request(
            "post",
            "/v1/test_helpers/treasury/inbound_transfers/{id}/fail",
            path_params={
                "id": id,
            },
            body={
                "expand": expand,
                "failure_details": failure_details,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TreasuryInboundTransfer,
            options=request_options,
        )

    def return_(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryInboundTransfer:
        """<p>Marks the test mode InboundTransfer object as returned and links the InboundTransfer to a ReceivedDebit. The InboundTransfer must already be in the <code>succeeded</code> state.</p>

        `POST /v1/test_helpers/treasury/inbound_transfers/{id}/return`
        """
        from ..models.treasury_inbound_transfer import TreasuryInboundTransfer

        return self._client.request(
            "post",
            "/v1/test_helpers/treasury/inbound_transfers/{id}/return",
            path_params={
                "id": id,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TreasuryInboundTransfer,
            options=request_options,
        )

    def succeed(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryInboundTransfer:
        """<p>Transitions a test mode created InboundTransfer to the <code>succeeded</code> status. The InboundTransfer must already be in the <code>processing</code> state.</p>

        `POST /v1/test_helpers/treasury/inbound_transfers/{id}/succeed`
        """
        from ..models.treasury_inbound_transfer import TreasuryInboundTransfer

        return self._client.request(
            "post",
            "/v1/test_helpers/treasury/inbound_transfers/{id}/succeed",
            path_params={
                "id": id,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TreasuryInboundTransfer,
            options=request_options,
        )


class AsyncTestHelpersTreasuryInboundTransfersResource:
    """`client.test_helpers.treasury.inbound_transfers` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def fail(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        failure_details: TestHelpersTreasuryInboundTransfersFailFailureDetailsParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryInboundTransfer:
        """<p>Transitions a test mode created InboundTransfer to the <code>failed</code> status. The InboundTransfer must already be in the <code>processing</code> state.</p>

        `POST /v1/test_helpers/treasury/inbound_transfers/{id}/fail`
        """
        from ..models.treasury_inbound_transfer import TreasuryInboundTransfer

        return await self._client.request(
            "post",
            "/v1/test_helpers/treasury/inbound_transfers/{id}/fail",
            path_params={
                "id": id,
            },
            body={
                "expand": expand,
                "failure_details": failure_details,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TreasuryInboundTransfer,
            options=request_options,
        )

    async def return_(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryInboundTransfer:
        """<p>Marks the test mode InboundTransfer object as returned and links the InboundTransfer to a ReceivedDebit. The InboundTransfer must already be in the <code>succeeded</code> state.</p>

        `POST /v1/test_helpers/treasury/inbound_transfers/{id}/return`
        """
        from ..models.treasury_inbound_transfer import TreasuryInboundTransfer

        return await self._client.request(
            "post",
            "/v1/test_helpers/treasury/inbound_transfers/{id}/return",
            path_params={
                "id": id,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TreasuryInboundTransfer,
            options=request_options,
        )

    async def succeed(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryInboundTransfer:
        """<p>Transitions a test mode created InboundTransfer to the <code>succeeded</code> status. The InboundTransfer must already be in the <code>processing</code> state.</p>

        `POST /v1/test_helpers/treasury/inbound_transfers/{id}/succeed`
        """
        from ..models.treasury_inbound_transfer import TreasuryInboundTransfer

        return await self._client.request(
            "post",
            "/v1/test_helpers/treasury/inbound_transfers/{id}/succeed",
            path_params={
                "id": id,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TreasuryInboundTransfer,
            options=request_options,
        )
