# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.terminal.configurations`: 5 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, cast

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.deleted_terminal_configuration import DeletedTerminalConfiguration
    from ..models.terminal_configuration import TerminalConfiguration
    from ..params import TerminalConfigurationsCreateBbposWiseposEParams
    from ..params import TerminalConfigurationsCreateTippingParams
    from ..params import TerminalConfigurationsCreateVerifoneP400Params
    from ..params import TerminalConfigurationsUpdateBbposWiseposEParams
    from ..params import TerminalConfigurationsUpdateTippingParams
    from ..params import TerminalConfigurationsUpdateVerifoneP400Params


class TerminalConfigurationsResource:
    """`client.terminal.configurations`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        bbpos_wisepos_e: TerminalConfigurationsCreateBbposWiseposEParams | None = None,
        expand: Sequence[str] | None = None,
        tipping: TerminalConfigurationsCreateTippingParams | Literal[""] | None = None,
        verifone_p400: TerminalConfigurationsCreateVerifoneP400Params | None = None,
        request_options: RequestOptions | None = None,
    ) -> TerminalConfiguration:
        """<p>Creates a new <code>Configuration</code> object.</p>

        `POST /v1/terminal/configurations`
        """
        from ..models.terminal_configuration import TerminalConfiguration

        return self._client.request(
            "post",
            "/v1/terminal/configurations",
            body={
                "bbpos_wisepos_e": bbpos_wisepos_e,
                "expand": expand,
                "tipping": tipping,
                "verifone_p400": verifone_p400,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TerminalConfiguration,
            options=request_options,
        )

    def delete(
        self,
        configuration: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeletedTerminalConfiguration:
        """<p>Deletes a <code>Configuration</code> object.</p>

        `DELETE /v1/terminal/configurations/{configuration}`
        """
        from ..models.deleted_terminal_configuration import DeletedTerminalConfiguration

        return self._client.request(
            "delete",
            "/v1/terminal/configurations/{configuration}",
            path_params={
                "configuration": configuration,
            },
            cast_to=DeletedTerminalConfiguration,
            options=request_options,
        )

    def list(
        self,
        *,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        is_account_default: bool | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[TerminalConfiguration]:
        """<p>Returns a list of <code>Configuration</code> objects.</p>

        `GET /v1/terminal/configurations`
        """
        from ..models.terminal_configuration import TerminalConfiguration

        return self._client.request_list(
            "get",
            "/v1/terminal/configurations",
            query={
                "ending_before": ending_before,
                "expand": expand,
                "is_account_default": is_account_default,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[TerminalConfiguration],
            options=request_options,
        )

    def retrieve(
        self,
        configuration: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TerminalConfiguration | DeletedTerminalConfiguration:
        """<p>Retrieves a <code>Configuration</code> object.</p>

        `GET /v1/terminal/configurations/{configuration}`
        """
        from ..models.deleted_terminal_configuration import DeletedTerminalConfiguration
        from ..models.terminal_configuration import TerminalConfiguration

        result = self._client.request(
            "get",
            "/v1/terminal/configurations/{configuration}",
            path_params={
                "configuration": configuration,
            },
            query={
                "expand": expand,
            },
            cast_to=TerminalConfiguration | DeletedTerminalConfiguration,
            options=request_options,
        )
        return cast("TerminalConfiguration | DeletedTerminalConfiguration", result)

    def update(
        self,
        configuration: str,
        *,
        bbpos_wisepos_e: (
            TerminalConfigurationsUpdateBbposWiseposEParams | Literal[""] | None
        ) = None,
        expand: Sequence[str] | None = None,
        tipping: TerminalConfigurationsUpdateTippingParams | Literal[""] | None = None,
        verifone_p400: TerminalConfigurationsUpdateVerifoneP400Params | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TerminalConfiguration | DeletedTerminalConfiguration:
        """<p>Updates a new <code>Configuration</code> object.</p>

        `POST /v1/terminal/configurations/{configuration}`
        """
        from ..models.deleted_terminal_configuration import DeletedTerminalConfiguration
        from ..models.terminal_configuration import TerminalConfiguration

        result = self._client.request(
            "post",
            "/v1/terminal/configurations/{configuration}",
            path_params={
                "configuration": configuration,
            },
            body={
                "bbpos_wisepos_e": bbpos_wisepos_e,
                "expand": expand,
                "tipping": tipping,
                "verifone_p400": verifone_p400,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TerminalConfiguration | DeletedTerminalConfiguration,
            options=request_options,
        )
        return cast("TerminalConfiguration | DeletedTerminalConfiguration", result)


class AsyncTerminalConfigurationsResource:
    """`client.terminal.configurations` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        bbpos_wisepos_e: TerminalConfigurationsCreateBbposWiseposEParams | None = None,
        expand: Sequence[str] | None = None,
        tipping: TerminalConfigurationsCreateTippingParams | Literal[""] | None = None,
        verifone_p400: TerminalConfigurationsCreateVerifoneP400Params | None = None,
        request_options: RequestOptions | None = None,
    ) -> TerminalConfiguration:
        """<p>Creates a new <code>Configuration</code> object.</p>

        `POST /v1/terminal/configurations`
        """
        from ..models.terminal_configuration import TerminalConfiguration

        return await self._client.request(
            "post",
            "/v1/terminal/configurations",
            body={
                "bbpos_wisepos_e": bbpos_wisepos_e,
                "expand": expand,
                "tipping": tipping,
                "verifone_p400": verifone_p400,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TerminalConfiguration,
            options=request_options,
        )

    async def delete(
        self,
        configuration: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeletedTerminalConfiguration:
        """<p>Deletes a <code>Configuration</code> object.</p>

        `DELETE /v1/terminal/configurations/{configuration}`
        """
        from ..models.deleted_terminal_configuration import DeletedTerminalConfiguration

        return await self._client.request(
            "delete",
            "/v1/terminal/configurations/{configuration}",
            path_params={
                "configuration": configuration,
            },
            cast_to=DeletedTerminalConfiguration,
            options=request_options,
        )

    def list(
        self,
        *,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        is_account_default: bool | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[TerminalConfiguration]:
        """<p>Returns a list of <code>Configuration</code> objects.</p>

        `GET /v1/terminal/configurations`
        """
        from ..models.terminal_configuration import TerminalConfiguration

        return self._client.request_list(
            "get",
            "/v1/terminal/configurations",
            query={
                "ending_before": ending_before,
                "expand": expand,
                "is_account_default": is_account_default,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[TerminalConfiguration],
            options=request_options,
        )

    async def retrieve(
        self,
        configuration: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TerminalConfiguration | DeletedTerminalConfiguration:
        """<p>Retrieves a <code>Configuration</code> object.</p>

        `GET /v1/terminal/configurations/{configuration}`
        """
        from ..models.deleted_terminal_configuration import DeletedTerminalConfiguration
        from ..models.terminal_configuration import TerminalConfiguration

        result = await self._client.request(
            "get",
            "/v1/terminal/configurations/{configuration}",
            path_params={
                "configuration": configuration,
            },
            query={
                "expand": expand,
            },
            cast_to=TerminalConfiguration | DeletedTerminalConfiguration,
            options=request_options,
        )
        return cast("TerminalConfiguration | DeletedTerminalConfiguration", result)

    async def update(
        self,
        configuration: str,
        *,
        bbpos_wisepos_e: (
            TerminalConfigurationsUpdateBbposWiseposEParams | Literal[""] | None
        ) = None,
        expand: Sequence[str] | None = None,
        tipping: TerminalConfigurationsUpdateTippingParams | Literal[""] | None = None,
        verifone_p400: TerminalConfigurationsUpdateVerifoneP400Params | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TerminalConfiguration | DeletedTerminalConfiguration:
        """<p>Updates a new <code>Configuration</code> object.</p>

        `POST /v1/terminal/configurations/{configuration}`
        """
        from ..models.deleted_terminal_configuration import DeletedTerminalConfiguration
        from ..models.terminal_configuration import TerminalConfiguration

        result = await self._client.request(
            "post",
            "/v1/terminal/configurations/{configuration}",
            path_params={
                "configuration": configuration,
            },
            body={
                "bbpos_wisepos_e": bbpos_wisepos_e,
                "expand": expand,
                "tipping": tipping,
                "verifone_p400": verifone_p400,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TerminalConfiguration | DeletedTerminalConfiguration,
            options=request_options,
        )
        return cast("TerminalConfiguration | DeletedTerminalConfiguration", result)
