# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.customers.payment_methods`: 2 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.payment_method import PaymentMethod


class CustomersPaymentMethodsResource:
    """`client.customers.payment_methods`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        customer: str,
        *,
        type: Literal[
            "acss_debit",
            "affirm",
            "afterpay_clearpay",
            "alipay",
            "au_becs_debit",
            "bacs_debit",
            "bancontact",
            "blik",
            "boleto",
            "card",
            "customer_balance",
            "eps",
            "fpx",
            "giropay",
            "grabpay",
            "ideal",
            "klarna",
            "konbini",
            "link",
            "oxxo",
            "p24",
            "paynow",
            "pix",
            "promptpay",
            "sepa_debit",
            "sofort",
            "us_bank_account",
            "wechat_pay",
        ],
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[PaymentMethod]:
        """<p>Returns a list of PaymentMethods for a given Customer</p>

        `GET /v1/customers/{customer}/payment_methods`
        """
        from ..models.payment_method import PaymentMethod

        return self._client.request_list(
            "get",
            "/v1/customers/{customer}/payment_methods",
            path_params={
                "customer": customer,
            },
            query={
                "type": type,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[PaymentMethod],
            options=request_options,
        )

    def retrieve(
        self,
        customer: str,
        payment_method: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentMethod:
        """<p>Retrieves a PaymentMethod object for a given Customer.</p>

        `GET /v1/customers/{customer}/payment_methods/{payment_method}`
        """
        from ..models.payment_method import PaymentMethod

        return self._client.request(
            "get",
            "/v1/customers/{customer}/payment_methods/{payment_method}",
            path_params={
                "customer": customer,
                "payment_method": payment_method,
            },
            query={
                "expand": expand,
            },
            cast_to=PaymentMethod,
            options=request_options,
        )


class AsyncCustomersPaymentMethodsResource:
    """`client.customers.payment_methods` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        customer: str,
        *,
        type: Literal[
            "acss_debit",
            "affirm",
            "afterpay_clearpay",
            "alipay",
            "au_becs_debit",
            "bacs_debit",
            "bancontact",
            "blik",
            "boleto",
            "card",
            "customer_balance",
            "eps",
            "fpx",
            "giropay",
            "grabpay",
            "ideal",
            "klarna",
            "konbini",
            "link",
            "oxxo",
            "p24",
            "paynow",
            "pix",
            "promptpay",
            "sepa_debit",
            "sofort",
            "us_bank_account",
            "wechat_pay",
        ],
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[PaymentMethod]:
        """<p>Returns a list of PaymentMethods for a given Customer</p>

        `GET /v1/customers/{customer}/payment_methods`
        """
        from ..models.payment_method import PaymentMethod

        return self._client.request_list(
            "get",
            "/v1/customers/{customer}/payment_methods",
            path_params={
                "customer": customer,
            },
            query={
                "type": type,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[PaymentMethod],
            options=request_options,
        )

    async def retrieve(
        self,
        customer: str,
        payment_method: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentMethod:
        """<p>Retrieves a PaymentMethod object for a given Customer.</p>

        `GET /v1/customers/{customer}/payment_methods/{payment_method}`
        """
        from ..models.payment_method import PaymentMethod

        return await self._client.request(
            "get",
            "/v1/customers/{customer}/payment_methods/{payment_method}",
            path_params={
                "customer": customer,
                "payment_method": payment_method,
            },
            query={
                "expand": expand,
            },
            cast_to=PaymentMethod,
            options=request_options,
        )
