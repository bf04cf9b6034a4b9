# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class PaymentLink(StripeObject):
    """A payment link is a shareable URL that will take your customers to a hosted payment page. A payment link can be shared and used multiple times.

    When a customer opens a payment link it will open a new [checkout session](https://stripe.com/docs/api/checkout/sessions) to render the payment page. You can use [checkout session events](https://stripe.com/docs/api/events/types#event_types-checkout.session.completed) to track payments through payment links.

    Related guide: [Payment Links API](https://stripe.com/docs/payment-links)
    """

    active: bool
    """Whether the payment link's `url` is active. If `false`, customers visiting the URL will be shown a page saying that the link has been deactivated."""
    after_completion: PaymentLinksResourceAfterCompletion
    allow_promotion_codes: bool
    """Whether user redeemable promotion codes are enabled."""
    application: str | Application | DeletedApplication | StripeObject | None = None
    """The ID of the Connect application that created the Payment Link."""
    application_fee_amount: int | None = None
    """The amount of the application fee (if any) that will be requested to be applied to the payment and transferred to the application owner's Stripe account."""
    application_fee_percent: float | None = None
    """This represents the percentage of the subscription invoice total that will be transferred to the application owner's Stripe account."""
    automatic_tax: PaymentLinksResourceAutomaticTax
    billing_address_collection: Literal["auto", "required"] | str
    """Configuration for collecting the customer's billing address."""
    consent_collection: PaymentLinksResourceConsentCollection | None = None
    """When set, provides configuration to gather active consent from customers."""
    currency: str
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    custom_fields: list[PaymentLinksResourceCustomFields]
    """Collect additional information from your customer using custom fields. Up to 2 fields are supported."""
    custom_text: PaymentLinksResourceCustomText
    customer_creation: Literal["always", "if_required"] | str
    """Configuration for Customer creation during checkout."""
    id: str
    """Unique identifier for the object."""
    invoice_creation: PaymentLinksResourceInvoiceCreation | None = None
    """Configuration for creating invoice for payment mode payment links."""
    line_items: PaymentLinkLineItems | None = None
    """The line items representing what is being sold."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    object: Literal["payment_link"]
    """String representing the object's type. Objects of the same type share the same value."""
    on_behalf_of: str | Account | StripeObject | None = None
    """The account on behalf of which to charge. See the [Connect documentation](https://support.stripe.com/questions/sending-invoices-on-behalf-of-connected-accounts) for details."""
    payment_intent_data: PaymentLinksResourcePaymentIntentData | None = None
    """Indicates the parameters to be passed to PaymentIntent creation during checkout."""
    payment_method_collection: Literal["always", "if_required"] | str
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
                "cashapp",
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
            ]
            | str
        ]
        | None
    ) = None
    """The list of payment method types that customers can use. When `null`, Stripe will dynamically show relevant payment methods you've enabled in your [payment method settings](https://dashboard.stripe.com/settings/payment_methods)."""
    phone_number_collection: PaymentLinksResourcePhoneNumberCollection
    shipping_address_collection: PaymentLinksResourceShippingAddressCollection | None = None
    """Configuration for collecting the customer's shipping address."""
    shipping_options: list[PaymentLinksResourceShippingOption]
    """The shipping rate options applied to the session."""
    submit_type: Literal["auto", "book", "donate", "pay"] | str
    """Indicates the type of transaction being performed which customizes relevant text on the page, such as the submit button."""
    subscription_data: PaymentLinksResourceSubscriptionData | None = None
    """When creating a subscription, the specified configuration data will be used. There must be at least one line item with a recurring price to use `subscription_data`."""
    tax_id_collection: PaymentLinksResourceTaxIdCollection
    transfer_data: PaymentLinksResourceTransferData | None = None
    """The account (if any) the payments will be attributed to for tax reporting, and where funds from each payment will be transferred to."""
    url: str
    """The public URL that can be shared with customers."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .account import Account
from .application import Application
from .deleted_application import DeletedApplication
from .payment_link_line_items import PaymentLinkLineItems
from .payment_links_resource_after_completion import PaymentLinksResourceAfterCompletion
from .payment_links_resource_automatic_tax import PaymentLinksResourceAutomaticTax
from .payment_links_resource_consent_collection import PaymentLinksResourceConsentCollection
from .payment_links_resource_custom_fields import PaymentLinksResourceCustomFields
from .payment_links_resource_custom_text import PaymentLinksResourceCustomText
from .payment_links_resource_invoice_creation import PaymentLinksResourceInvoiceCreation
from .payment_links_resource_payment_intent_data import PaymentLinksResourcePaymentIntentData
from .payment_links_resource_phone_number_collection import (
    PaymentLinksResourcePhoneNumberCollection,
)
from .payment_links_resource_shipping_address_collection import (
    PaymentLinksResourceShippingAddressCollection,
)
from .payment_links_resource_shipping_option import PaymentLinksResourceShippingOption
from .payment_links_resource_subscription_data import PaymentLinksResourceSubscriptionData
from .payment_links_resource_tax_id_collection import PaymentLinksResourceTaxIdCollection
from .payment_links_resource_transfer_data import PaymentLinksResourceTransferData
