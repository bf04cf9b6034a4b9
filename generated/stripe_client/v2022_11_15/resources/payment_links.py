# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.payment_links`: 4 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.payment_link import PaymentLink
    from ..params import PaymentLinksCreateAfterCompletionParams
    from ..params import PaymentLinksCreateAutomaticTaxParams
    from ..params import PaymentLinksCreateConsentCollectionParams
    from ..params import PaymentLinksCreateLineItemsItemParams
    from ..params import PaymentLinksCreatePaymentIntentDataParams
    from ..params import PaymentLinksCreatePhoneNumberCollectionParams
    from ..params import PaymentLinksCreateShippingAddressCollectionParams
    from ..params import PaymentLinksCreateShippingOptionsItemParams
    from ..params import PaymentLinksCreateSubscriptionDataParams
    from ..params import PaymentLinksCreateTaxIdCollectionParams
    from ..params import PaymentLinksCreateTransferDataParams
    from ..params import PaymentLinksUpdateAfterCompletionParams
    from ..params import PaymentLinksUpdateAutomaticTaxParams
    from ..params import PaymentLinksUpdateLineItemsItemParams
    from ..params import PaymentLinksUpdateShippingAddressCollectionParams
    from .payment_links_line_items import (
        PaymentLinksLineItemsResource,
        AsyncPaymentLinksLineItemsResource,
    )


