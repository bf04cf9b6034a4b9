# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class LineItemsTaxAmount(StripeObject):
    """LineItemsTaxAmount"""

    amount: int
    """Amount of tax applied for this rate."""
    rate: TaxRate
    """Tax rates can be applied to [invoices](https://stripe.com/docs/billing/invoices/tax-rates), [subscriptions](https://stripe.com/docs/billing/subscriptions/taxes) and [Checkout Sessions](https://stripe.com/docs/payments/checkout/set-up-a-subscription#tax-rates) to collect tax.

        Related guide: [Tax Rates](https://stripe.com/docs/billing/taxes/tax-rates).
        """


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .tax_rate import TaxRate
