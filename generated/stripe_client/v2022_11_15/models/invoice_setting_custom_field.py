# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from pydantic import Field

from stripe_client._runtime.models import StripeObject


class InvoiceSettingCustomField(StripeObject):
    """InvoiceSettingCustomField"""

    name: str
    """The name of the custom field."""
    value: str
    """The value of the custom field."""
