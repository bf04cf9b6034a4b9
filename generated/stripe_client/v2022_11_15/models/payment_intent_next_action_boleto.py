# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentIntentNextActionBoleto(StripeObject):
    """payment_intent_next_action_boleto"""

    expires_at: int | None = None
    """The timestamp after which the boleto expires."""
    hosted_voucher_url: str | None = None
    """The URL to the hosted boleto voucher page, which allows customers to view the boleto voucher."""
    number: str | None = None
    """The boleto number."""
    pdf: str | None = None
    """The URL to the downloadable boleto voucher PDF."""
