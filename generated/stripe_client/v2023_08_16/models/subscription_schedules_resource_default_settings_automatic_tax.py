# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class SubscriptionSchedulesResourceDefaultSettingsAutomaticTax(StripeObject):
    """SubscriptionSchedulesResourceDefaultSettingsAutomaticTax"""

    enabled: bool
    """Whether Stripe automatically computes tax on invoices created during this phase."""
