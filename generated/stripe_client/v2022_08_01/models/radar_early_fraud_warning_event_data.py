# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class RadarEarlyFraudWarningEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: RadarEarlyFraudWarning
    """An early fraud warning indicates that the card issuer has notified us that a
        charge may be fraudulent.

        Related guide: [Early Fraud Warnings](https://stripe.com/docs/disputes/measuring#early-fraud-warnings).
        """
    previous_attributes: RadarEarlyFraudWarningPreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .radar_early_fraud_warning import RadarEarlyFraudWarning
from .radar_early_fraud_warning_previous_attributes import RadarEarlyFraudWarningPreviousAttributes
