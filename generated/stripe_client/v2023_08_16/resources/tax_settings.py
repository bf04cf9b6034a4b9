# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.tax.settings`: 2 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.tax_settings import TaxSettings
    from ..params import TaxSettingsUpdateDefaultsParams
    from ..params import TaxSettingsUpdateHeadOfficeParams


class TaxSettingsResource:
    """`client.tax.settings`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def retrieve(
        self,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TaxSettings:
        """<p>Retrieves Tax <code>Settings</code> for a merchant.</p>

        `GET /v1/tax/settings`
        """
        from ..models.tax_settings import TaxSettings

        return self._client.request(
            "get",
            "/v1/tax/settings",
            query={
                "expand": expand,
            },
            cast_to=TaxSettings,
            options=request_options,
        )

    def update(
        self,
        *,
        defaults: TaxSettingsUpdateDefaultsParams | None = None,
        expand: Sequence[str] | None = None,
        head_office: TaxSettingsUpdateHeadOfficeParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> TaxSettings:
        """<p>Updates Tax <code>Settings</code> parameters used in tax calculations. All parameters are editable but none can be removed once set.</p>

        `POST /v1/tax/settings`
        """
        from ..models.tax_settings import TaxSettings

        return self._client.request(
            "post",
            "/v1/tax/settings",
            body={
                "defaults": defaults,
                "expand": expand,
                "head_office": head_office,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TaxSettings,
            options=request_options,
        )


class AsyncTaxSettingsResource:
    """`client.tax.settings` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def retrieve(
        self,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TaxSettings:
        """<p>Retrieves Tax <code>Settings</code> for a merchant.</p>

        `GET /v1/tax/settings`
        """
        from ..models.tax_settings import TaxSettings

        return await self._client.request(
            "get",
            "/v1/tax/settings",
            query={
                "expand": expand,
            },
            cast_to=TaxSettings,
            options=request_options,
        )

    async def update(
        self,
        *,
        defaults: TaxSettingsUpdateDefaultsParams | None = None,
        expand: Sequence[str] | None = None,
        head_office: TaxSettingsUpdateHeadOfficeParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> TaxSettings:
        """<p>Updates Tax <code>Settings</code> parameters used in tax calculations. All parameters are editable but none can be removed once set.</p>

        `POST /v1/tax/settings`
        """
        from ..models.tax_settings import TaxSettings

        return await self._client.request(
            "post",
            "/v1/tax/settings",
            body={
                "defaults": defaults,
                "expand": expand,
                "head_office": head_office,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TaxSettings,
            options=request_options,
        )
