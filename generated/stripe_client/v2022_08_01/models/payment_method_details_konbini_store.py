# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class PaymentMethodDetailsKonbiniStore(StripeObject):
    """payment_method_details_konbini_store"""

    chain: Literal["familymart", "lawson", "ministop", "seicomart"] | str | None = None
    """The name of the convenience store chain where the payment was completed."""
