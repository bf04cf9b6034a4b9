# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.apple_pay.domains`: 4 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.apple_pay_domain import ApplePayDomain
    from ..models.deleted_apple_pay_domain import DeletedApplePayDomain


class ApplePayDomainsResource:
    """`client.apple_pay.domains`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        domain_name: str,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApplePayDomain:
        """<p>Create an apple pay domain.</p>

        `POST /v1/apple_pay/domains`
        """
        from ..models.apple_pay_domain import ApplePayDomain

        return self._client.request(
            "post",
            "/v1/apple_pay/domains",
            body={
                "domain_name": domain_name,
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=ApplePayDomain,
            options=request_options,
        )

    def delete(
        self,
        domain: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeletedApplePayDomain:
        """<p>Delete an apple pay domain.</p>

        `DELETE /v1/apple_pay/domains/{domain}`
        """
        from ..models.deleted_apple_pay_domain import DeletedApplePayDomain

        return self._client.request(
            "delete",
            "/v1/apple_pay/domains/{domain}",
            path_params={
                "domain": domain,
            },
            cast_to=DeletedApplePayDomain,
            options=request_options,
        )

    def list(
        self,
        *,
        domain_name: str | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[ApplePayDomain]:
        """<p>List apple pay domains.</p>

        `GET /v1/apple_pay/domains`
        """
        from ..models.apple_pay_domain import ApplePayDomain

        return self._client.request_list(
            "get",
            "/v1/apple_pay/domains",
            query={
                "domain_name": domain_name,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[ApplePayDomain],
            options=request_options,
        )

    def retrieve(
        self,
        domain: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApplePayDomain:
        """<p>Retrieve an apple pay domain.</p>

        `GET /v1/apple_pay/domains/{domain}`
        """
        from ..models.apple_pay_domain import ApplePayDomain

        return self._client.request(
            "get",
            "/v1/apple_pay/domains/{domain}",
            path_params={
                "domain": domain,
            },
            query={
                "expand": expand,
            },
            cast_to=ApplePayDomain,
            options=request_options,
        )


class AsyncApplePayDomainsResource:
    """`client.apple_pay.domains` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        domain_name: str,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApplePayDomain:
        """<p>Create an apple pay domain.</p>

        `POST /v1/apple_pay/domains`
        """
        from ..models.apple_pay_domain import ApplePayDomain

        return await self._client.request(
            "post",
            "/v1/apple_pay/domains",
            body={
                "domain_name": domain_name,
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=ApplePayDomain,
            options=request_options,
        )

    async def delete(
        self,
        domain: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeletedApplePayDomain:
        """<p>Delete an apple pay domain.</p>

        `DELETE /v1/apple_pay/domains/{domain}`
        """
        from ..models.deleted_apple_pay_domain import DeletedApplePayDomain

        return await self._client.request(
            "delete",
            "/v1/apple_pay/domains/{domain}",
            path_params={
                "domain": domain,
            },
            cast_to=DeletedApplePayDomain,
            options=request_options,
        )

    def list(
        self,
        *,
        domain_name: str | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[ApplePayDomain]:
        """<p>List apple pay domains.</p>

        `GET /v1/apple_pay/domains`
        """
        from ..models.apple_pay_domain import ApplePayDomain

        return self._client.request_list(
            "get",
            "/v1/apple_pay/domains",
            query={
                "domain_name": domain_name,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[ApplePayDomain],
            options=request_options,
        )

    async def retrieve(
        self,
        domain: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApplePayDomain:
        """<p>Retrieve an apple pay domain.</p>

        `GET /v1/apple_pay/domains/{domain}`
        """
        from ..models.apple_pay_domain import ApplePayDomain

        return await self._client.request(
            "get",
            "/v1/apple_pay/domains/{domain}",
            path_params={
                "domain": domain,
            },
            query={
                "expand": expand,
            },
            cast_to=ApplePayDomain,
            options=request_options,
        )
