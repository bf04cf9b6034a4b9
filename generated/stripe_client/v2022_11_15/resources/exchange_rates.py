# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.exchange_rates`: 2 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.exchange_rate import ExchangeRate


class ExchangeRatesResource:
    """`client.exchange_rates`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[ExchangeRate]:
        """<p>Returns a list of objects that contain the rates at which foreign currencies are converted to one another. Only shows the currencies for which Stripe supports.</p>

        `GET /v1/exchange_rates`
        """
        from ..models.exchange_rate import ExchangeRate

        return self._client.request_list(
            "get",
            "/v1/exchange_rates",
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[ExchangeRate],
            options=request_options,
        )

    def retrieve(
        self,
        rate_id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ExchangeRate:
        """<p>Retrieves the exchange rates from the given currency to every supported currency.</p>

        `GET /v1/exchange_rates/{rate_id}`
        """
        from ..models.exchange_rate import ExchangeRate

        return self._client.request(
            "get",
            "/v1/exchange_rates/{rate_id}",
            path_params={
                "rate_id": rate_id,
            },
            query={
                "expand": expand,
            },
            cast_to=ExchangeRate,
            options=request_options,
        )


class AsyncExchangeRatesResource:
    """`client.exchange_rates` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[ExchangeRate]:
        """<p>Returns a list of objects that contain the rates at which foreign currencies are converted to one another. Only shows the currencies for which Stripe supports.</p>

        `GET /v1/exchange_rates`
        """
        from ..models.exchange_rate import ExchangeRate

        return self._client.request_list(
            "get",
            "/v1/exchange_rates",
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[ExchangeRate],
            options=request_options,
        )

    async def retrieve(
        self,
        rate_id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ExchangeRate:
        """<p>Retrieves the exchange rates from the given currency to every supported currency.</p>

        `GET /v1/exchange_rates/{rate_id}`
        """
        from ..models.exchange_rate import ExchangeRate

        return await self._client.request(
            "get",
            "/v1/exchange_rates/{rate_id}",
            path_params={
                "rate_id": rate_id,
            },
            query={
                "expand": expand,
            },
            cast_to=ExchangeRate,
            options=request_options,
        )
