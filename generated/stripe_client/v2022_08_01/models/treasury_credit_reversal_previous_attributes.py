# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class TreasuryCreditReversalPreviousAttributes(StripeObject):
    """The previous values of the TreasuryCreditReversal fields that changed."""

    amount: int | None = None
    """Amount (in cents) transferred."""
    created: int | None = None
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str | None = None
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    financial_account: str | None = None
    """The FinancialAccount to reverse funds from."""
    hosted_regulatory_receipt_url: str | None = None
    """A [hosted transaction receipt](https://stripe.com/docs/treasury/moving-money/regulatory-receipts) URL that is provided when money movement is considered regulated under Stripe's money transmission licenses."""
    id: str | None = None
    """Unique identifier for the object."""
    livemode: bool | None = None
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    network: Literal["ach", "stripe"] | str | None = None
    """The rails used to reverse the funds."""
    object: Literal["treasury.credit_reversal"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
    received_credit: str | None = None
    """The ReceivedCredit being reversed."""
    status: Literal["canceled", "posted", "processing"] | str | None = None
    """Status of the CreditReversal"""
    status_transitions: dict[str, Any] | None = None
    transaction: str | dict[str, Any] | None = None
    """The Transaction associated with this object."""
