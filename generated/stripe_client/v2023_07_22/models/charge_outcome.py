# File generated from spec/ (API version 2023-07-22, spec sha256 a258a150d805d4e4) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class ChargeOutcome(StripeObject):
    """ChargeOutcome"""

    network_status: str | None = None
    """Possible values are `approved_by_network`, `declined_by_network`, `not_sent_to_network`, and `reversed_after_approval`."""
    reason: str | None = None
    """An enumerated value providing a more detailed explanation of the outcome's `type` (e.g. `highest_risk_level`, `elevated_risk_level`, `rule`)."""
    risk_level: str | None = None
    """Stripe Radar's evaluation of the riskiness of the payment: `normal`, `elevated`, `highest`, `not_assessed` or `unknown`."""
    risk_score: int | None = None
    """Stripe Radar's evaluation of the riskiness of the payment, between 0 and 100."""
    seller_message: str | None = None
    """A human-readable description of the outcome type and reason, designed for you (the recipient of the payment), not your customer."""
    type: str
    """Possible values are `authorized`, `manual_review`, `issuer_declined`, `blocked`, and `invalid`."""
