# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentLinksResourceSubscriptionData(StripeObject):
    """PaymentLinksResourceSubscriptionData"""

    description: str | None = None
    """The subscription's description, meant to be displayable to the customer. Use this field to optionally store an explanation of the subscription."""
    trial_period_days: int | None = None
    """Integer representing the number of trial period days before the customer is charged for the first time."""
