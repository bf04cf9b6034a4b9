# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentLinksResourceCustomFieldsDropdownOption(StripeObject):
    """PaymentLinksResourceCustomFieldsDropdownOption"""

    label: str
    """The label for the option, displayed to the customer. Up to 100 characters."""
    value: str
    """The value for this option, not displayed to the customer, used by your integration to reconcile the option selected by the customer. Must be unique to this option, alphanumeric, and up to 100 characters."""
