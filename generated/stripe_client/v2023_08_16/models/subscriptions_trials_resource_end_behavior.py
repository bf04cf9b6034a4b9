# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class SubscriptionsTrialsResourceEndBehavior(StripeObject):
    """Defines how a subscription behaves when a free trial ends."""

    missing_payment_method: Literal["cancel", "create_invoice", "pause"] | str
    """Indicates how the subscription should change when the trial ends if the user did not provide a payment method."""
