# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentPagesCheckoutSessionCustomFieldsDropdown(StripeObject):
    """PaymentPagesCheckoutSessionCustomFieldsDropdown"""

    options: list[PaymentPagesCheckoutSessionCustomFieldsOption]
    """The options available for the customer to select. Up to 200 options allowed."""
    value: str | None = None
    """The option selected by the customer. This will be the `value` for the option."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .payment_pages_checkout_session_custom_fields_option import (
    PaymentPagesCheckoutSessionCustomFieldsOption,
)
