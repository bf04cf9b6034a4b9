# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentMethodDetailsLink(StripeObject):
    """payment_method_details_link"""

    country: str | None = None
    """Two-letter ISO code representing the funding source country beneath the Link payment.
        You could use this attribute to get a sense of international fees.
        """
