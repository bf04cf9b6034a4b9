# File generated from spec/ (API version 2023-11-10, spec sha256 a73992d2e6f58969) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.payment_methods`: 6 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.payment_method import PaymentMethod
    from ..params import PaymentMethodsCreateBillingDetailsParams
    from ..params import PaymentMethodsCreateCard0Params
    from ..params import PaymentMethodsCreateCard1Params
    from ..params import PaymentMethodsUpdateBillingDetailsParams
    from ..params import PaymentMethodsUpdateCardParams


class PaymentMethodsResource:
    """`client.payment_methods`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def attach(
        self,
        payment_method: str,
        *,
        customer: str,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentMethod:
        """Attach a PaymentMethod to a Customer

        Attaches a PaymentMethod object to a Customer. To use it as the default for invoices and subscriptions, also set the customer's `invoice_settings.default_payment_method`.

        `POST /v1/payment_methods/{payment_method}/attach`
        """
        from ..models.payment_method import PaymentMethod

        return self._client.request(
            "post",
            "/v1/payment_methods/{payment_method}/attach",
            path_params={
                "payment_method": payment_method,
            },
            body={
                "customer": customer,
                "expand": expand,
            },
            body_type="form",
            cast_to=PaymentMethod,
            options=request_options,
        )

    def create(
        self,
        *,
        billing_details: PaymentMethodsCreateBillingDetailsParams | None = None,
        card: PaymentMethodsCreateCard0Params | PaymentMethodsCreateCard1Params | None = None,
        customer: str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        payment_method: str | None = None,
        type: (
            Literal[
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
                "cashapp",
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
                "paypal",
                "pix",
                "promptpay",
                "sepa_debit",
                "sofort",
                "us_bank_account",
                "wechat_pay",
                "zip",
            ]
            | None
        ) = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentMethod:
        """Create a PaymentMethod

        Creates a PaymentMethod object. Prefer Stripe.js or the mobile SDKs to collect card details; this endpoint is for server-side creation from tokens or non-card details.

        `POST /v1/payment_methods`
        """
        from ..models.payment_method import PaymentMethod

        return self._client.request(
            "post",
            "/v1/payment_methods",
            body={
                "billing_details": billing_details,
                "card": card,
                "customer": customer,
                "expand": expand,
                "metadata": metadata,
                "payment_method": payment_method,
                "type": type,
            },
            body_type="form",
            cast_to=PaymentMethod,
            options=request_options,
        )

    def detach(
        self,
        payment_method: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentMethod:
        """Detach a PaymentMethod from a Customer

        Detaches a PaymentMethod object from a Customer; it can no longer be used for a payment or re-attached.

        `POST /v1/payment_methods/{payment_method}/detach`
        """
        from ..models.payment_method import PaymentMethod

        return self._client.request(
            "post",
            "/v1/payment_methods/{payment_method}/detach",
            path_params={
                "payment_method": payment_method,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            cast_to=PaymentMethod,
            options=request_options,
        )

    def list(
        self,
        *,
        customer: str | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        type: (
            Literal[
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
                "cashapp",
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
                "paypal",
                "pix",
                "promptpay",
                "sepa_debit",
                "sofort",
                "us_bank_account",
                "wechat_pay",
                "zip",
            ]
            | None
        ) = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[PaymentMethod]:
        """List PaymentMethods

        Returns a list of PaymentMethods (for Treasury flows, or those attached to `customer`).

        `GET /v1/payment_methods`
        """
        from ..models.payment_method import PaymentMethod

        return self._client.request_list(
            "get",
            "/v1/payment_methods",
            query={
                "customer": customer,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
                "type": type,
            },
            cast_to=ListObject[PaymentMethod],
            options=request_options,
        )

    def retrieve(
        self,
        payment_method: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentMethod:
        """Retrieve a PaymentMethod

        `GET /v1/payment_methods/{payment_method}`
        """
        from ..models.payment_method import PaymentMethod

        return self._client.request(
            "get",
            "/v1/payment_methods/{payment_method}",
            path_params={
                "payment_method": payment_method,
            },
            query={
                "expand": expand,
            },
            cast_to=PaymentMethod,
            options=request_options,
        )

    def update(
        self,
        payment_method: str,
        *,
        billing_details: PaymentMethodsUpdateBillingDetailsParams | None = None,
        card: PaymentMethodsUpdateCardParams | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentMethod:
        """Update a PaymentMethod

        Updates a PaymentMethod object. A PaymentMethod must be attached to a customer to be updated.

        `POST /v1/payment_methods/{payment_method}`
        """
        from ..models.payment_method import PaymentMethod

        return self._client.request(
            "post",
            "/v1/payment_methods/{payment_method}",
            path_params={
                "payment_method": payment_method,
            },
            body={
                "billing_details": billing_details,
                "card": card,
                "expand": expand,
                "metadata": metadata,
            },
            body_type="form",
            cast_to=PaymentMethod,
            options=request_options,
        )


class AsyncPaymentMethodsResource:
    """`client.payment_methods` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def attach(
        self,
        payment_method: str,
        *,
        customer: str,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentMethod:
        """Attach a PaymentMethod to a Customer

        Attaches a PaymentMethod object to a Customer. To use it as the default for invoices and subscriptions, also set the customer's `invoice_settings.default_payment_method`.

        `POST /v1/payment_methods/{payment_method}/attach`
        """
        from ..models.payment_method import PaymentMethod

        return await self._client.request(
            "post",
            "/v1/payment_methods/{payment_method}/attach",
            path_params={
                "payment_method": payment_method,
            },
            body={
                "customer": customer,
                "expand": expand,
            },
            body_type="form",
            cast_to=PaymentMethod,
            options=request_options,
        )

    async def create(
        self,
        *,
        billing_details: PaymentMethodsCreateBillingDetailsParams | None = None,
        card: PaymentMethodsCreateCard0Params | PaymentMethodsCreateCard1Params | None = None,
        customer: str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        payment_method: str | None = None,
        type: (
            Literal[
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
                "cashapp",
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
                "paypal",
                "pix",
                "promptpay",
                "sepa_debit",
                "sofort",
                "us_bank_account",
                "wechat_pay",
                "zip",
            ]
            | None
        ) = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentMethod:
        """Create a PaymentMethod

        Creates a PaymentMethod object. Prefer Stripe.js or the mobile SDKs to collect card details; this endpoint is for server-side creation from tokens or non-card details.

        `POST /v1/payment_methods`
        """
        from ..models.payment_method import PaymentMethod

        return await self._client.request(
            "post",
            "/v1/payment_methods",
            body={
                "billing_details": billing_details,
                "card": card,
                "customer": customer,
                "expand": expand,
                "metadata": metadata,
                "payment_method": payment_method,
                "type": type,
            },
            body_type="form",
            cast_to=PaymentMethod,
            options=request_options,
        )

    async def detach(
        self,
        payment_method: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentMethod:
        """Detach a PaymentMethod from a Customer

        Detaches a PaymentMethod object from a Customer; it can no longer be used for a payment or re-attached.

        `POST /v1/payment_methods/{payment_method}/detach`
        """
        from ..models.payment_method import PaymentMethod

        return await self._client.request(
            "post",
            "/v1/payment_methods/{payment_method}/detach",
            path_params={
                "payment_method": payment_method,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            cast_to=PaymentMethod,
            options=request_options,
        )

    def list(
        self,
        *,
        customer: str | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        type: (
            Literal[
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
                "cashapp",
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
                "paypal",
                "pix",
                "promptpay",
                "sepa_debit",
                "sofort",
                "us_bank_account",
                "wechat_pay",
                "zip",
            ]
            | None
        ) = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[PaymentMethod]:
        """List PaymentMethods

        Returns a list of PaymentMethods (for Treasury flows, or those attached to `customer`).

        `GET /v1/payment_methods`
        """
        from ..models.payment_method import PaymentMethod

        return self._client.request_list(
            "get",
            "/v1/payment_methods",
            query={
                "customer": customer,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
                "type": type,
            },
            cast_to=AsyncListObject[PaymentMethod],
            options=request_options,
        )

    async def retrieve(
        self,
        payment_method: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentMethod:
        """Retrieve a PaymentMethod

        `GET /v1/payment_methods/{payment_method}`
        """
        from ..models.payment_method import PaymentMethod

        return await self._client.request(
            "get",
            "/v1/payment_methods/{payment_method}",
            path_params={
                "payment_method": payment_method,
            },
            query={
                "expand": expand,
            },
            cast_to=PaymentMethod,
            options=request_options,
        )

    async def update(
        self,
        payment_method: str,
        *,
        billing_details: PaymentMethodsUpdateBillingDetailsParams | None = None,
        card: PaymentMethodsUpdateCardParams | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentMethod:
        """Update a PaymentMethod

        Updates a PaymentMethod object. A PaymentMethod must be attached to a customer to be updated.

        `POST /v1/payment_methods/{payment_method}`
        """
        from ..models.payment_method import PaymentMethod

        return await self._client.request(
            "post",
            "/v1/payment_methods/{payment_method}",
            path_params={
                "payment_method": payment_method,
            },
            body={
                "billing_details": billing_details,
                "card": card,
                "expand": expand,
                "metadata": metadata,
            },
            body_type="form",
            cast_to=PaymentMethod,
            options=request_options,
        )
