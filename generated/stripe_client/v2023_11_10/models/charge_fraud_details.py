# File generated from spec/ (API version 2023-11-10, spec sha256 a73992d2e6f58969) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class ChargeFraudDetails(StripeObject):
    """ChargeFraudDetails"""

    stripe_report: str | None = None
    """Assessments from Stripe. If set"""
    user_report: str | None = None
    """Assessments reported by you. If set"""
