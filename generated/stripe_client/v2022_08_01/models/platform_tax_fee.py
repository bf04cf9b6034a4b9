# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class PlatformTaxFee(StripeObject):
    """PlatformTax"""

    account: str
    """The Connected account that incurred this charge."""
    id: str
    """Unique identifier for the object."""
    object: Literal["platform_tax_fee"]
    """String representing the object's type. Objects of the same type share the same value."""
    source_transaction: str
    """The payment object that caused this tax to be inflicted."""
    type: str
    """The type of tax (VAT)."""
