# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class QuotesResourceComputed(StripeObject):
    """QuotesResourceComputed"""

    recurring: QuotesResourceRecurring | None = None
    """The definitive totals and line items the customer will be charged on a recurring basis. Takes into account the line items with recurring prices and discounts with `duration=forever` coupons only. Defaults to `null` if no inputted line items with recurring prices."""
    upfront: QuotesResourceUpfront


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .quotes_resource_recurring import QuotesResourceRecurring
from .quotes_resource_upfront import QuotesResourceUpfront
