# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentMethodDetailsMultibanco(StripeObject):
    """payment_method_details_multibanco"""

    entity: str | None = None
    """Entity number associated with this Multibanco payment."""
    reference: str | None = None
    """Reference number associated with this Multibanco payment."""
