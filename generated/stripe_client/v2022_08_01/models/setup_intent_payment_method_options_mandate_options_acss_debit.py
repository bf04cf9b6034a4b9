# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class SetupIntentPaymentMethodOptionsMandateOptionsAcssDebit(StripeObject):
    """setup_intent_payment_method_options_mandate_options_acss_debit"""

    custom_mandate_url: str | None = None
    """A URL for custom mandate text"""
    default_for: list[Literal["invoice", "subscription"] | str] | None = None
    """List of Stripe products where this mandate can be selected automatically."""
    interval_description: str | None = None
    """Description of the interval. Only required if the 'payment_schedule' parameter is 'interval' or 'combined'."""
    payment_schedule: Literal["combined", "interval", "sporadic"] | str | None = None
    """Payment schedule for the mandate."""
    transaction_type: Literal["business", "personal"] | str | None = None
    """Transaction type of the mandate."""
