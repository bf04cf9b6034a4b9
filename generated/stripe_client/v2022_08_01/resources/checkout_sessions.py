# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.checkout.sessions`: 4 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.checkout_session import CheckoutSession
    from ..params import CheckoutSessionsCreateAfterExpirationParams
    from ..params import CheckoutSessionsCreateAutomaticTaxParams
    from ..params import CheckoutSessionsCreateConsentCollectionParams
    from ..params import CheckoutSessionsCreateCustomerUpdateParams
    from ..params import CheckoutSessionsCreateDiscountsItemParams
    from ..params import CheckoutSessionsCreateLineItemsItemParams
    from ..params import CheckoutSessionsCreatePaymentIntentDataParams
    from ..params import CheckoutSessionsCreatePaymentMethodOptionsParams
    from ..params import CheckoutSessionsCreatePhoneNumberCollectionParams
    from ..params import CheckoutSessionsCreateSetupIntentDataParams
    from ..params import CheckoutSessionsCreateShippingAddressCollectionParams
    from ..params import CheckoutSessionsCreateShippingOptionsItemParams
    from ..params import CheckoutSessionsCreateSubscriptionDataParams
    from ..params import CheckoutSessionsCreateTaxIdCollectionParams
    from ..params import CheckoutSessionsListCustomerDetailsParams
    from .checkout_sessions_line_items import (
        CheckoutSessionsLineItemsResource,
        AsyncCheckoutSessionsLineItemsResource,
    )


