# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class DiscountsResourceDiscountAmount(StripeObject):
    """DiscountsResourceDiscountAmount"""

    amount: int
    """The amount, in %s, of the discount."""
    discount: str | Discount | DeletedDiscount | StripeObject
    """The discount that was applied to get this discount amount."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .deleted_discount import DeletedDiscount
from .discount import Discount
