# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentMethodCashapp(StripeObject):
    """payment_method_cashapp"""

    buyer_id: str | None = None
    """A unique and immutable identifier assigned by Cash App to every buyer."""
    cashtag: str | None = None
    """A public identifier for buyers using Cash App."""