class CheckoutSessionsResource:
    """`client.checkout.sessions`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def line_items(self) -> CheckoutSessionsLineItemsResource:
        from .checkout_sessions_line_items import CheckoutSessionsLineItemsResource

        return CheckoutSessionsLineItemsResource(self._client)

    def create(
        self,
        *,
        cancel_url: str,
        success_url: str,
        after_expiration: CheckoutSessionsCreateAfterExpirationParams | None = None,
        allow_promotion_codes: bool | None = None,
        automatic_tax: CheckoutSessionsCreateAutomaticTaxParams | None = None,
        billing_address_collection: Literal["auto", "required"] | None = None,
        client_reference_id: str | None = None,
        consent_collection: CheckoutSessionsCreateConsentCollectionParams | None = None,
        currency: str | None = None,
        customer: str | None = None,
        customer_creation: Literal["always", "if_required"] | None = None,
        customer_email: str | None = None,
        customer_update: CheckoutSessionsCreateCustomerUpdateParams | None = None,
        discounts: Sequence[CheckoutSessionsCreateDiscountsItemParams] | None = None,
        expand: Sequence[str] | None = None,
        expires_at: int | None = None,
        line_items: Sequence[CheckoutSessionsCreateLineItemsItemParams] | None = None,
        locale: (
            Literal[
                "auto",
                "bg",
                "cs",
                "da",
                "de",
                "el",
                "en",
                "en-GB",
                "es",
                "es-419",
                "et",
                "fi",
                "fil",
                "fr",
                "fr-CA",
                "hr",
                "hu",
                "id",
                "it",
                "ja",
                "ko",
                "lt",
                "lv",
                "ms",
                "mt",
                "nb",
                "nl",
                "pl",
                "pt",
                "pt-BR",
                "ro",
                "ru",
                "sk",
                "sl",
                "sv",
                "th",
                "tr",
                "vi",
                "zh",
                "zh-HK",
                "zh-TW",
            ]
            | None
        ) = None,
        metadata: Mapping[str, str] | None = None,
        mode: Literal["payment", "setup", "subscription"] | None = None,
        payment_intent_data: CheckoutSessionsCreatePaymentIntentDataParams | None = None,
        payment_method_collection: Literal["always", "if_required"] | None = None,
        payment_method_options: CheckoutSessionsCreatePaymentMethodOptionsParams | None = None,
        payment_method_types: (
            Sequence[
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
            ]
            | None
        ) = None,
        phone_number_collection: CheckoutSessionsCreatePhoneNumberCollectionParams | None = None,
        setup_intent_data: CheckoutSessionsCreateSetupIntentDataParams | None = None,
        shipping_address_collection: (
            CheckoutSessionsCreateShippingAddressCollectionParams | None
        ) = None,
        shipping_options: Sequence[CheckoutSessionsCreateShippingOptionsItemParams] | None = None,
        submit_type: Literal["auto", "book", "donate", "pay"] | None = None,
        subscription_data: CheckoutSessionsCreateSubscriptionDataParams | None = None,
        tax_id_collection: CheckoutSessionsCreateTaxIdCollectionParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> CheckoutSession:
        """<p>Creates a Session object.</p>

        `POST /v1/checkout/sessions`
        """
        from ..models.checkout_session import CheckoutSession

        return self._client.request(
            "post",
            "/v1/checkout/sessions",
            body={
                "cancel_url": cancel_url,
                "success_url": success_url,
                "after_expiration": after_expiration,
                "allow_promotion_codes": allow_promotion_codes,
                "automatic_tax": automatic_tax,
                "billing_address_collection": billing_address_collection,
                "client_reference_id": client_reference_id,
                "consent_collection": consent_collection,
                "currency": currency,
                "customer": customer,
                "customer_creation": customer_creation,
                "customer_email": customer_email,
                "customer_update": customer_update,
                "discounts": discounts,
                "expand": expand,
                "expires_at": expires_at,
                "line_items": line_items,
                "locale": locale,
                "metadata": metadata,
                "mode": mode,
                "payment_intent_data": payment_intent_data,
                "payment_method_collection": payment_method_collection,
                "payment_method_options": payment_method_options,
                "payment_method_types": payment_method_types,
                "phone_number_collection": phone_number_collection,
                "setup_intent_data": setup_intent_data,
                "shipping_address_collection": shipping_address_collection,
                "shipping_options": shipping_options,
                "submit_type": submit_type,
                "subscription_data": subscription_data,
                "tax_id_collection": tax_id_collection,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=CheckoutSession,
            options=request_options,
        )

    def expire(
        self,
        session: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CheckoutSession:
        """<p>A Session can be expired when it is in one of these statuses: <code>open</code> </p>

        <p>After it expires, a customer can’t complete a Session and customers loading the Session see a message saying the Session is expired.</p>

        `POST /v1/checkout/sessions/{session}/expire`
        """
        from ..models.checkout_session import CheckoutSession

        return self._client.request(
            "post",
            "/v1/checkout/sessions/{session}/expire",
            path_params={
                "session": session,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=CheckoutSession,
            options=request_options,
        )

    def list(
        self,
        *,
        customer: str | None = None,
        customer_details: CheckoutSessionsListCustomerDetailsParams | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        payment_intent: str | None = None,
        starting_after: str | None = None,
        subscription: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[CheckoutSession]:
        """<p>Returns a list of Checkout Sessions.</p>

        `GET /v1/checkout/sessions`
        """
        from ..models.checkout_session import CheckoutSession

        return self._client.request_list(
            "get",
            "/v1/checkout/sessions",
            query={
                "customer": customer,
                "customer_details": customer_details,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "payment_intent": payment_intent,
                "starting_after": starting_after,
                "subscription": subscription,
            },
            cast_to=ListObject[CheckoutSession],
            options=request_options,
        )

    def retrieve(
        self,
        session: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CheckoutSession:
        """<p>Retrieves a Session object.</p>

        `GET /v1/checkout/sessions/{session}`
        """
        from ..models.checkout_session import CheckoutSession

        return self._client.request(
            "get",
            "/v1/checkout/sessions/{session}",
            path_params={
                "session": session,
            },
            query={
                "expand": expand,
            },
            cast_to=CheckoutSession,
            options=request_options,
        )


class AsyncCheckoutSessionsResource:
    """`client.checkout.sessions` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def line_items(self) -> AsyncCheckoutSessionsLineItemsResource:
        from .checkout_sessions_line_items import AsyncCheckoutSessionsLineItemsResource

        return AsyncCheckoutSessionsLineItemsResource(self._client)

    async def create(
        self,
        *,
        cancel_url: str,
        success_url: str,
        after_expiration: CheckoutSessionsCreateAfterExpirationParams | None = None,
        allow_promotion_codes: bool | None = None,
        automatic_tax: CheckoutSessionsCreateAutomaticTaxParams | None = None,
        billing_address_collection: Literal["auto", "required"] | None = None,
        client_reference_id: str | None = None,
        consent_collection: CheckoutSessionsCreateConsentCollectionParams | None = None,
        currency: str | None = None,
        customer: str | None = None,
        customer_creation: Literal["always", "if_required"] | None = None,
        customer_email: str | None = None,
        customer_update: CheckoutSessionsCreateCustomerUpdateParams | None = None,
        discounts: Sequence[CheckoutSessionsCreateDiscountsItemParams] | None = None,
        expand: Sequence[str] | None = None,
        expires_at: int | None = None,
        line_items: Sequence[CheckoutSessionsCreateLineItemsItemParams] | None = None,
        locale: (
            Literal[
                "auto",
                "bg",
                "cs",
                "da",
                "de",
                "el",
                "en",
                "en-GB",
                "es",
                "es-419",
                "et",
                "fi",
                "fil",
                "fr",
                "fr-CA",
                "hr",
                "hu",
                "id",
                "it",
                "ja",
                "ko",
                "lt",
                "lv",
                "ms",
                "mt",
                "nb",
                "nl",
                "pl",
                "pt",
                "pt-BR",
                "ro",
                "ru",
                "sk",
                "sl",
                "sv",
                "th",
                "tr",
                "vi",
                "zh",
                "zh-HK",
                "zh-TW",
            ]
            | None
        ) = None,
        metadata: Mapping[str, str] | None = None,
        mode: Literal["payment", "setup", "subscription"] | None = None,
        payment_intent_data: CheckoutSessionsCreatePaymentIntentDataParams | None = None,
        payment_method_collection: Literal["always", "if_required"] | None = None,
        payment_method_options: CheckoutSessionsCreatePaymentMethodOptionsParams | None = None,
        payment_method_types: (
            Sequence[
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
            ]
            | None
        ) = None,
        phone_number_collection: CheckoutSessionsCreatePhoneNumberCollectionParams | None = None,
        setup_intent_data: CheckoutSessionsCreateSetupIntentDataParams | None = None,
        shipping_address_collection: (
            CheckoutSessionsCreateShippingAddressCollectionParams | None
        ) = None,
        shipping_options: Sequence[CheckoutSessionsCreateShippingOptionsItemParams] | None = None,
        submit_type: Literal["auto", "book", "donate", "pay"] | None = None,
        subscription_data: CheckoutSessionsCreateSubscriptionDataParams | None = None,
        tax_id_collection: CheckoutSessionsCreateTaxIdCollectionParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> CheckoutSession:
        """<p>Creates a Session object.</p>

        `POST /v1/checkout/sessions`
        """
        from ..models.checkout_session import CheckoutSession

        return await self._client.request(
            "post",
            "/v1/checkout/sessions",
            body={
                "cancel_url": cancel_url,
                "success_url": success_url,
                "after_expiration": after_expiration,
                "allow_promotion_codes": allow_promotion_codes,
                "automatic_tax": automatic_tax,
                "billing_address_collection": billing_address_collection,
                "client_reference_id": client_reference_id,
                "consent_collection": consent_collection,
                "currency": currency,
                "customer": customer,
                "customer_creation": customer_creation,
                "customer_email": customer_email,
                "customer_update": customer_update,
                "discounts": discounts,
                "expand": expand,
                "expires_at": expires_at,
                "line_items": line_items,
                "locale": locale,
                "metadata": metadata,
                "mode": mode,
                "payment_intent_data": payment_intent_data,
                "payment_method_collection": payment_method_collection,
                "payment_method_options": payment_method_options,
                "payment_method_types": payment_method_types,
                "phone_number_collection": phone_number_collection,
                "setup_intent_data": setup_intent_data,
                "shipping_address_collection": shipping_address_collection,
                "shipping_options": shipping_options,
                "submit_type": submit_type,
                "subscription_data": subscription_data,
                "tax_id_collection": tax_id_collection,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=CheckoutSession,
            options=request_options,
        )

    async def expire(
        self,
        session: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CheckoutSession:
        """<p>A Session can be expired when it is in one of these statuses: <code>open</code> </p>

        <p>After it expires, a customer can’t complete a Session and customers loading the Session see a message saying the Session is expired.</p>

        `POST /v1/checkout/sessions/{session}/expire`
        """
        from ..models.checkout_session import CheckoutSession

        return await self._client.request(
            "post",
            "/v1/checkout/sessions/{session}/expire",
            path_params={
                "session": session,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=CheckoutSession,
            options=request_options,
        )

    def list(
        self,
        *,
        customer: str | None = None,
        customer_details: CheckoutSessionsListCustomerDetailsParams | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        payment_intent: str | None = None,
        starting_after: str | None = None,
        subscription: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[CheckoutSession]:
        """<p>Returns a list of Checkout Sessions.</p>

        `GET /v1/checkout/sessions`
        """
        from ..models.checkout_session import CheckoutSession

        return self._client.request_list(
            "get",
            "/v1/checkout/sessions",
            query={
                "customer": customer,
                "customer_details": customer_details,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "payment_intent": payment_intent,
                "starting_after": starting_after,
                "subscription": subscription,
            },
            cast_to=AsyncListObject[CheckoutSession],
            options=request_options,
        )

    async def retrieve(
        self,
        session: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CheckoutSession:
        """<p>Retrieves a Session object.</p>

        `GET /v1/checkout/sessions/{session}`
        """
        from ..models.checkout_session import CheckoutSession

        return await self._client.request(
            "get",
            "/v1/checkout/sessions/{session}",
            path_params={
                "session": session,
            },
            query={
                "expand": expand,
            },
            cast_to=CheckoutSession,
            options=request_options,
        )
