# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentMethodDetailsAfterpayClearpay(StripeObject):
    """payment_method_details_afterpay_clearpay"""

    reference: str | None = None
    """Order identifier shown to the merchant in Afterpay’s online portal."""
