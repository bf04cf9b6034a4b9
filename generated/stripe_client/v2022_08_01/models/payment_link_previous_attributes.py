# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class PaymentLinkPreviousAttributes(StripeObject):
    """The previous values of the PaymentLink fields that changed."""

    active: bool | None = None
    """Whether the payment link's `url` is active. If `false`, customers visiting the URL will be shown a page saying that the link has been deactivated."""
    after_completion: dict[str, Any] | None = None
    allow_promotion_codes: bool | None = None
    """Whether user redeemable promotion codes are enabled."""
    application_fee_amount: int | None = None
    """The amount of the application fee (if any) that will be requested to be applied to the payment and transferred to the application owner's Stripe account."""
    application_fee_percent: float | None = None
    """This represents the percentage of the subscription invoice subtotal that will be transferred to the application owner's Stripe account."""
    automatic_tax: dict[str, Any] | None = None
    billing_address_collection: Literal["auto", "required"] | str | None = None
    """Configuration for collecting the customer's billing address."""
    consent_collection: dict[str, Any] | None = None
    """When set, provides configuration to gather active consent from customers."""
    currency: str | None = None
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    customer_creation: Literal["always", "if_required"] | str | None = None
    """Configuration for Customer creation during checkout."""
    id: str | None = None
    """Unique identifier for the object."""
    line_items: dict[str, Any] | None = None
    """The line items representing what is being sold."""
    livemode: bool | None = None
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    object: Literal["payment_link"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
    on_behalf_of: str | dict[str, Any] | None = None
    """The account on behalf of which to charge. See the [Connect documentation](https://support.stripe.com/questions/sending-invoices-on-behalf-of-connected-accounts) for details."""
    payment_intent_data: dict[str, Any] | None = None
    """Indicates the parameters to be passed to PaymentIntent creation during checkout."""
    payment_method_collection: Literal["always", "if_required"] | str | None = None
    """Configuration for collecting a payment method during checkout."""
    payment_method_types: (
        list[
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
            | str
        ]
        | None
    ) = None
    """The list of payment method types that customers can use. When `null`, Stripe will dynamically show relevant payment methods you've enabled in your [payment method settings](https://dashboard.stripe.com/settings/payment_methods)."""
    phone_number_collection: dict[str, Any] | None = None
    shipping_address_collection: dict[str, Any] | None = None
    """Configuration for collecting the customer's shipping address."""
    shipping_options: list[dict[str, Any]] | None = None
    """The shipping rate options applied to the session."""
    submit_type: Literal["auto", "book", "donate", "pay"] | str | None = None
    """Indicates the type of transaction being performed which customizes relevant text on the page, such as the submit button."""
    subscription_data: dict[str, Any] | None = None
    """When creating a subscription, the specified configuration data will be used. There must be at least one line item with a recurring price to use `subscription_data`."""
    tax_id_collection: dict[str, Any] | None = None
    transfer_data: dict[str, Any] | None = None
    """The account (if any) the payments will be attributed to for tax reporting, and where funds from each payment will be transferred to."""
    url: str | None = None
    """The public URL that can be shared with customers."""
