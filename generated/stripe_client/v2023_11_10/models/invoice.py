# File generated from spec/ (API version 2023-11-10, spec sha256 a73992d2e6f58969) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class Invoice(StripeObject):
    """Invoices are statements of amounts owed by a customer, and are either generated one-off, or generated periodically from a subscription. They contain invoice items and proration adjustments that may be caused by subscription upgrades/downgrades (if necessary)."""

    id: str | None = None
    """Unique identifier for the object. This property is always present unless the invoice is an upcoming invoice."""
    object: Literal["invoice"]
    """String representing the object's type. Objects of the same type share the same value."""
    amount_due: int
    """Final amount due at this time for this invoice, in cents (or local equivalent)."""
    amount_paid: int
    """The amount, in cents (or local equivalent), that was paid."""
    amount_remaining: int
    """The difference between amount_due and amount_paid, in cents (or local equivalent)."""
    application: str | Application | DeletedApplication | StripeObject | None = None
    """ID of the Connect Application that created the invoice."""
    attempt_count: int
    """Number of payment attempts made for this invoice, from the perspective of the payment retry schedule."""
    attempted: bool
    """Whether an attempt has been made to pay the invoice."""
    auto_advance: bool | None = None
    """Controls whether Stripe performs automatic collection of the invoice."""
    automatic_tax: AutomaticTax
    billing_reason: (
        Literal[
            "automatic_pending_invoice_item_invoice",
            "manual",
            "quote_accept",
            "subscription",
            "subscription_create",
            "subscription_cycle",
            "subscription_threshold",
            "subscription_update",
            "upcoming",
        ]
        | str
        | None
    ) = None
    """Indicates the reason why the invoice was created."""
    charge: str | Charge | StripeObject | None = None
    """ID of the latest charge generated for this invoice, if any."""
    collection_method: Literal["charge_automatically", "send_invoice"] | str
    """Either `charge_automatically`, or `send_invoice`."""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str
    """Three-letter ISO currency code, in lowercase."""
    customer: str | Customer | DeletedCustomer | StripeObject | None = None
    """The ID of the customer who will be billed."""
    customer_email: str | None = None
    """The customer's email. Until the invoice is finalized, this field will equal `customer.email`."""
    customer_name: str | None = None
    """The customer's name. Until the invoice is finalized, this field will equal `customer.name`."""
    default_payment_method: str | PaymentMethod | StripeObject | None = None
    """ID of the default payment method for the invoice."""
    description: str | None = None
    """An arbitrary string attached to the object. Referenced as 'memo' in the Dashboard."""
    discount: Discount | None = None
    """Describes the current discount applied to this invoice, if there is one."""
    due_date: int | None = None
    """The date on which payment for this invoice is due."""
    hosted_invoice_url: str | None = None
    """The URL for the hosted invoice page. Null until the invoice is finalized."""
    invoice_pdf: str | None = None
    """The link to download the PDF for the invoice. Null until the invoice is finalized."""
    last_finalization_error: ApiErrors | None = None
    """The error encountered during the previous attempt to finalize the invoice."""
    lines: InvoiceLines
    """The individual line items that make up the invoice."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str] | None = None
    """Set of key-value pairs attached to the object."""
    next_payment_attempt: int | None = None
    """The time at which payment will next be attempted."""
    number: str | None = None
    """A unique, identifying string that appears on emails sent to the customer for this invoice."""
    paid: bool
    """Whether payment was successfully collected for this invoice."""
    paid_out_of_band: bool
    """Returns true if the invoice was manually marked paid."""
    payment_intent: str | PaymentIntent | StripeObject | None = None
    """The PaymentIntent associated with this invoice, generated when the invoice is finalized."""
    period_end: int
    """End of the usage period during which invoice items were added to this invoice."""
    period_start: int
    """Start of the usage period during which invoice items were added to this invoice."""
    status: Literal["draft", "open", "paid", "uncollectible", "void"] | str | None = None
    """The status of the invoice, one of `draft`, `open`, `paid`, `uncollectible`, or `void`."""
    status_transitions: InvoicesStatusTransitions
    subscription: str | Subscription | StripeObject | None = None
    """The subscription that this invoice was prepared for, if any."""
    subtotal: int
    """Total of all subscriptions, invoice items, and prorations on the invoice before any invoice level discount or exclusive tax is applied."""
    total: int
    """Total after discounts and taxes."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .api_errors import ApiErrors
from .application import Application
from .automatic_tax import AutomaticTax
from .charge import Charge
from .customer import Customer
from .deleted_application import DeletedApplication
from .deleted_customer import DeletedCustomer
from .discount import Discount
from .invoice_lines import InvoiceLines
from .invoices_status_transitions import InvoicesStatusTransitions
from .payment_intent import PaymentIntent
from .payment_method import PaymentMethod
from .subscription import Subscription
