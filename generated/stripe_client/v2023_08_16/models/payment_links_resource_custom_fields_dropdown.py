# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentLinksResourceCustomFieldsDropdown(StripeObject):
    """PaymentLinksResourceCustomFieldsDropdown"""

    options: list[PaymentLinksResourceCustomFieldsDropdownOption]
    """The options available for the customer to select. Up to 200 options allowed."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .payment_links_resource_custom_fields_dropdown_option import (
    PaymentLinksResourceCustomFieldsDropdownOption,
)
