# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.test_helpers.terminal.readers`: 1 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.terminal_reader import TerminalReader
    from ..params import TestHelpersTerminalReadersPresentPaymentMethodCardPresentParams


class TestHelpersTerminalReadersResource:
    """`client.test_helpers.terminal.readers`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def present_payment_method(
        self,
        reader: str,
        *,
        card_present: TestHelpersTerminalReadersPresentPaymentMethodCardPresentParams | None = None,
        expand: Sequence[str] | None = None,
        type: Literal["card_present"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TerminalReader:
        """<p>Presents a payment method on a simulated reader. Can be used to simulate accepting a payment, saving a card or refunding a transaction.</p>

        `POST /v1/test_helpers/terminal/readers/{reader}/present_payment_method`
        """
        from ..models.terminal_reader import TerminalReader

        return self._client.request(
            "post",
            "/v1/test_helpers/terminal/readers/{reader}/present_payment_method",
            path_params={
                "reader": reader,
            },
            body={
                "card_present": card_present,
                "expand": expand,
                "type": type,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TerminalReader,
            options=request_options,
        )


class AsyncTestHelpersTerminalReadersResource:
    """`client.test_helpers.terminal.readers` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def present_payment_method(
        self,
        reader: str,
        *,
        card_present: TestHelpersTerminalReadersPresentPaymentMethodCardPresentParams | None = None,
        expand: Sequence[str] | None = None,
        type: Literal["card_present"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TerminalReader:
        """<p>Presents a payment method on a simulated reader. Can be used to simulate accepting a payment, saving a card or refunding a transaction.</p>

        `POST /v1/test_helpers/terminal/readers/{reader}/present_payment_method`
        """
        from ..models.terminal_reader import TerminalReader

        return await self._client.request(
            "post",
            "/v1/test_helpers/terminal/readers/{reader}/present_payment_method",
            path_params={
                "reader": reader,
            },
            body={
                "card_present": card_present,
                "expand": expand,
                "type": type,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TerminalReader,
            options=request_options,
        )
