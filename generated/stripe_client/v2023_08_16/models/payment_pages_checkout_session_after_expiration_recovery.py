# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentPagesCheckoutSessionAfterExpirationRecovery(StripeObject):
    """PaymentPagesCheckoutSessionAfterExpirationRecovery"""

    allow_promotion_codes: bool
    """Enables user redeemable promotion codes on the recovered Checkout Sessions. Defaults to `false`"""
    enabled: bool
    """If `true`, a recovery url will be generated to recover this Checkout Session if it
        expires before a transaction is completed. It will be attached to the
        Checkout Session object upon expiration.
        """
    expires_at: int | None = None
    """The timestamp at which the recovery URL will expire."""
    url: str | None = None
    """URL that creates a new Checkout Session when clicked that is a copy of this expired Checkout Session"""
