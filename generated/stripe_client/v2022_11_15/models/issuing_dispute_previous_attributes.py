# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class IssuingDisputePreviousAttributes(StripeObject):
    """The previous values of the IssuingDispute fields that changed."""

    amount: int | None = None
    """Disputed amount in the card's currency and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal). Usually the amount of the `transaction`, but can differ (usually because of currency fluctuation)."""
    balance_transactions: list[dict[str, Any]] | None = None
    """List of balance transactions associated with the dispute."""
    created: int | None = None
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str | None = None
    """The currency the `transaction` was made in."""
    evidence: dict[str, Any] | None = None
    id: str | None = None
    """Unique identifier for the object."""
    livemode: bool | None = None
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    object: Literal["issuing.dispute"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
    status: Literal["expired", "lost", "submitted", "unsubmitted", "won"] | str | None = None
    """Current status of the dispute."""
    transaction: str | dict[str, Any] | None = None
    """The transaction being disputed."""
    treasury: dict[str, Any] | None = None
    """[Treasury](https://stripe.com/docs/api/treasury) details related to this dispute if it was created on a [FinancialAccount](/docs/api/treasury/financial_accounts"""
