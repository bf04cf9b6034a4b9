# File generated from spec/ (API version 2024-02-15, spec sha256 28d2af1d96921294) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class Charge(StripeObject):
    """The Charge object represents a single attempt to move money into your Stripe account. PaymentIntent confirmation is the most common way to create Charges."""

    amount: int
    """Amount intended to be collected by this payment, in the smallest currency unit."""
    amount_captured: int
    """Amount in cents captured (can be less than the amount attribute on the charge if a partial capture was made)."""
    amount_refunded: int
    """Amount in cents refunded (can be less than the amount attribute on the charge if a partial refund was issued)."""
    application: str | Application | StripeObject | None = None
    """ID of the Connect application that created the charge."""
    application_fee_amount: int | None = None
    """The amount of the application fee (if any) requested for the charge."""
    billing_details: BillingDetails
    calculated_statement_descriptor: str | None = None
    """The full statement descriptor that is passed to card networks."""
    captured: bool
    """If the charge was created without capturing, this Boolean represents whether it is still uncaptured or has since been captured."""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str
    """Three-letter ISO currency code, in lowercase."""
    customer: str | Customer | DeletedCustomer | StripeObject | None = None
    """ID of the customer this charge is for if one exists."""
    description: str | None = None
    """An arbitrary string attached to the object."""
    disputed: bool
    """Whether the charge has been disputed."""
    failure_code: str | None = None
    """Error code explaining reason for charge failure if available."""
    failure_message: str | None = None
    """Message to user further explaining reason for charge failure if available."""
    fraud_details: ChargeFraudDetails | None = None
    """Information on fraud assessments for the charge."""
    id: str
    """Unique identifier for the object."""
    invoice: str | Invoice | StripeObject | None = None
    """ID of the invoice this charge is for if one exists."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or `false` in test mode."""
    metadata: dict[str, str]
    """Set of key-value pairs attached to the object."""
    object: Literal["charge"]
    """String representing the object's type."""
    on_behalf_of: str | Account | StripeObject | None = None
    """The account (if any) the charge was made on behalf of without triggering an automatic transfer (Connect)."""
    paid: bool
    """`true` if the charge succeeded, or was successfully authorized for later capture."""
    payment_intent: str | PaymentIntent | StripeObject | None = None
    """ID of the PaymentIntent associated with this charge, if one exists."""
    payment_method: str | None = None
    """ID of the payment method used in this charge."""
    receipt_email: str | None = None
    """This is the email address that the receipt for this charge was sent to."""
    receipt_number: str | None = None
    """This is the transaction number that appears on email receipts sent for this charge."""
    receipt_url: str | None = None
    """This is the URL to view the receipt for this charge."""
    refunded: bool
    """Whether the charge has been fully refunded."""
    refunds: ChargeRefunds | None = None
    """A list of refunds that have been applied to the charge."""
    shipping: Shipping | None = None
    """Shipping information for the charge."""
    statement_descriptor: str | None = None
    """For card charges, use `statement_descriptor_suffix` instead."""
    statement_descriptor_suffix: str | None = None
    """Provides information about the charge that customers see on their statements."""
    status: Literal["failed", "pending", "succeeded"] | str
    """The status of the payment is either `succeeded`, `pending`, or `failed`."""
    transfer_data: ChargeTransferData | None = None
    """An optional dictionary including the account to automatically transfer to as part of a destination charge."""
    transfer_group: str | None = None
    """A string that identifies this transaction as part of a group."""
    outcome: ChargeOutcome | None = None
    """Details about whether the payment was accepted, and why. See [understanding declines](https://stripe.com/docs/declines) for details."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .account import Account
from .application import Application
from .billing_details import BillingDetails
from .charge_fraud_details import ChargeFraudDetails
from .charge_outcome import ChargeOutcome
from .charge_refunds import ChargeRefunds
from .charge_transfer_data import ChargeTransferData
from .customer import Customer
from .deleted_customer import DeletedCustomer
from .invoice import Invoice
from .payment_intent import PaymentIntent
from .shipping import Shipping
