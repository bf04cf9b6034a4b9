# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentMethodDetailsKonbini(StripeObject):
    """payment_method_details_konbini"""

    store: PaymentMethodDetailsKonbiniStore | None = None
    """If the payment succeeded, this contains the details of the convenience store where the payment was completed."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .payment_method_details_konbini_store import PaymentMethodDetailsKonbiniStore
