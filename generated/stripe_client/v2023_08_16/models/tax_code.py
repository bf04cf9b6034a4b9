# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class TaxCode(StripeObject):
    """[Tax codes](https://stripe.com/docs/tax/tax-categories) classify goods and services for tax purposes."""

    description: str
    """A detailed description of which types of products the tax code represents."""
    id: str
    """Unique identifier for the object."""
    name: str
    """A short name for the tax code."""
    object: Literal["tax_code"]
    """String representing the object's type. Objects of the same type share the same value."""
