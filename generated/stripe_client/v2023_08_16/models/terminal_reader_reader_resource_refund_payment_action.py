# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class TerminalReaderReaderResourceRefundPaymentAction(StripeObject):
    """Represents a reader action to refund a payment"""

    amount: int | None = None
    """The amount being refunded."""
    charge: str | Charge | StripeObject | None = None
    """Charge that is being refunded."""
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    payment_intent: str | PaymentIntent | StripeObject | None = None
    """Payment intent that is being refunded."""
    reason: Literal["duplicate", "fraudulent", "requested_by_customer"] | str | None = None
    """The reason for the refund."""
    refund: str | Refund | StripeObject | None = None
    """Unique identifier for the refund object."""
    refund_application_fee: bool | None = None
    """Boolean indicating whether the application fee should be refunded when refunding this charge. If a full charge refund is given, the full application fee will be refunded. Otherwise, the application fee will be refunded in an amount proportional to the amount of the charge refunded. An application fee can be refunded only by the application that created the charge."""
    reverse_transfer: bool | None = None
    """Boolean indicating whether the transfer should be reversed when refunding this charge. The transfer will be reversed proportionally to the amount being refunded (either the entire or partial amount). A transfer can be reversed only by the application that created the charge."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .charge import Charge
from .payment_intent import PaymentIntent
from .refund import Refund
