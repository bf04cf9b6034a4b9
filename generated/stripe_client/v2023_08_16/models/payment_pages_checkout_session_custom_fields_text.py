# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentPagesCheckoutSessionCustomFieldsText(StripeObject):
    """PaymentPagesCheckoutSessionCustomFieldsText"""

    maximum_length: int | None = None
    """The maximum character length constraint for the customer's input."""
    minimum_length: int | None = None
    """The minimum character length requirement for the customer's input."""
    value: str | None = None
    """The value entered by the customer."""
