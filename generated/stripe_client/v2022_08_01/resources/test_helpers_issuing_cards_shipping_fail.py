# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.test_helpers.issuing.cards.shipping.fail`: 1 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.issuing_card import IssuingCard


class TestHelpersIssuingCardsShippingFailResource:
    """`client.test_helpers.issuing.cards.shipping.fail`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        card: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingCard:
        """<p>Updates the shipping status of the specified Issuing <code>Card</code> object to <code>failure</code>.</p>

        `POST /v1/test_helpers/issuing/cards/{card}/shipping/fail`
        """
        from ..models.issuing_card import IssuingCard

        return self._client.request(
            "post",
            "/v1/test_helpers/issuing/cards/{card}/shipping/fail",
            path_params={
                "card": card,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IssuingCard,
            options=request_options,
        )


class AsyncTestHelpersIssuingCardsShippingFailResource:
    """`client.test_helpers.issuing.cards.shipping.fail` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        card: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingCard:
        """<p>Updates the shipping status of the specified Issuing <code>Card</code> object to <code>failure</code>.</p>

        `POST /v1/test_helpers/issuing/cards/{card}/shipping/fail`
        """
        from ..models.issuing_card import IssuingCard

        return await self._client.request(
            "post",
            "/v1/test_helpers/issuing/cards/{card}/shipping/fail",
            path_params={
                "card": card,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IssuingCard,
            options=request_options,
        )
