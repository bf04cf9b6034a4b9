# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class SubscriptionsTrialsResourceTrialSettings(StripeObject):
    """Configures how this subscription behaves during the trial period."""

    end_behavior: SubscriptionsTrialsResourceEndBehavior
    """Defines how a subscription behaves when a free trial ends."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .subscriptions_trials_resource_end_behavior import SubscriptionsTrialsResourceEndBehavior
