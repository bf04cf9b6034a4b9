# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class PaymentLinksResourceCustomFields(StripeObject):
    """PaymentLinksResourceCustomFields"""

    dropdown: PaymentLinksResourceCustomFieldsDropdown | None = None
    """Configuration for `type=dropdown` fields."""
    key: str
    """String of your choice that your integration can use to reconcile this field. Must be unique to this field, alphanumeric, and up to 200 characters."""
    label: PaymentLinksResourceCustomFieldsLabel
    numeric: PaymentLinksResourceCustomFieldsNumeric | None = None
    """Configuration for `type=numeric` fields."""
    optional: bool
    """Whether the customer is required to complete the field before completing the Checkout Session. Defaults to `false`."""
    text: PaymentLinksResourceCustomFieldsText | None = None
    """Configuration for `type=text` fields."""
    type: Literal["dropdown", "numeric", "text"] | str
    """The type of the field."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .payment_links_resource_custom_fields_dropdown import PaymentLinksResourceCustomFieldsDropdown
from .payment_links_resource_custom_fields_label import PaymentLinksResourceCustomFieldsLabel
from .payment_links_resource_custom_fields_numeric import PaymentLinksResourceCustomFieldsNumeric
from .payment_links_resource_custom_fields_text import PaymentLinksResourceCustomFieldsText
