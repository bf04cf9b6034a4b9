# File generated from spec/ (API version 2023-07-22, spec sha256 a258a150d805d4e4) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class ChargePreviousAttributes(StripeObject):
    """The previous values of the Charge fields that changed."""

    amount: int | None = None
    """Amount intended to be collected by this payment, in the smallest currency unit."""
    amount_captured: int | None = None
    """Amount in cents captured (can be less than the amount attribute on the charge if a partial capture was made)."""
    amount_refunded: int | None = None
    """Amount in cents refunded (can be less than the amount attribute on the charge if a partial refund was issued)."""
    application: str | dict[str, Any] | None = None
    """ID of the Connect application that created the charge."""
    application_fee_amount: int | None = None
    """The amount of the application fee (if any) requested for the charge."""
    billing_details: dict[str, Any] | None = None
    calculated_statement_descriptor: str | None = None
    """The full statement descriptor that is passed to card networks."""
    captured: bool | None = None
    """If the charge was created without capturing, this Boolean represents whether it is still uncaptured or has since been captured."""
    created: int | None = None
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str | None = None
    """Three-letter ISO currency code, in lowercase."""
    customer: str | dict[str, Any] | None = None
    """ID of the customer this charge is for if one exists."""
    description: str | None = None
    """An arbitrary string attached to the object."""
    disputed: bool | None = None
    """Whether the charge has been disputed."""
    failure_code: str | None = None
    """Error code explaining reason for charge failure if available."""
    failure_message: str | None = None
    """Message to user further explaining reason for charge failure if available."""
    fraud_details: dict[str, Any] | None = None
    """Information on fraud assessments for the charge."""
    id: str | None = None
    """Unique identifier for the object."""
    invoice: str | dict[str, Any] | None = None
    """ID of the invoice this charge is for if one exists."""
    livemode: bool | None = None
    """Has the value `true` if the object exists in live mode or `false` in test mode."""
    metadata: dict[str, str] | None = None
    """Set of key-value pairs attached to the object."""
    object: Literal["charge"] | None = None
    """String representing the object's type."""
    on_behalf_of: str | dict[str, Any] | None = None
    """The account (if any) the charge was made on behalf of without triggering an automatic transfer (Connect)."""
    paid: bool | None = None
    """`true` if the charge succeeded, or was successfully authorized for later capture."""
    payment_intent: str | dict[str, Any] | None = None
    """ID of the PaymentIntent associated with this charge, if one exists."""
    payment_method: str | None = None
    """ID of the payment method used in this charge."""
    receipt_email: str | None = None
    """This is the email address that the receipt for this charge was sent to."""
    receipt_number: str | None = None
    """This is the transaction number that appears on email receipts sent for this charge."""
    receipt_url: str | None = None
    """This is the URL to view the receipt for this charge."""
    refunded: bool | None = None
    """Whether the charge has been fully refunded."""
    refunds: dict[str, Any] | None = None
    """A list of refunds that have been applied to the charge."""
    shipping: dict[str, Any] | None = None
    """Shipping information for the charge."""
    statement_descriptor: str | None = None
    """For card charges, use `statement_descriptor_suffix` instead."""
    statement_descriptor_suffix: str | None = None
    """Provides information about the charge that customers see on their statements."""
    status: Literal["failed", "pending", "succeeded"] | str | None = None
    """The status of the payment is either `succeeded`, `pending`, or `failed`."""
    transfer_data: dict[str, Any] | None = None
    """An optional dictionary including the account to automatically transfer to as part of a destination charge."""
    transfer_group: str | None = None
    """A string that identifies this transaction as part of a group."""
    outcome: dict[str, Any] | None = None
    """Details about whether the payment was accepted, and why. See [understanding declines](https://stripe.com/docs/declines) for details."""
