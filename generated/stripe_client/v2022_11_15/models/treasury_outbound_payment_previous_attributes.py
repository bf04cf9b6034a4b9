# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class TreasuryOutboundPaymentPreviousAttributes(StripeObject):
    """The previous values of the TreasuryOutboundPayment fields that changed."""

    amount: int | None = None
    """Amount (in cents) transferred."""
    cancelable: bool | None = None
    """Returns `true` if the object can be canceled, and `false` otherwise."""
    created: int | None = None
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str | None = None
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    customer: str | None = None
    """ID of the [customer](https://stripe.com/docs/api/customers) to whom an OutboundPayment is sent."""
    description: str | None = None
    """An arbitrary string attached to the object. Often useful for displaying to users."""
    destination_payment_method: str | None = None
    """The PaymentMethod via which an OutboundPayment is sent. This field can be empty if the OutboundPayment was created using `destination_payment_method_data`."""
    destination_payment_method_details: dict[str, Any] | None = None
    """Details about the PaymentMethod for an OutboundPayment."""
    end_user_details: dict[str, Any] | None = None
    """Details about the end user."""
    expected_arrival_date: int | None = None
    """The date when funds are expected to arrive in the destination account."""
    financial_account: str | None = None
    """The FinancialAccount that funds were pulled from."""
    hosted_regulatory_receipt_url: str | None = None
    """A [hosted transaction receipt](https://stripe.com/docs/treasury/moving-money/regulatory-receipts) URL that is provided when money movement is considered regulated under Stripe's money transmission licenses."""
    id: str | None = None
    """Unique identifier for the object."""
    livemode: bool | None = None
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    object: Literal["treasury.outbound_payment"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
    returned_details: dict[str, Any] | None = None
    """Details about a returned OutboundPayment. Only set when the status is `returned`."""
    statement_descriptor: str | None = None
    """The description that appears on the receiving end for an OutboundPayment (for example, bank statement for external bank transfer)."""
    status: Literal["canceled", "failed", "posted", "processing", "returned"] | str | None = None
    """Current status of the OutboundPayment: `processing`, `failed`, `posted`, `returned`, `canceled`. An OutboundPayment is `processing` if it has been created and is pending. The status changes to `posted` once the OutboundPayment has been "confirmed" and funds have left the account, or to `failed` or `canceled`. If an OutboundPayment fails to arrive at its destination, its status will change to `returned`."""
    status_transitions: dict[str, Any] | None = None
    transaction: str | dict[str, Any] | None = None
    """The Transaction associated with this object."""