class PaymentLinksResource:
    """`client.payment_links`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def line_items(self) -> PaymentLinksLineItemsResource:
        from .payment_links_line_items import PaymentLinksLineItemsResource

        return PaymentLinksLineItemsResource(self._client)

    def create(
        self,
        *,
        line_items: Sequence[PaymentLinksCreateLineItemsItemParams],
        after_completion: PaymentLinksCreateAfterCompletionParams | None = None,
        allow_promotion_codes: bool | None = None,
        application_fee_amount: int | None = None,
        application_fee_percent: float | None = None,
        automatic_tax: PaymentLinksCreateAutomaticTaxParams | None = None,
        billing_address_collection: Literal["auto", "required"] | None = None,
        consent_collection: PaymentLinksCreateConsentCollectionParams | None = None,
        currency: str | None = None,
        customer_creation: Literal["always", "if_required"] | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        on_behalf_of: str | None = None,
        payment_intent_data: PaymentLinksCreatePaymentIntentDataParams | None = None,
        payment_method_collection: Literal["always", "if_required"] | None = None,
        payment_method_types: (
            Sequence[
                Literal[
                    "affirm",
                    "afterpay_clearpay",
                    "alipay",
                    "au_becs_debit",
                    "bacs_debit",
                    "bancontact",
                    "blik",
                    "boleto",
                    "card",
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
        phone_number_collection: PaymentLinksCreatePhoneNumberCollectionParams | None = None,
        shipping_address_collection: (
            PaymentLinksCreateShippingAddressCollectionParams | None
        ) = None,
        shipping_options: Sequence[PaymentLinksCreateShippingOptionsItemParams] | None = None,
        submit_type: Literal["auto", "book", "donate", "pay"] | None = None,
        subscription_data: PaymentLinksCreateSubscriptionDataParams | None = None,
        tax_id_collection: PaymentLinksCreateTaxIdCollectionParams | None = None,
        transfer_data: PaymentLinksCreateTransferDataParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentLink:
        """<p>Creates a payment link.</p>

        `POST /v1/payment_links`
        """
        from ..models.payment_link import PaymentLink

        return self._client.request(
            "post",
            "/v1/payment_links",
            body={
                "line_items": line_items,
                "after_completion": after_completion,
                "allow_promotion_codes": allow_promotion_codes,
                "application_fee_amount": application_fee_amount,
                "application_fee_percent": application_fee_percent,
                "automatic_tax": automatic_tax,
                "billing_address_collection": billing_address_collection,
                "consent_collection": consent_collection,
                "currency": currency,
                "customer_creation": customer_creation,
                "expand": expand,
                "metadata": metadata,
                "on_behalf_of": on_behalf_of,
                "payment_intent_data": payment_intent_data,
                "payment_method_collection": payment_method_collection,
                "payment_method_types": payment_method_types,
                "phone_number_collection": phone_number_collection,
                "shipping_address_collection": shipping_address_collection,
                "shipping_options": shipping_options,
                "submit_type": submit_type,
                "subscription_data": subscription_data,
                "tax_id_collection": tax_id_collection,
                "transfer_data": transfer_data,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=PaymentLink,
            options=request_options,
        )

    def list(
        self,
        *,
        active: bool | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[PaymentLink]:
        """<p>Returns a list of your payment links.</p>

        `GET /v1/payment_links`
        """
        from ..models.payment_link import PaymentLink

        return self._client.request_list(
            "get",
            "/v1/payment_links",
            query={
                "active": active,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[PaymentLink],
            options=request_options,
        )

    def retrieve(
        self,
        payment_link: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentLink:
        """<p>Retrieve a payment link.</p>

        `GET /v1/payment_links/{payment_link}`
        """
        from ..models.payment_link import PaymentLink

        return self._client.request(
            "get",
            "/v1/payment_links/{payment_link}",
            path_params={
                "payment_link": payment_link,
            },
            query={
                "expand": expand,
            },
            cast_to=PaymentLink,
            options=request_options,
        )

    def update(
        self,
        payment_link: str,
        *,
        active: bool | None = None,
        after_completion: PaymentLinksUpdateAfterCompletionParams | None = None,
        allow_promotion_codes: bool | None = None,
        automatic_tax: PaymentLinksUpdateAutomaticTaxParams | None = None,
        billing_address_collection: Literal["auto", "required"] | None = None,
        customer_creation: Literal["always", "if_required"] | None = None,
        expand: Sequence[str] | None = None,
        line_items: Sequence[PaymentLinksUpdateLineItemsItemParams] | None = None,
        metadata: Mapping[str, str] | None = None,
        payment_method_collection: Literal["always", "if_required"] | None = None,
        payment_method_types: (
            Sequence[
                Literal[
                    "affirm",
                    "afterpay_clearpay",
                    "alipay",
                    "au_becs_debit",
                    "bacs_debit",
                    "bancontact",
                    "blik",
                    "boleto",
                    "card",
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
            | Literal[""]
            | None
        ) = None,
        shipping_address_collection: (
            PaymentLinksUpdateShippingAddressCollectionParams | Literal[""] | None
        ) = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentLink:
        """<p>Updates a payment link.</p>

        `POST /v1/payment_links/{payment_link}`
        """
        from ..models.payment_link import PaymentLink

        return self._client.request(
            "post",
            "/v1/payment_links/{payment_link}",
            path_params={
                "payment_link": payment_link,
            },
            body={
                "active": active,
                "after_completion": after_completion,
                "allow_promotion_codes": allow_promotion_codes,
                "automatic_tax": automatic_tax,
                "billing_address_collection": billing_address_collection,
                "customer_creation": customer_creation,
                "expand": expand,
                "line_items": line_items,
                "metadata": metadata,
                "payment_method_collection": payment_method_collection,
                "payment_method_types": payment_method_types,
                "shipping_address_collection": shipping_address_collection,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=PaymentLink,
            options=request_options,
        )


class AsyncPaymentLinksResource:
    """`client.payment_links` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def line_items(self) -> AsyncPaymentLinksLineItemsResource:
        from .payment_links_line_items import AsyncPaymentLinksLineItemsResource

        return AsyncPaymentLinksLineItemsResource(self._client)

    async def create(
        self,
        *,
        line_items: Sequence[PaymentLinksCreateLineItemsItemParams],
        after_completion: PaymentLinksCreateAfterCompletionParams | None = None,
        allow_promotion_codes: bool | None = None,
        application_fee_amount: int | None = None,
        application_fee_percent: float | None = None,
        automatic_tax: PaymentLinksCreateAutomaticTaxParams | None = None,
        billing_address_collection: Literal["auto", "required"] | None = None,
        consent_collection: PaymentLinksCreateConsentCollectionParams | None = None,
        currency: str | None = None,
        customer_creation: Literal["always", "if_required"] | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        on_behalf_of: str | None = None,
        payment_intent_data: PaymentLinksCreatePaymentIntentDataParams | None = None,
        payment_method_collection: Literal["always", "if_required"] | None = None,
        payment_method_types: (
            Sequence[
                Literal[
                    "affirm",
                    "afterpay_clearpay",
                    "alipay",
                    "au_becs_debit",
                    "bacs_debit",
                    "bancontact",
                    "blik",
                    "boleto",
                    "card",
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
        phone_number_collection: PaymentLinksCreatePhoneNumberCollectionParams | None = None,
        shipping_address_collection: (
            PaymentLinksCreateShippingAddressCollectionParams | None
        ) = None,
        shipping_options: Sequence[PaymentLinksCreateShippingOptionsItemParams] | None = None,
        submit_type: Literal["auto", "book", "donate", "pay"] | None = None,
        subscription_data: PaymentLinksCreateSubscriptionDataParams | None = None,
        tax_id_collection: PaymentLinksCreateTaxIdCollectionParams | None = None,
        transfer_data: PaymentLinksCreateTransferDataParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentLink:
        """<p>Creates a payment link.</p>

        `POST /v1/payment_links`
        """
        from ..models.payment_link import PaymentLink

        return await self._client.request(
            "post",
            "/v1/payment_links",
            body={
                "line_items": line_items,
                "after_completion": after_completion,
                "allow_promotion_codes": allow_promotion_codes,
                "application_fee_amount": application_fee_amount,
                "application_fee_percent": application_fee_percent,
                "automatic_tax": automatic_tax,
                "billing_address_collection": billing_address_collection,
                "consent_collection": consent_collection,
                "currency": currency,
                "customer_creation": customer_creation,
                "expand": expand,
                "metadata": metadata,
                "on_behalf_of": on_behalf_of,
                "payment_intent_data": payment_intent_data,
                "payment_method_collection": payment_method_collection,
                "payment_method_types": payment_method_types,
                "phone_number_collection": phone_number_collection,
                "shipping_address_collection": shipping_address_collection,
                "shipping_options": shipping_options,
                "submit_type": submit_type,
                "subscription_data": subscription_data,
                "tax_id_collection": tax_id_collection,
                "transfer_data": transfer_data,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=PaymentLink,
            options=request_options,
        )

    def list(
        self,
        *,
        active: bool | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[PaymentLink]:
        """<p>Returns a list of your payment links.</p>

        `GET /v1/payment_links`
        """
        from ..models.payment_link import PaymentLink

        return self._client.request_list(
            "get",
            "/v1/payment_links",
            query={
                "active": active,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[PaymentLink],
            options=request_options,
        )

    async def retrieve(
        self,
        payment_link: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentLink:
        """<p>Retrieve a payment link.</p>

        `GET /v1/payment_links/{payment_link}`
        """
        from ..models.payment_link import PaymentLink

        return await self._client.request(
            "get",
            "/v1/payment_links/{payment_link}",
            path_params={
                "payment_link": payment_link,
            },
            query={
                "expand": expand,
            },
            cast_to=PaymentLink,
            options=request_options,
        )

    async def update(
        self,
        payment_link: str,
        *,
        active: bool | None = None,
        after_completion: PaymentLinksUpdateAfterCompletionParams | None = None,
        allow_promotion_codes: bool | None = None,
        automatic_tax: PaymentLinksUpdateAutomaticTaxParams | None = None,
        billing_address_collection: Literal["auto", "required"] | None = None,
        customer_creation: Literal["always", "if_required"] | None = None,
        expand: Sequence[str] | None = None,
        line_items: Sequence[PaymentLinksUpdateLineItemsItemParams] | None = None,
        metadata: Mapping[str, str] | None = None,
        payment_method_collection: Literal["always", "if_required"] | None = None,
        payment_method_types: (
            Sequence[
                Literal[
                    "affirm",
                    "afterpay_clearpay",
                    "alipay",
                    "au_becs_debit",
                    "bacs_debit",
                    "bancontact",
                    "blik",
                    "boleto",
                    "card",
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
            | Literal[""]
            | None
        ) = None,
        shipping_address_collection: (
            PaymentLinksUpdateShippingAddressCollectionParams | Literal[""] | None
        ) = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentLink:
        """<p>Updates a payment link.</p>

        `POST /v1/payment_links/{payment_link}`
        """
        from ..models.payment_link import PaymentLink

        return await self._client.request(
            "post",
            "/v1/payment_links/{payment_link}",
            path_params={
                "payment_link": payment_link,
            },
            body={
                "active": active,
                "after_completion": after_completion,
                "allow_promotion_codes": allow_promotion_codes,
                "automatic_tax": automatic_tax,
                "billing_address_collection": billing_address_collection,
                "customer_creation": customer_creation,
                "expand": expand,
                "line_items": line_items,
                "metadata": metadata,
                "payment_method_collection": payment_method_collection,
                "payment_method_types": payment_method_types,
                "shipping_address_collection": shipping_address_collection,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=PaymentLink,
            options=request_options,
        )
