# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class Quote(StripeObject):
    """A Quote is a way to model prices that you'd like to provide to a customer.
    Once accepted, it will automatically create an invoice, subscription or subscription schedule.
    """

    amount_subtotal: int
    """Total before any discounts or taxes are applied."""
    amount_total: int
    """Total after discounts and taxes are applied."""
    application: str | Application | DeletedApplication | StripeObject | None = None
    """ID of the Connect Application that created the quote."""
    application_fee_amount: int | None = None
    """The amount of the application fee (if any) that will be requested to be applied to the payment and transferred to the application owner's Stripe account. Only applicable if there are no line items with recurring prices on the quote."""
    application_fee_percent: float | None = None
    """A non-negative decimal between 0 and 100, with at most two decimal places. This represents the percentage of the subscription invoice subtotal that will be transferred to the application owner's Stripe account. Only applicable if there are line items with recurring prices on the quote."""
    automatic_tax: QuotesResourceAutomaticTax
    collection_method: Literal["charge_automatically", "send_invoice"] | str
    """Either `charge_automatically`, or `send_invoice`. When charging automatically, Stripe will attempt to pay invoices at the end of the subscription cycle or on finalization using the default payment method attached to the subscription or customer. When sending an invoice, Stripe will email your customer an invoice with payment instructions and mark the subscription as `active`. Defaults to `charge_automatically`."""
    computed: QuotesResourceComputed
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str | None = None
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    customer: str | Customer | DeletedCustomer | StripeObject | None = None
    """The customer which this quote belongs to. A customer is required before finalizing the quote. Once specified, it cannot be changed."""
    default_tax_rates: list[str | TaxRate | StripeObject] | None = None
    """The tax rates applied to this quote."""
    description: str | None = None
    """A description that will be displayed on the quote PDF."""
    discounts: list[str | Discount | StripeObject]
    """The discounts applied to this quote."""
    expires_at: int
    """The date on which the quote will be canceled if in `open` or `draft` status. Measured in seconds since the Unix epoch."""
    footer: str | None = None
    """A footer that will be displayed on the quote PDF."""
    from_quote: QuotesResourceFromQuote | None = None
    """Details of the quote that was cloned. See the [cloning documentation](https://stripe.com/docs/quotes/clone) for more details."""
    header: str | None = None
    """A header that will be displayed on the quote PDF."""
    id: str
    """Unique identifier for the object."""
    invoice: str | Invoice | DeletedInvoice | StripeObject | None = None
    """The invoice that was created from this quote."""
    invoice_settings: InvoiceSettingQuoteSetting | None = None
    """All invoices will be billed using the specified settings."""
    line_items: QuoteLineItems | None = None
    """A list of items the customer is being quoted for."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    number: str | None = None
    """A unique number that identifies this particular quote. This number is assigned once the quote is [finalized](https://stripe.com/docs/quotes/overview#finalize)."""
    object: Literal["quote"]
    """String representing the object's type. Objects of the same type share the same value."""
    on_behalf_of: str | Account | StripeObject | None = None
    """The account on behalf of which to charge. See the [Connect documentation](https://support.stripe.com/questions/sending-invoices-on-behalf-of-connected-accounts) for details."""
    status: Literal["accepted", "canceled", "draft", "open"] | str
    """The status of the quote."""
    status_transitions: QuotesResourceStatusTransitions
    subscription: str | Subscription | StripeObject | None = None
    """The subscription that was created or updated from this quote."""
    subscription_data: QuotesResourceSubscriptionData
    subscription_schedule: str | SubscriptionSchedule | StripeObject | None = None
    """The subscription schedule that was created or updated from this quote."""
    test_clock: str | TestHelpersTestClock | StripeObject | None = None
    """ID of the test clock this quote belongs to."""
    total_details: QuotesResourceTotalDetails
    transfer_data: QuotesResourceTransferData | None = None
    """The account (if any) the payments will be attributed to for tax reporting, and where funds from each payment will be transferred to for each of the invoices."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .account import Account
from .application import Application
from .customer import Customer
from .deleted_application import DeletedApplication
from .deleted_customer import DeletedCustomer
from .deleted_invoice import DeletedInvoice
from .discount import Discount
from .invoice import Invoice
from .invoice_setting_quote_setting import InvoiceSettingQuoteSetting
from .quote_line_items import QuoteLineItems
from .quotes_resource_automatic_tax import QuotesResourceAutomaticTax
from .quotes_resource_computed import QuotesResourceComputed
from .quotes_resource_from_quote import QuotesResourceFromQuote
from .quotes_resource_status_transitions import QuotesResourceStatusTransitions
from .quotes_resource_subscription_data import QuotesResourceSubscriptionData
from .quotes_resource_total_details import QuotesResourceTotalDetails
from .quotes_resource_transfer_data import QuotesResourceTransferData
from .subscription import Subscription
from .subscription_schedule import SubscriptionSchedule
from .tax_rate import TaxRate
from .test_helpers_test_clock import TestHelpersTestClock
