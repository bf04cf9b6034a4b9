# File generated from spec/ (API version 2023-11-10, spec sha256 a73992d2e6f58969) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class Refund(StripeObject):
    """Refund objects allow you to refund a charge that has previously been created but not yet refunded."""

    amount: int
    """Amount, in cents."""
    charge: str | Charge | StripeObject | None = None
    """ID of the charge that's refunded."""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str
    """Three-letter ISO currency code, in lowercase."""
    description: str | None = None
    """An arbitrary string attached to the object. You can use this for displaying to users (available on non-card refunds only)."""
    failure_reason: str | None = None
    """If the refund failed, the reason: `lost_or_stolen_card`, `expired_or_canceled_card`, `charge_for_pending_refund_disputed`, `insufficient_funds`, `declined`, `merchant_request` or `unknown`."""
    id: str
    """Unique identifier for the object."""
    instructions_email: str | None = None
    """For payment methods without native refund support (e.g., Konbini, PromptPay), the email for the customer's refund instructions."""
    metadata: dict[str, str] | None = None
    """Set of key-value pairs attached to the object."""
    object: Literal["refund"]
    """String representing the object's type."""
    payment_intent: str | PaymentIntent | StripeObject | None = None
    """ID of the PaymentIntent that's refunded."""
    reason: (
        Literal["duplicate", "expired_uncaptured_charge", "fraudulent", "requested_by_customer"]
        | str
        | None
    ) = None
    """Reason for the refund."""
    receipt_number: str | None = None
    """This is the transaction number that appears on email receipts sent for this refund."""
    status: str | None = None
    """Status of the refund: `pending`, `requires_action`, `succeeded`, `failed`, or `canceled`."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .charge import Charge
from .payment_intent import PaymentIntent
