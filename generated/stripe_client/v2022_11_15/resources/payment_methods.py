# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.payment_methods`: 6 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.payment_method import PaymentMethod
    from ..params import PaymentMethodsCreateAcssDebitParams
    from ..params import PaymentMethodsCreateAuBecsDebitParams
    from ..params import PaymentMethodsCreateBacsDebitParams
    from ..params import PaymentMethodsCreateBillingDetailsParams
    from ..params import PaymentMethodsCreateBoletoParams
    from ..params import PaymentMethodsCreateCard0Params
    from ..params import PaymentMethodsCreateCard1Params
    from ..params import PaymentMethodsCreateEpsParams
    from ..params import PaymentMethodsCreateFpxParams
    from ..params import PaymentMethodsCreateIdealParams
    from ..params import PaymentMethodsCreateKlarnaParams
    from ..params import PaymentMethodsCreateP24Params
    from ..params import PaymentMethodsCreateRadarOptionsParams
    from ..params import PaymentMethodsCreateSepaDebitParams
    from ..params import PaymentMethodsCreateSofortParams
    from ..params import PaymentMethodsCreateUsBankAccountParams
    from ..params import PaymentMethodsUpdateBillingDetailsParams
    from ..params import PaymentMethodsUpdateCardParams
    from ..params import PaymentMethodsUpdateUsBankAccountParams


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
        """<p>Attaches a PaymentMethod object to a Customer.</p>

        <p>To attach a new PaymentMethod to a customer for future payments, we recommend you use a <a href="/docs/api/setup_intents">SetupIntent</a>
        or a PaymentIntent with <a href="/docs/api/payment_intents/create#create_payment_intent-setup_future_usage">setup_future_usage</a>.
        These approaches will perform any necessary steps to set up the PaymentMethod for future payments. Using the <code>/v1/payment_methods/:id/attach</code>
        endpoint without first using a SetupIntent or PaymentIntent with <code>setup_future_usage</code> does not optimize the PaymentMethod for
        future use, which makes later declines and payment friction more likely.
        See <a href="/docs/payments/payment-intents#future-usage">Optimizing cards for future payments</a> for more information about setting up
        future payments.</p>

        <p>To use this PaymentMethod as the default for invoice or subscription payments,
        set <a href="/docs/api/customers/update#update_customer-invoice_settings-default_payment_method"><code>invoice_settings.default_payment_method</code></a>,
        on the Customer to the PaymentMethod’s ID.</p>

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
            idempotency_header="Idempotency-Key",
            cast_to=PaymentMethod,
            options=request_options,
        )

    def create(
        self,
        *,
        acss_debit: PaymentMethodsCreateAcssDebitParams | None = None,
        affirm: Mapping[str, Any] | None = None,
        afterpay_clearpay: Mapping[str, Any] | None = None,
        alipay: Mapping[str, Any] | None = None,
        au_becs_debit: PaymentMethodsCreateAuBecsDebitParams | None = None,
        bacs_debit: PaymentMethodsCreateBacsDebitParams | None = None,
        bancontact: Mapping[str, Any] | None = None,
        billing_details: PaymentMethodsCreateBillingDetailsParams | None = None,
        blik: Mapping[str, Any] | None = None,
        boleto: PaymentMethodsCreateBoletoParams | None = None,
        card: PaymentMethodsCreateCard0Params | PaymentMethodsCreateCard1Params | None = None,
        customer: str | None = None,
        customer_balance: Mapping[str, Any] | None = None,
        eps: PaymentMethodsCreateEpsParams | None = None,
        expand: Sequence[str] | None = None,
        fpx: PaymentMethodsCreateFpxParams | None = None,
        giropay: Mapping[str, Any] | None = None,
        grabpay: Mapping[str, Any] | None = None,
        ideal: PaymentMethodsCreateIdealParams | None = None,
        interac_present: Mapping[str, Any] | None = None,
        klarna: PaymentMethodsCreateKlarnaParams | None = None,
        konbini: Mapping[str, Any] | None = None,
        link: Mapping[str, Any] | None = None,
        metadata: Mapping[str, str] | None = None,
        oxxo: Mapping[str, Any] | None = None,
        p24: PaymentMethodsCreateP24Params | None = None,
        payment_method: str | None = None,
        paynow: Mapping[str, Any] | None = None,
        pix: Mapping[str, Any] | None = None,
        promptpay: Mapping[str, Any] | None = None,
        radar_options: PaymentMethodsCreateRadarOptionsParams | None = None,
        sepa_debit: PaymentMethodsCreateSepaDebitParams | None = None,
        sofort: PaymentMethodsCreateSofortParams | None = None,
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
            ]
            | None
        ) = None,
        us_bank_account: PaymentMethodsCreateUsBankAccountParams | None = None,
        wechat_pay: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentMethod:
        """<p>Creates a PaymentMethod object. Read the <a href="/docs/stripe-js/reference#stripe-create-payment-method">Stripe.js reference</a> to learn how to create PaymentMethods via Stripe.js.</p>

        <p>Instead of creating a PaymentMethod directly, we recommend using the <a href="/docs/payments/accept-a-payment">PaymentIntents</a> API to accept a payment immediately or the <a href="/docs/payments/save-and-reuse">SetupIntent</a> API to collect payment method details ahead of a future payment.</p>

        `POST /v1/payment_methods`
        """
        from ..models.payment_method import PaymentMethod

        return self._client.request(
            "post",
            "/v1/payment_methods",
            body={
                "acss_debit": acss_debit,
                "affirm": affirm,
                "afterpay_clearpay": afterpay_clearpay,
                "alipay": alipay,
                "au_becs_debit": au_becs_debit,
                "bacs_debit": bacs_debit,
                "bancontact": bancontact,
                "billing_details": billing_details,
                "blik": blik,
                "boleto": boleto,
                "card": card,
                "customer": customer,
                "customer_balance": customer_balance,
                "eps": eps,
                "expand": expand,
                "fpx": fpx,
                "giropay": giropay,
                "grabpay": grabpay,
                "ideal": ideal,
                "interac_present": interac_present,
                "klarna": klarna,
                "konbini": konbini,
                "link": link,
                "metadata": metadata,
                "oxxo": oxxo,
                "p24": p24,
                "payment_method": payment_method,
                "paynow": paynow,
                "pix": pix,
                "promptpay": promptpay,
                "radar_options": radar_options,
                "sepa_debit": sepa_debit,
                "sofort": sofort,
                "type": type,
                "us_bank_account": us_bank_account,
                "wechat_pay": wechat_pay,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
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
        """<p>Detaches a PaymentMethod object from a Customer. After a PaymentMethod is detached, it can no longer be used for a payment or re-attached to a Customer.</p>

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
            idempotency_header="Idempotency-Key",
            cast_to=PaymentMethod,
            options=request_options,
        )

    def list(
        self,
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
        customer: str | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[PaymentMethod]:
        """<p>Returns a list of PaymentMethods for Treasury flows. If you want to list the PaymentMethods attached to a Customer for payments, you should use the <a href="/docs/api/payment_methods/customer_list">List a Customer’s PaymentMethods</a> API instead.</p>

        `GET /v1/payment_methods`
        """
        from ..models.payment_method import PaymentMethod

        return self._client.request_list(
            "get",
            "/v1/payment_methods",
            query={
                "type": type,
                "customer": customer,
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
        payment_method: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentMethod:
        """<p>Retrieves a PaymentMethod object attached to the StripeAccount. To retrieve a payment method attached to a Customer, you should use <a href="/docs/api/payment_methods/customer">Retrieve a Customer’s PaymentMethods</a></p>

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
        link: Mapping[str, Any] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        us_bank_account: PaymentMethodsUpdateUsBankAccountParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentMethod:
        """<p>Updates a PaymentMethod object. A PaymentMethod must be attached a customer to be updated.</p>

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
                "link": link,
                "metadata": metadata,
                "us_bank_account": us_bank_account,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
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
        """<p>Attaches a PaymentMethod object to a Customer.</p>

        <p>To attach a new PaymentMethod to a customer for future payments, we recommend you use a <a href="/docs/api/setup_intents">SetupIntent</a>
        or a PaymentIntent with <a href="/docs/api/payment_intents/create#create_payment_intent-setup_future_usage">setup_future_usage</a>.
        These approaches will perform any necessary steps to set up the PaymentMethod for future payments. Using the <code>/v1/payment_methods/:id/attach</code>
        endpoint without first using a SetupIntent or PaymentIntent with <code>setup_future_usage</code> does not optimize the PaymentMethod for
        future use, which makes later declines and payment friction more likely.
        See <a href="/docs/payments/payment-intents#future-usage">Optimizing cards for future payments</a> for more information about setting up
        future payments.</p>

        <p>To use this PaymentMethod as the default for invoice or subscription payments,
        set <a href="/docs/api/customers/update#update_customer-invoice_settings-default_payment_method"><code>invoice_settings.default_payment_method</code></a>,
        on the Customer to the PaymentMethod’s ID.</p>

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
            idempotency_header="Idempotency-Key",
            cast_to=PaymentMethod,
            options=request_options,
        )

    async def create(
        self,
        *,
        acss_debit: PaymentMethodsCreateAcssDebitParams | None = None,
        affirm: Mapping[str, Any] | None = None,
        afterpay_clearpay: Mapping[str, Any] | None = None,
        alipay: Mapping[str, Any] | None = None,
        au_becs_debit: PaymentMethodsCreateAuBecsDebitParams | None = None,
        bacs_debit: PaymentMethodsCreateBacsDebitParams | None = None,
        bancontact: Mapping[str, Any] | None = None,
        billing_details: PaymentMethodsCreateBillingDetailsParams | None = None,
        blik: Mapping[str, Any] | None = None,
        boleto: PaymentMethodsCreateBoletoParams | None = None,
        card: PaymentMethodsCreateCard0Params | PaymentMethodsCreateCard1Params | None = None,
        customer: str | None = None,
        customer_balance: Mapping[str, Any] | None = None,
        eps: PaymentMethodsCreateEpsParams | None = None,
        expand: Sequence[str] | None = None,
        fpx: PaymentMethodsCreateFpxParams | None = None,
        giropay: Mapping[str, Any] | None = None,
        grabpay: Mapping[str, Any] | None = None,
        ideal: PaymentMethodsCreateIdealParams | None = None,
        interac_present: Mapping[str, Any] | None = None,
        klarna: PaymentMethodsCreateKlarnaParams | None = None,
        konbini: Mapping[str, Any] | None = None,
        link: Mapping[str, Any] | None = None,
        metadata: Mapping[str, str] | None = None,
        oxxo: Mapping[str, Any] | None = None,
        p24: PaymentMethodsCreateP24Params | None = None,
        payment_method: str | None = None,
        paynow: Mapping[str, Any] | None = None,
        pix: Mapping[str, Any] | None = None,
        promptpay: Mapping[str, Any] | None = None,
        radar_options: PaymentMethodsCreateRadarOptionsParams | None = None,
        sepa_debit: PaymentMethodsCreateSepaDebitParams | None = None,
        sofort: PaymentMethodsCreateSofortParams | None = None,
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
            ]
            | None
        ) = None,
        us_bank_account: PaymentMethodsCreateUsBankAccountParams | None = None,
        wechat_pay: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentMethod:
        """<p>Creates a PaymentMethod object. Read the <a href="/docs/stripe-js/reference#stripe-create-payment-method">Stripe.js reference</a> to learn how to create PaymentMethods via Stripe.js.</p>

        <p>Instead of creating a PaymentMethod directly, we recommend using the <a href="/docs/payments/accept-a-payment">PaymentIntents</a> API to accept a payment immediately or the <a href="/docs/payments/save-and-reuse">SetupIntent</a> API to collect payment method details ahead of a future payment.</p>

        `POST /v1/payment_methods`
        """
        from ..models.payment_method import PaymentMethod

        return await self._client.request(
            "post",
            "/v1/payment_methods",
            body={
                "acss_debit": acss_debit,
                "affirm": affirm,
                "afterpay_clearpay": afterpay_clearpay,
                "alipay": alipay,
                "au_becs_debit": au_becs_debit,
                "bacs_debit": bacs_debit,
                "bancontact": bancontact,
                "billing_details": billing_details,
                "blik": blik,
                "boleto": boleto,
                "card": card,
                "customer": customer,
                "customer_balance": customer_balance,
                "eps": eps,
                "expand": expand,
                "fpx": fpx,
                "giropay": giropay,
                "grabpay": grabpay,
                "ideal": ideal,
                "interac_present": interac_present,
                "klarna": klarna,
                "konbini": konbini,
                "link": link,
                "metadata": metadata,
                "oxxo": oxxo,
                "p24": p24,
                "payment_method": payment_method,
                "paynow": paynow,
                "pix": pix,
                "promptpay": promptpay,
                "radar_options": radar_options,
                "sepa_debit": sepa_debit,
                "sofort": sofort,
                "type": type,
                "us_bank_account": us_bank_account,
                "wechat_pay": wechat_pay,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
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
        """<p>Detaches a PaymentMethod object from a Customer. After a PaymentMethod is detached, it can no longer be used for a payment or re-attached to a Customer.</p>

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
            idempotency_header="Idempotency-Key",
            cast_to=PaymentMethod,
            options=request_options,
        )

    def list(
        self,
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
        customer: str | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[PaymentMethod]:
        """<p>Returns a list of PaymentMethods for Treasury flows. If you want to list the PaymentMethods attached to a Customer for payments, you should use the <a href="/docs/api/payment_methods/customer_list">List a Customer’s PaymentMethods</a> API instead.</p>

        `GET /v1/payment_methods`
        """
        from ..models.payment_method import PaymentMethod

        return self._client.request_list(
            "get",
            "/v1/payment_methods",
            query={
                "type": type,
                "customer": customer,
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
        payment_method: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentMethod:
        """<p>Retrieves a PaymentMethod object attached to the StripeAccount. To retrieve a payment method attached to a Customer, you should use <a href="/docs/api/payment_methods/customer">Retrieve a Customer’s PaymentMethods</a></p>

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
        link: Mapping[str, Any] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        us_bank_account: PaymentMethodsUpdateUsBankAccountParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentMethod:
        """<p>Updates a PaymentMethod object. A PaymentMethod must be attached a customer to be updated.</p>

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
                "link": link,
                "metadata": metadata,
                "us_bank_account": us_bank_account,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=PaymentMethod,
            options=request_options,
        )
