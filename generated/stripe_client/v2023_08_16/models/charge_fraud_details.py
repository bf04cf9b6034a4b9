# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class ChargeFraudDetails(StripeObject):
    """ChargeFraudDetails"""

    stripe_report: str | None = None
    """Assessments from Stripe. If set, the value is `fraudulent`."""
    user_report: str | None = None
    """Assessments reported by you. If set, possible values of are `safe` and `fraudulent`."""
