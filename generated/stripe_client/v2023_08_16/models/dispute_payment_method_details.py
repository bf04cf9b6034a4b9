# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class DisputePaymentMethodDetails(StripeObject):
    """DisputePaymentMethodDetails"""

    card: DisputePaymentMethodDetailsCard | None = None
    """Card specific dispute details."""
    type: Literal["card"]
    """Payment method type."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .dispute_payment_method_details_card import DisputePaymentMethodDetailsCard
