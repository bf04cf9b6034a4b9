# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.terminal.connection_tokens`: 1 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.terminal_connection_token import TerminalConnectionToken


class TerminalConnectionTokensResource:
    """`client.terminal.connection_tokens`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        expand: Sequence[str] | None = None,
        location: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> TerminalConnectionToken:
        """<p>To connect to a reader the Stripe Terminal SDK needs to retrieve a short-lived connection token from Stripe, proxied through your server. On your backend, add an endpoint that creates and returns a connection token.</p>

        `POST /v1/terminal/connection_tokens`
        """
        from ..models.terminal_connection_token import TerminalConnectionToken

        return self._client.request(
            "post",
            "/v1/terminal/connection_tokens",
            body={
                "expand": expand,
                "location": location,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TerminalConnectionToken,
            options=request_options,
        )


class AsyncTerminalConnectionTokensResource:
    """`client.terminal.connection_tokens` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        expand: Sequence[str] | None = None,
        location: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> TerminalConnectionToken:
        """<p>To connect to a reader the Stripe Terminal SDK needs to retrieve a short-lived connection token from Stripe, proxied through your server. On your backend, add an endpoint that creates and returns a connection token.</p>

        `POST /v1/terminal/connection_tokens`
        """
        from ..models.terminal_connection_token import TerminalConnectionToken

        return await self._client.request(
            "post",
            "/v1/terminal/connection_tokens",
            body={
                "expand": expand,
                "location": location,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TerminalConnectionToken,
            options=request_options,
        )
