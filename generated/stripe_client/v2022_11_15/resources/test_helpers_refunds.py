# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.test_helpers.refunds`: 1 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.refund import Refund


class TestHelpersRefundsResource:
    """`client.test_helpers.refunds`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def expire(
        self,
        refund: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Refund:
        """<p>Expire a refund with a status of <code>requires_action</code>.</p>

        `POST /v1/test_helpers/refunds/{refund}/expire`
        """
        from ..models.refund import Refund

        return self._client.request(
            "post",
            "/v1/test_helpers/refunds/{refund}/expire",
            path_params={
                "refund": refund,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Refund,
            options=request_options,
        )


class AsyncTestHelpersRefundsResource:
    """`client.test_helpers.refunds` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def expire(
        self,
        refund: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Refund:
        """<p>Expire a refund with a status of <code>requires_action</code>.</p>

        `POST /v1/test_helpers/refunds/{refund}/expire`
        """
        from ..models.refund import Refund

        return await self._client.request(
            "post",
            "/v1/test_helpers/refunds/{refund}/expire",
            path_params={
                "refund": refund,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Refund,
            options=request_options,
        )
