# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.billing_portal.configurations`: 4 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.billing_portal_configuration import BillingPortalConfiguration
    from ..params import BillingPortalConfigurationsCreateBusinessProfileParams
    from ..params import BillingPortalConfigurationsCreateFeaturesParams
    from ..params import BillingPortalConfigurationsCreateLoginPageParams
    from ..params import BillingPortalConfigurationsUpdateBusinessProfileParams
    from ..params import BillingPortalConfigurationsUpdateFeaturesParams
    from ..params import BillingPortalConfigurationsUpdateLoginPageParams


class BillingPortalConfigurationsResource:
    """`client.billing_portal.configurations`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        business_profile: BillingPortalConfigurationsCreateBusinessProfileParams,
        features: BillingPortalConfigurationsCreateFeaturesParams,
        default_return_url: str | Literal[""] | None = None,
        expand: Sequence[str] | None = None,
        login_page: BillingPortalConfigurationsCreateLoginPageParams | None = None,
        metadata: Mapping[str, str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BillingPortalConfiguration:
        """<p>Creates a configuration that describes the functionality and behavior of a PortalSession</p>

        `POST /v1/billing_portal/configurations`
        """
        from ..models.billing_portal_configuration import BillingPortalConfiguration

        return self._client.request(
            "post",
            "/v1/billing_portal/configurations",
            body={
                "business_profile": business_profile,
                "features": features,
                "default_return_url": default_return_url,
                "expand": expand,
                "login_page": login_page,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=BillingPortalConfiguration,
            options=request_options,
        )

    def list(
        self,
        *,
        active: bool | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        is_default: bool | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[BillingPortalConfiguration]:
        """<p>Returns a list of configurations that describe the functionality of the customer portal.</p>

        `GET /v1/billing_portal/configurations`
        """
        from ..models.billing_portal_configuration import BillingPortalConfiguration

        return self._client.request_list(
            "get",
            "/v1/billing_portal/configurations",
            query={
                "active": active,
                "ending_before": ending_before,
                "expand": expand,
                "is_default": is_default,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[BillingPortalConfiguration],
            options=request_options,
        )

    def retrieve(
        self,
        configuration: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BillingPortalConfiguration:
        """<p>Retrieves a configuration that describes the functionality of the customer portal.</p>

        `GET /v1/billing_portal/configurations/{configuration}`
        """
        from ..models.billing_portal_configuration import BillingPortalConfiguration

        return self._client.request(
            "get",
            "/v1/billing_portal/configurations/{configuration}",
            path_params={
                "configuration": configuration,
            },
            query={
                "expand": expand,
            },
            cast_to=BillingPortalConfiguration,
            options=request_options,
        )

    def update(
        self,
        configuration: str,
        *,
        active: bool | None = None,
        business_profile: BillingPortalConfigurationsUpdateBusinessProfileParams | None = None,
        default_return_url: str | Literal[""] | None = None,
        expand: Sequence[str] | None = None,
        features: BillingPortalConfigurationsUpdateFeaturesParams | None = None,
        login_page: BillingPortalConfigurationsUpdateLoginPageParams | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BillingPortalConfiguration:
        """<p>Updates a configuration that describes the functionality of the customer portal.</p>

        `POST /v1/billing_portal/configurations/{configuration}`
        """
        from ..models.billing_portal_configuration import BillingPortalConfiguration

        return self._client.request(
            "post",
            "/v1/billing_portal/configurations/{configuration}",
            path_params={
                "configuration": configuration,
            },
            body={
                "active": active,
                "business_profile": business_profile,
                "default_return_url": default_return_url,
                "expand": expand,
                "features": features,
                "login_page": login_page,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=BillingPortalConfiguration,
            options=request_options,
        )


class AsyncBillingPortalConfigurationsResource:
    """`client.billing_portal.configurations` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        business_profile: BillingPortalConfigurationsCreateBusinessProfileParams,
        features: BillingPortalConfigurationsCreateFeaturesParams,
        default_return_url: str | Literal[""] | None = None,
        expand: Sequence[str] | None = None,
        login_page: BillingPortalConfigurationsCreateLoginPageParams | None = None,
        metadata: Mapping[str, str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BillingPortalConfiguration:
        """<p>Creates a configuration that describes the functionality and behavior of a PortalSession</p>

        `POST /v1/billing_portal/configurations`
        """
        from ..models.billing_portal_configuration import BillingPortalConfiguration

        return await self._client.request(
            "post",
            "/v1/billing_portal/configurations",
            body={
                "business_profile": business_profile,
                "features": features,
                "default_return_url": default_return_url,
                "expand": expand,
                "login_page": login_page,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=BillingPortalConfiguration,
            options=request_options,
        )

    def list(
        self,
        *,
        active: bool | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        is_default: bool | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[BillingPortalConfiguration]:
        """<p>Returns a list of configurations that describe the functionality of the customer portal.</p>

        `GET /v1/billing_portal/configurations`
        """
        from ..models.billing_portal_configuration import BillingPortalConfiguration

        return self._client.request_list(
            "get",
            "/v1/billing_portal/configurations",
            query={
                "active": active,
                "ending_before": ending_before,
                "expand": expand,
                "is_default": is_default,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[BillingPortalConfiguration],
            options=request_options,
        )

    async def retrieve(
        self,
        configuration: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BillingPortalConfiguration:
        """<p>Retrieves a configuration that describes the functionality of the customer portal.</p>

        `GET /v1/billing_portal/configurations/{configuration}`
        """
        from ..models.billing_portal_configuration import BillingPortalConfiguration

        return await self._client.request(
            "get",
            "/v1/billing_portal/configurations/{configuration}",
            path_params={
                "configuration": configuration,
            },
            query={
                "expand": expand,
            },
            cast_to=BillingPortalConfiguration,
            options=request_options,
        )

    async def update(
        self,
        configuration: str,
        *,
        active: bool | None = None,
        business_profile: BillingPortalConfigurationsUpdateBusinessProfileParams | None = None,
        default_return_url: str | Literal[""] | None = None,
        expand: Sequence[str] | None = None,
        features: BillingPortalConfigurationsUpdateFeaturesParams | None = None,
        login_page: BillingPortalConfigurationsUpdateLoginPageParams | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BillingPortalConfiguration:
        """<p>Updates a configuration that describes the functionality of the customer portal.</p>

        `POST /v1/billing_portal/configurations/{configuration}`
        """
        from ..models.billing_portal_configuration import BillingPortalConfiguration

        return await self._client.request(
            "post",
            "/v1/billing_portal/configurations/{configuration}",
            path_params={
                "configuration": configuration,
            },
            body={
                "active": active,
                "business_profile": business_profile,
                "default_return_url": default_return_url,
                "expand": expand,
                "features": features,
                "login_page": login_page,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=BillingPortalConfiguration,
            options=request_options,
        )
