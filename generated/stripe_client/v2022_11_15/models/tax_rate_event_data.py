# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class TaxRateEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: TaxRate
    """Tax rates can be applied to [invoices](https://stripe.com/docs/billing/invoices/tax-rates), [subscriptions](https://stripe.com/docs/billing/subscriptions/taxes) and [Checkout Sessions](https://stripe.com/docs/payments/checkout/set-up-a-subscription#tax-rates) to collect tax.

        Related guide: [Tax Rates](https://stripe.com/docs/billing/taxes/tax-rates).
        """
    previous_attributes: TaxRatePreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .tax_rate import TaxRate
from .tax_rate_previous_attributes import TaxRatePreviousAttributes
