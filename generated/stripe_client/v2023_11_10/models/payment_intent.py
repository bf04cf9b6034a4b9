# File generated from spec/ (API version 2023-11-10, spec sha256 a73992d2e6f58969) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class PaymentIntent(StripeObject):
    """A PaymentIntent guides you through the process of collecting a payment from your customer. Create exactly one PaymentIntent per order or customer session."""

    amount: int
    """Amount intended to be collected, in the smallest currency unit."""
    amount_capturable: int | None = None
    """Amount that can be captured from this PaymentIntent."""
    amount_received: int | None = None
    """Amount that this PaymentIntent collects."""
    application: str | Application | StripeObject | None = None
    """ID of the Connect application that created the PaymentIntent."""
    application_fee_amount: int | None = None
    """The amount of the application fee (if any) requested for the resulting payment."""
    automatic_payment_methods: PaymentFlowsAutomaticPaymentMethodsPaymentIntent | None = None
    """Settings to configure compatible payment methods from the Stripe Dashboard."""
    canceled_at: int | None = None
    """Populated when `status` is `canceled`, this is the time at which the PaymentIntent was canceled."""
    cancellation_reason: (
        Literal[
            "abandoned",
            "automatic",
            "duplicate",
            "failed_invoice",
            "fraudulent",
            "requested_by_customer",
            "void_invoice",
        ]
        | str
        | None
    ) = None
    """Reason for cancellation of this PaymentIntent."""
    capture_method: Literal["automatic", "automatic_async", "manual"] | str
    """Controls when the funds will be captured from the customer's account."""
    client_secret: str | None = None
    """The client secret of this PaymentIntent, used for client-side retrieval using a publishable key. Do not store, log or expose it to anyone but the customer."""
    confirmation_method: Literal["automatic", "manual"] | str
    """How the PaymentIntent is confirmed (client-side with a publishable key, or server-side only)."""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str
    """Three-letter ISO currency code, in lowercase."""
    customer: str | Customer | DeletedCustomer | StripeObject | None = None
    """ID of the Customer this PaymentIntent belongs to, if one exists."""
    description: str | None = None
    """An arbitrary string attached to the object."""
    id: str
    """Unique identifier for the object."""
    invoice: str | Invoice | StripeObject | None = None
    """ID of the invoice that created this PaymentIntent, if it exists."""
    last_payment_error: ApiErrors | None = None
    """The payment error encountered in the previous PaymentIntent confirmation."""
    latest_charge: str | Charge | StripeObject | None = None
    """The latest charge created by this PaymentIntent."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or `false` in test mode."""
    metadata: dict[str, str] | None = None
    """Set of key-value pairs attached to the object."""
    next_action: PaymentIntentNextAction | None = None
    """If present, the action you need to take for your customer to fulfill the payment."""
    object: Literal["payment_intent"]
    """String representing the object's type."""
    on_behalf_of: str | Account | StripeObject | None = None
    """The account (if any) for which the funds of the PaymentIntent are intended (Connect)."""
    payment_method: str | PaymentMethod | StripeObject | None = None
    """ID of the payment method used in this PaymentIntent."""
    payment_method_types: list[str]
    """The list of payment method types (e.g. card) that this PaymentIntent is allowed to use."""
    receipt_email: str | None = None
    """Email address that the receipt for the resulting payment will be sent to."""
    setup_future_usage: Literal["off_session", "on_session"] | str | None = None
    """Whether the payment method is saved to the customer for future payments."""
    shipping: Shipping | None = None
    """Shipping information for this PaymentIntent."""
    statement_descriptor: str | None = None
    """The complete statement descriptor for non-card charges."""
    statement_descriptor_suffix: str | None = None
    """Suffix appended to the account's statement descriptor for card charges."""
    status: (
        Literal[
            "canceled",
            "processing",
            "requires_action",
            "requires_capture",
            "requires_confirmation",
            "requires_payment_method",
            "succeeded",
        ]
        | str
    )
    """Status of this PaymentIntent."""
    transfer_data: TransferData | None = None
    """The data that automatically creates a Transfer after the payment finalizes (Connect)."""
    transfer_group: str | None = None
    """A string that identifies the resulting payment as part of a group (Connect)."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .account import Account
from .api_errors import ApiErrors
from .application import Application
from .charge import Charge
from .customer import Customer
from .deleted_customer import DeletedCustomer
from .invoice import Invoice
from .payment_flows_automatic_payment_methods_payment_intent import (
    PaymentFlowsAutomaticPaymentMethodsPaymentIntent,
)
from .payment_intent_next_action import PaymentIntentNextAction
from .payment_method import PaymentMethod
from .shipping import Shipping
from .transfer_data import TransferData
