# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.account_links`: 1 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.account_link import AccountLink


class AccountLinksResource:
    """`client.account_links`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        account: str,
        type: Literal["account_onboarding", "account_update"],
        collect: Literal["currently_due", "eventually_due"] | None = None,
        expand: Sequence[str] | None = None,
        refresh_url: str | None = None,
        return_url: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AccountLink:
        """<p>Creates an AccountLink object that includes a single-use Stripe URL that the platform can redirect their user to in order to take them through the Connect Onboarding flow.</p>

        `POST /v1/account_links`
        """
        from ..models.account_link import AccountLink

        return self._client.request(
            "post",
            "/v1/account_links",
            body={
                "account": account,
                "type": type,
                "collect": collect,
                "expand": expand,
                "refresh_url": refresh_url,
                "return_url": return_url,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=AccountLink,
            options=request_options,
        )


class AsyncAccountLinksResource:
    """`client.account_links` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        account: str,
        type: Literal["account_onboarding", "account_update"],
        collect: Literal["currently_due", "eventually_due"] | None = None,
        expand: Sequence[str] | None = None,
        refresh_url: str | None = None,
        return_url: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AccountLink:
        """<p>Creates an AccountLink object that includes a single-use Stripe URL that the platform can redirect their user to in order to take them through the Connect Onboarding flow.</p>

        `POST /v1/account_links`
        """
        from ..models.account_link import AccountLink

        return await self._client.request(
            "post",
            "/v1/account_links",
            body={
                "account": account,
                "type": type,
                "collect": collect,
                "expand": expand,
                "refresh_url": refresh_url,
                "return_url": return_url,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=AccountLink,
            options=request_options,
        )
