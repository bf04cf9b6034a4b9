# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class CheckoutSessionPreviousAttributes(StripeObject):
    """The previous values of the CheckoutSession fields that changed."""

    after_expiration: dict[str, Any] | None = None
    """When set, provides configuration for actions to take if this Checkout Session expires."""
    allow_promotion_codes: bool | None = None
    """Enables user redeemable promotion codes."""
    amount_subtotal: int | None = None
    """Total of all items before discounts or taxes are applied."""
    amount_total: int | None = None
    """Total of all items after discounts and taxes are applied."""
    automatic_tax: dict[str, Any] | None = None
    billing_address_collection: Literal["auto", "required"] | str | None = None
    """Describes whether Checkout should collect the customer's billing address."""
    cancel_url: str | None = None
    """If set, Checkout displays a back button and customers will be directed to this URL if they decide to cancel payment and return to your website."""
    client_reference_id: str | None = None
    """A unique string to reference the Checkout Session. This can be a
        customer ID, a cart ID, or similar, and can be used to reconcile the
        Session with your internal systems.
        """
    consent: dict[str, Any] | None = None
    """Results of `consent_collection` for this session."""
    consent_collection: dict[str, Any] | None = None
    """When set, provides configuration for the Checkout Session to gather active consent from customers."""
    created: int | None = None
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str | None = None
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    currency_conversion: dict[str, Any] | None = None
    """Currency conversion details for automatic currency conversion sessions"""
    custom_fields: list[dict[str, Any]] | None = None
    """Collect additional information from your customer using custom fields. Up to 2 fields are supported."""
    custom_text: dict[str, Any] | None = None
    customer: str | dict[str, Any] | None = None
    """The ID of the customer for this Session.
        For Checkout Sessions in `subscription` mode or Checkout Sessions with `customer_creation` set as `always` in `payment` mode, Checkout
        will create a new customer object based on information provided
        during the payment flow unless an existing customer was provided when
        the Session was created.
        """
    customer_creation: Literal["always", "if_required"] | str | None = None
    """Configure whether a Checkout Session creates a Customer when the Checkout Session completes."""
    customer_details: dict[str, Any] | None = None
    """The customer details including the customer's tax exempt status and the customer's tax IDs. Only the customer's email is present on Sessions in `setup` mode."""
    customer_email: str | None = None
    """If provided, this value will be used when the Customer object is created.
        If not provided, customers will be asked to enter their email address.
        Use this parameter to prefill customer data if you already have an email
        on file. To access information about the customer once the payment flow is
        complete, use the `customer` attribute.
        """
    expires_at: int | None = None
    """The timestamp at which the Checkout Session will expire."""
    id: str | None = None
    """Unique identifier for the object."""
    invoice: str | dict[str, Any] | None = None
    """ID of the invoice created by the Checkout Session, if it exists."""
    invoice_creation: dict[str, Any] | None = None
    """Details on the state of invoice creation for the Checkout Session."""
    line_items: dict[str, Any] | None = None
    """The line items purchased by the customer."""
    livemode: bool | None = None
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
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
        | str
        | None
    ) = None
    """The IETF language tag of the locale Checkout is displayed in. If blank or `auto`, the browser's locale is used."""
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    mode: Literal["payment", "setup", "subscription"] | str | None = None
    """The mode of the Checkout Session."""
    object: Literal["checkout.session"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
    payment_intent: str | dict[str, Any] | None = None
    """The ID of the PaymentIntent for Checkout Sessions in `payment` mode."""
    payment_link: str | dict[str, Any] | None = None
    """The ID of the Payment Link that created this Session."""
    payment_method_collection: Literal["always", "if_required"] | str | None = None
    """Configure whether a Checkout Session should collect a payment method."""
    payment_method_options: dict[str, Any] | None = None
    """Payment-method-specific configuration for the PaymentIntent or SetupIntent of this CheckoutSession."""
    payment_method_types: list[str] | None = None
    """A list of the types of payment methods (e.g. card) this Checkout
        Session is allowed to accept.
        """
    payment_status: Literal["no_payment_required", "paid", "unpaid"] | str | None = None
    """The payment status of the Checkout Session, one of `paid`, `unpaid`, or `no_payment_required`.
        You can use this value to decide when to fulfill your customer's order.
        """
    phone_number_collection: dict[str, Any] | None = None
    recovered_from: str | None = None
    """The ID of the original expired Checkout Session that triggered the recovery flow."""
    setup_intent: str | dict[str, Any] | None = None
    """The ID of the SetupIntent for Checkout Sessions in `setup` mode."""
    shipping_address_collection: dict[str, Any] | None = None
    """When set, provides configuration for Checkout to collect a shipping address from a customer."""
    shipping_cost: dict[str, Any] | None = None
    """The details of the customer cost of shipping, including the customer chosen ShippingRate."""
    shipping_details: dict[str, Any] | None = None
    """Shipping information for this Checkout Session."""
    shipping_options: list[dict[str, Any]] | None = None
    """The shipping rate options applied to this Session."""
    status: Literal["complete", "expired", "open"] | str | None = None
    """The status of the Checkout Session, one of `open`, `complete`, or `expired`."""
    submit_type: Literal["auto", "book", "donate", "pay"] | str | None = None
    """Describes the type of transaction being performed by Checkout in order to customize
        relevant text on the page, such as the submit button. `submit_type` can only be
        specified on Checkout Sessions in `payment` mode, but not Checkout Sessions
        in `subscription` or `setup` mode.
        """
    subscription: str | dict[str, Any] | None = None
    """The ID of the subscription for Checkout Sessions in `subscription` mode."""
    success_url: str | None = None
    """The URL the customer will be directed to after the payment or
        subscription creation is successful.
        """
    tax_id_collection: dict[str, Any] | None = None
    total_details: dict[str, Any] | None = None
    """Tax and discount details for the computed total amount."""
    url: str | None = None
    """The URL to the Checkout Session. Redirect customers to this URL to take them to Checkout. If you’re using [Custom Domains](https://stripe.com/docs/payments/checkout/custom-domains), the URL will use your subdomain. Otherwise, it’ll use `checkout.stripe.com.`
        This value is only present when the session is active.
        """
