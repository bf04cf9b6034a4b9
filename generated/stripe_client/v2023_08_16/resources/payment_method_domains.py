# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.payment_method_domains`: 5 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.payment_method_domain import PaymentMethodDomain


class PaymentMethodDomainsResource:
    """`client.payment_method_domains`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        domain_name: str,
        enabled: bool | None = None,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentMethodDomain:
        """<p>Creates a payment method domain.</p>

        `POST /v1/payment_method_domains`
        """
        from ..models.payment_method_domain import PaymentMethodDomain

        return self._client.request(
            "post",
            "/v1/payment_method_domains",
            body={
                "domain_name": domain_name,
                "enabled": enabled,
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=PaymentMethodDomain,
            options=request_options,
        )

    def list(
        self,
        *,
        domain_name: str | None = None,
        enabled: bool | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[PaymentMethodDomain]:
        """<p>Lists the details of existing payment method domains.</p>

        `GET /v1/payment_method_domains`
        """
        from ..models.payment_method_domain import PaymentMethodDomain

        return self._client.request_list(
            "get",
            "/v1/payment_method_domains",
            query={
                "domain_name": domain_name,
                "enabled": enabled,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[PaymentMethodDomain],
            options=request_options,
        )

    def retrieve(
        self,
        payment_method_domain: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentMethodDomain:
        """<p>Retrieves the details of an existing payment method domain.</p>

        `GET /v1/payment_method_domains/{payment_method_domain}`
        """
        from ..models.payment_method_domain import PaymentMethodDomain

        return self._client.request(
            "get",
            "/v1/payment_method_domains/{payment_method_domain}",
            path_params={
                "payment_method_domain": payment_method_domain,
            },
            query={
                "expand": expand,
            },
            cast_to=PaymentMethodDomain,
            options=request_options,
        )

    def update(
        self,
        payment_method_domain: str,
        *,
        enabled: bool | None = None,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentMethodDomain:
        """<p>Updates an existing payment method domain.</p>

        `POST /v1/payment_method_domains/{payment_method_domain}`
        """
        from ..models.payment_method_domain import PaymentMethodDomain

        return self._client.request(
            "post",
            "/v1/payment_method_domains/{payment_method_domain}",
            path_params={
                "payment_method_domain": payment_method_domain,
            },
            body={
                "enabled": enabled,
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=PaymentMethodDomain,
            options=request_options,
        )

    def validate(
        self,
        payment_method_domain: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentMethodDomain:
        """<p>Some payment methods such as Apple Pay require additional steps to verify a domain. If the requirements weren’t satisfied when the domain was created, the payment method will be inactive on the domain.
        The payment method doesn’t appear in Elements for this domain until it is active.</p>

        <p>To activate a payment method on an existing payment method domain, complete the required validation steps specific to the payment method, and then validate the payment method domain with this endpoint.</p>

        <p>Related guides: <a href="/docs/payments/payment-methods/pmd-registration">Payment method domains</a>.</p>

        `POST /v1/payment_method_domains/{payment_method_domain}/validate`
        """
        from ..models.payment_method_domain import PaymentMethodDomain

        return self._client.request(
            "post",
            "/v1/payment_method_domains/{payment_method_domain}/validate",
            path_params={
                "payment_method_domain": payment_method_domain,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=PaymentMethodDomain,
            options=request_options,
        )


class AsyncPaymentMethodDomainsResource:
    """`client.payment_method_domains` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        domain_name: str,
        enabled: bool | None = None,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentMethodDomain:
        """<p>Creates a payment method domain.</p>

        `POST /v1/payment_method_domains`
        """
        from ..models.payment_method_domain import PaymentMethodDomain

        return await self._client.request(
            "post",
            "/v1/payment_method_domains",
            body={
                "domain_name": domain_name,
                "enabled": enabled,
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=PaymentMethodDomain,
            options=request_options,
        )

    def list(
        self,
        *,
        domain_name: str | None = None,
        enabled: bool | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[PaymentMethodDomain]:
        """<p>Lists the details of existing payment method domains.</p>

        `GET /v1/payment_method_domains`
        """
        from ..models.payment_method_domain import PaymentMethodDomain

        return self._client.request_list(
            "get",
            "/v1/payment_method_domains",
            query={
                "domain_name": domain_name,
                "enabled": enabled,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[PaymentMethodDomain],
            options=request_options,
        )

    async def retrieve(
        self,
        payment_method_domain: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentMethodDomain:
        """<p>Retrieves the details of an existing payment method domain.</p>

        `GET /v1/payment_method_domains/{payment_method_domain}`
        """
        from ..models.payment_method_domain import PaymentMethodDomain

        return await self._client.request(
            "get",
            "/v1/payment_method_domains/{payment_method_domain}",
            path_params={
                "payment_method_domain": payment_method_domain,
            },
            query={
                "expand": expand,
            },
            cast_to=PaymentMethodDomain,
            options=request_options,
        )

    async def update(
        self,
        payment_method_domain: str,
        *,
        enabled: bool | None = None,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentMethodDomain:
        """<p>Updates an existing payment method domain.</p>

        `POST /v1/payment_method_domains/{payment_method_domain}`
        """
        from ..models.payment_method_domain import PaymentMethodDomain

        return await self._client.request(
            "post",
            "/v1/payment_method_domains/{payment_method_domain}",
            path_params={
                "payment_method_domain": payment_method_domain,
            },
            body={
                "enabled": enabled,
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=PaymentMethodDomain,
            options=request_options,
        )

    async def validate(
        self,
        payment_method_domain: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentMethodDomain:
        """<p>Some payment methods such as Apple Pay require additional steps to verify a domain. If the requirements weren’t satisfied when the domain was created, the payment method will be inactive on the domain.
        The payment method doesn’t appear in Elements for this domain until it is active.</p>

        <p>To activate a payment method on an existing payment method domain, complete the required validation steps specific to the payment method, and then validate the payment method domain with this endpoint.</p>

        <p>Related guides: <a href="/docs/payments/payment-methods/pmd-registration">Payment method domains</a>.</p>

        `POST /v1/payment_method_domains/{payment_method_domain}/validate`
        """
        from ..models.payment_method_domain import PaymentMethodDomain

        return await self._client.request(
            "post",
            "/v1/payment_method_domains/{payment_method_domain}/validate",
            path_params={
                "payment_method_domain": payment_method_domain,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=PaymentMethodDomain,
            options=request_options,
        )
