# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class CheckoutSession(StripeObject):
    """A Checkout Session represents your customer's session as they pay for
    one-time purchases or subscriptions through [Checkout](https://stripe.com/docs/payments/checkout)
    or [Payment Links](https://stripe.com/docs/payments/payment-links). We recommend creating a
    new Session each time your customer attempts to pay.

    Once payment is successful, the Checkout Session will contain a reference
    to the [Customer](https://stripe.com/docs/api/customers), and either the successful
    [PaymentIntent](https://stripe.com/docs/api/payment_intents) or an active
    [Subscription](https://stripe.com/docs/api/subscriptions).

    You can create a Checkout Session on your server and pass its ID to the
    client to begin Checkout.

    Related guide: [Checkout Quickstart](https://stripe.com/docs/checkout/quickstart).
    """

    after_expiration: PaymentPagesCheckoutSessionAfterExpiration | None = None
    """When set, provides configuration for actions to take if this Checkout Session expires."""
    allow_promotion_codes: bool | None = None
    """Enables user redeemable promotion codes."""
    amount_subtotal: int | None = None
    """Total of all items before discounts or taxes are applied."""
    amount_total: int | None = None
    """Total of all items after discounts and taxes are applied."""
    automatic_tax: PaymentPagesCheckoutSessionAutomaticTax
    billing_address_collection: Literal["auto", "required"] | str | None = None
    """Describes whether Checkout should collect the customer's billing address."""
    cancel_url: str
    """The URL the customer will be directed to if they decide to cancel payment and return to your website."""
    client_reference_id: str | None = None
    """A unique string to reference the Checkout Session. This can be a
        customer ID, a cart ID, or similar, and can be used to reconcile the
        Session with your internal systems.
        """
    consent: PaymentPagesCheckoutSessionConsent | None = None
    """Results of `consent_collection` for this session."""
    consent_collection: PaymentPagesCheckoutSessionConsentCollection | None = None
    """When set, provides configuration for the Checkout Session to gather active consent from customers."""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str | None = None
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    customer: str | Customer | DeletedCustomer | StripeObject | None = None
    """The ID of the customer for this Session.
        For Checkout Sessions in `payment` or `subscription` mode, Checkout
        will create a new customer object based on information provided
        during the payment flow unless an existing customer was provided when
        the Session was created.
        """
    customer_creation: Literal["always", "if_required"] | str | None = None
    """Configure whether a Checkout Session creates a Customer when the Checkout Session completes."""
    customer_details: PaymentPagesCheckoutSessionCustomerDetails | None = None
    """The customer details including the customer's tax exempt status and the customer's tax IDs. Only the customer's email is present on Sessions in `setup` mode."""
    customer_email: str | None = None
    """If provided, this value will be used when the Customer object is created.
        If not provided, customers will be asked to enter their email address.
        Use this parameter to prefill customer data if you already have an email
        on file. To access information about the customer once the payment flow is
        complete, use the `customer` attribute.
        """
    expires_at: int
    """The timestamp at which the Checkout Session will expire."""
    id: str
    """Unique identifier for the object. Used to pass to `redirectToCheckout`
        in Stripe.js.
        """
    line_items: CheckoutSessionLineItems | None = None
    """The line items purchased by the customer."""
    livemode: bool
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
    mode: Literal["payment", "setup", "subscription"] | str
    """The mode of the Checkout Session."""
    object: Literal["checkout.session"]
    """String representing the object's type. Objects of the same type share the same value."""
    payment_intent: str | PaymentIntent | StripeObject | None = None
    """The ID of the PaymentIntent for Checkout Sessions in `payment` mode."""
    payment_link: str | PaymentLink | StripeObject | None = None
    """The ID of the Payment Link that created this Session."""
    payment_method_collection: Literal["always", "if_required"] | str | None = None
    """Configure whether a Checkout Session should collect a payment method."""
    payment_method_options: CheckoutSessionPaymentMethodOptions | None = None
    """Payment-method-specific configuration for the PaymentIntent or SetupIntent of this CheckoutSession."""
    payment_method_types: list[str]
    """A list of the types of payment methods (e.g. card) this Checkout
        Session is allowed to accept.
        """
    payment_status: Literal["no_payment_required", "paid", "unpaid"] | str
    """The payment status of the Checkout Session, one of `paid`, `unpaid`, or `no_payment_required`.
        You can use this value to decide when to fulfill your customer's order.
        """
    phone_number_collection: PaymentPagesCheckoutSessionPhoneNumberCollection | None = None
    recovered_from: str | None = None
    """The ID of the original expired Checkout Session that triggered the recovery flow."""
    setup_intent: str | SetupIntent | StripeObject | None = None
    """The ID of the SetupIntent for Checkout Sessions in `setup` mode."""
    shipping_address_collection: PaymentPagesCheckoutSessionShippingAddressCollection | None = None
    """When set, provides configuration for Checkout to collect a shipping address from a customer."""
    shipping_cost: PaymentPagesCheckoutSessionShippingCost | None = None
    """The details of the customer cost of shipping, including the customer chosen ShippingRate."""
    shipping_details: Shipping | None = None
    """Shipping information for this Checkout Session."""
    shipping_options: list[PaymentPagesCheckoutSessionShippingOption]
    """The shipping rate options applied to this Session."""
    status: Literal["complete", "expired", "open"] | str | None = None
    """The status of the Checkout Session, one of `open`, `complete`, or `expired`."""
    submit_type: Literal["auto", "book", "donate", "pay"] | str | None = None
    """Describes the type of transaction being performed by Checkout in order to customize
        relevant text on the page, such as the submit button. `submit_type` can only be
        specified on Checkout Sessions in `payment` mode, but not Checkout Sessions
        in `subscription` or `setup` mode.
        """
    subscription: str | Subscription | StripeObject | None = None
    """The ID of the subscription for Checkout Sessions in `subscription` mode."""
    success_url: str
    """The URL the customer will be directed to after the payment or
        subscription creation is successful.
        """
    tax_id_collection: PaymentPagesCheckoutSessionTaxIdCollection | None = None
    total_details: PaymentPagesCheckoutSessionTotalDetails | None = None
    """Tax and discount details for the computed total amount."""
    url: str | None = None
    """The URL to the Checkout Session. Redirect customers to this URL to take them to Checkout. If you’re using [Custom Domains](https://stripe.com/docs/payments/checkout/custom-domains), the URL will use your subdomain. Otherwise, it’ll use `checkout.stripe.com.`
        This value is only present when the session is active.
        """


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .checkout_session_line_items import CheckoutSessionLineItems
from .checkout_session_payment_method_options import CheckoutSessionPaymentMethodOptions
from .customer import Customer
from .deleted_customer import DeletedCustomer
from .payment_intent import PaymentIntent
from .payment_link import PaymentLink
from .payment_pages_checkout_session_after_expiration import (
    PaymentPagesCheckoutSessionAfterExpiration,
)
from .payment_pages_checkout_session_automatic_tax import PaymentPagesCheckoutSessionAutomaticTax
from .payment_pages_checkout_session_consent import PaymentPagesCheckoutSessionConsent
from .payment_pages_checkout_session_consent_collection import (
    PaymentPagesCheckoutSessionConsentCollection,
)
from .payment_pages_checkout_session_customer_details import (
    PaymentPagesCheckoutSessionCustomerDetails,
)
from .payment_pages_checkout_session_phone_number_collection import (
    PaymentPagesCheckoutSessionPhoneNumberCollection,
)
from .payment_pages_checkout_session_shipping_address_collection import (
    PaymentPagesCheckoutSessionShippingAddressCollection,
)
from .payment_pages_checkout_session_shipping_cost import PaymentPagesCheckoutSessionShippingCost
from .payment_pages_checkout_session_shipping_option import (
    PaymentPagesCheckoutSessionShippingOption,
)
from .payment_pages_checkout_session_tax_id_collection import (
    PaymentPagesCheckoutSessionTaxIdCollection,
)
from .payment_pages_checkout_session_total_details import PaymentPagesCheckoutSessionTotalDetails
from .setup_intent import SetupIntent
from .shipping import Shipping
from .subscription import Subscription
