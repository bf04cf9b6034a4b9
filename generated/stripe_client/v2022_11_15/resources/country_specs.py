# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.country_specs`: 2 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.country_spec import CountrySpec


class CountrySpecsResource:
    """`client.country_specs`."""

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
    ) -> ListObject[CountrySpec]:
        """<p>Lists all Country Spec objects available in the API.</p>

        `GET /v1/country_specs`
        """
        from ..models.country_spec import CountrySpec

        return self._client.request_list(
            "get",
            "/v1/country_specs",
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[CountrySpec],
            options=request_options,
        )

    def retrieve(
        self,
        country: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CountrySpec:
        """<p>Returns a Country Spec for a given Country code.</p>

        `GET /v1/country_specs/{country}`
        """
        from ..models.country_spec import CountrySpec

        return self._client.request(
            "get",
            "/v1/country_specs/{country}",
            path_params={
                "country": country,
            },
            query={
                "expand": expand,
            },
            cast_to=CountrySpec,
            options=request_options,
        )


class AsyncCountrySpecsResource:
    """`client.country_specs` (async)."""

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
    ) -> AsyncPager[CountrySpec]:
        """<p>Lists all Country Spec objects available in the API.</p>

        `GET /v1/country_specs`
        """
        from ..models.country_spec import CountrySpec

        return self._client.request_list(
            "get",
            "/v1/country_specs",
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[CountrySpec],
            options=request_options,
        )

    async def retrieve(
        self,
        country: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CountrySpec:
        """<p>Returns a Country Spec for a given Country code.</p>

        `GET /v1/country_specs/{country}`
        """
        from ..models.country_spec import CountrySpec

        return await self._client.request(
            "get",
            "/v1/country_specs/{country}",
            path_params={
                "country": country,
            },
            query={
                "expand": expand,
            },
            cast_to=CountrySpec,
            options=request_options,
        )
