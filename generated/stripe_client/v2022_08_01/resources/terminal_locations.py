# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.terminal.locations`: 5 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.deleted_terminal_location import DeletedTerminalLocation
    from ..models.terminal_location import TerminalLocation
    from ..params import TerminalLocationsCreateAddressParams
    from ..params import TerminalLocationsUpdateAddressParams


class TerminalLocationsResource:
    """`client.terminal.locations`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        address: TerminalLocationsCreateAddressParams,
        display_name: str,
        configuration_overrides: str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TerminalLocation:
        """<p>Creates a new <code>Location</code> object.
        For further details, including which address fields are required in each country, see the <a href="/docs/terminal/fleet/locations">Manage locations</a> guide.</p>

        `POST /v1/terminal/locations`
        """
        from ..models.terminal_location import TerminalLocation

        return self._client.request(
            "post",
            "/v1/terminal/locations",
            body={
                "address": address,
                "display_name": display_name,
                "configuration_overrides": configuration_overrides,
                "expand": expand,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TerminalLocation,
            options=request_options,
        )

    def delete(
        self,
        location: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeletedTerminalLocation:
        """<p>Deletes a <code>Location</code> object.</p>

        `DELETE /v1/terminal/locations/{location}`
        """
        from ..models.deleted_terminal_location import DeletedTerminalLocation

        return self._client.request(
            "delete",
            "/v1/terminal/locations/{location}",
            path_params={
                "location": location,
            },
            cast_to=DeletedTerminalLocation,
            options=request_options,
        )

    def list(
        self,
        *,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[TerminalLocation]:
        """<p>Returns a list of <code>Location</code> objects.</p>

        `GET /v1/terminal/locations`
        """
        from ..models.terminal_location import TerminalLocation

        return self._client.request_list(
            "get",
            "/v1/terminal/locations",
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[TerminalLocation],
            options=request_options,
        )

    def retrieve(
        self,
        location: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TerminalLocation | DeletedTerminalLocation:
        """<p>Retrieves a <code>Location</code> object.</p>

        `GET /v1/terminal/locations/{location}`
        """
        from ..models.deleted_terminal_location import DeletedTerminalLocation
        from ..models.terminal_location import TerminalLocation

        result = self._client.request(
            "get",
            "/v1/terminal/locations/{location}",
            path_params={
                "location": location,
            },
            query={
                "expand": expand,
            },
            cast_to=TerminalLocation | DeletedTerminalLocation,
            options=request_options,
        )
        return cast("TerminalLocation | DeletedTerminalLocation", result)

    def update(
        self,
        location: str,
        *,
        address: TerminalLocationsUpdateAddressParams | None = None,
        configuration_overrides: str | None = None,
        display_name: str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TerminalLocation | DeletedTerminalLocation:
        """<p>Updates a <code>Location</code> object by setting the values of the parameters passed. Any parameters not provided will be left unchanged.</p>

        `POST /v1/terminal/locations/{location}`
        """
        from ..models.deleted_terminal_location import DeletedTerminalLocation
        from ..models.terminal_location import TerminalLocation

        result = self._client.request(
            "post",
            "/v1/terminal/locations/{location}",
            path_params={
                "location": location,
            },
            body={
                "address": address,
                "configuration_overrides": configuration_overrides,
                "display_name": display_name,
                "expand": expand,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TerminalLocation | DeletedTerminalLocation,
            options=request_options,
        )
        return cast("TerminalLocation | DeletedTerminalLocation", result)


class AsyncTerminalLocationsResource:
    """`client.terminal.locations` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        address: TerminalLocationsCreateAddressParams,
        display_name: str,
        configuration_overrides: str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TerminalLocation:
        """<p>Creates a new <code>Location</code> object.
        For further details, including which address fields are required in each country, see the <a href="/docs/terminal/fleet/locations">Manage locations</a> guide.</p>

        `POST /v1/terminal/locations`
        """
        from ..models.terminal_location import TerminalLocation

        return await self._client.request(
            "post",
            "/v1/terminal/locations",
            body={
                "address": address,
                "display_name": display_name,
                "configuration_overrides": configuration_overrides,
                "expand": expand,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TerminalLocation,
            options=request_options,
        )

    async def delete(
        self,
        location: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeletedTerminalLocation:
        """<p>Deletes a <code>Location</code> object.</p>

        `DELETE /v1/terminal/locations/{location}`
        """
        from ..models.deleted_terminal_location import DeletedTerminalLocation

        return await self._client.request(
            "delete",
            "/v1/terminal/locations/{location}",
            path_params={
                "location": location,
            },
            cast_to=DeletedTerminalLocation,
            options=request_options,
        )

    def list(
        self,
        *,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[TerminalLocation]:
        """<p>Returns a list of <code>Location</code> objects.</p>

        `GET /v1/terminal/locations`
        """
        from ..models.terminal_location import TerminalLocation

        return self._client.request_list(
            "get",
            "/v1/terminal/locations",
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[TerminalLocation],
            options=request_options,
        )

    async def retrieve(
        self,
        location: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TerminalLocation | DeletedTerminalLocation:
        """<p>Retrieves a <code>Location</code> object.</p>

        `GET /v1/terminal/locations/{location}`
        """
        from ..models.deleted_terminal_location import DeletedTerminalLocation
        from ..models.terminal_location import TerminalLocation

        result = await self._client.request(
            "get",
            "/v1/terminal/locations/{location}",
            path_params={
                "location": location,
            },
            query={
                "expand": expand,
            },
            cast_to=TerminalLocation | DeletedTerminalLocation,
            options=request_options,
        )
        return cast("TerminalLocation | DeletedTerminalLocation", result)

    async def update(
        self,
        location: str,
        *,
        address: TerminalLocationsUpdateAddressParams | None = None,
        configuration_overrides: str | None = None,
        display_name: str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TerminalLocation | DeletedTerminalLocation:
        """<p>Updates a <code>Location</code> object by setting the values of the parameters passed. Any parameters not provided will be left unchanged.</p>

        `POST /v1/terminal/locations/{location}`
        """
        from ..models.deleted_terminal_location import DeletedTerminalLocation
        from ..models.terminal_location import TerminalLocation

        result = await self._client.request(
            "post",
            "/v1/terminal/locations/{location}",
            path_params={
                "location": location,
            },
            body={
                "address": address,
                "configuration_overrides": configuration_overrides,
                "display_name": display_name,
                "expand": expand,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TerminalLocation | DeletedTerminalLocation,
            options=request_options,
        )
        return cast("TerminalLocation | DeletedTerminalLocation", result)
