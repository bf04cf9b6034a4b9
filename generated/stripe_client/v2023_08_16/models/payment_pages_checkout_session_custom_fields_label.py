# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class PaymentPagesCheckoutSessionCustomFieldsLabel(StripeObject):
    """PaymentPagesCheckoutSessionCustomFieldsLabel"""

    custom: str | None = None
    """Custom text for the label, displayed to the customer. Up to 50 characters."""
    type: Literal["custom"]
    """The type of the label."""
