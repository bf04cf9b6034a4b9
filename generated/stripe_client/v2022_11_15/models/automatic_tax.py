# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class AutomaticTax(StripeObject):
    """AutomaticTax"""

    enabled: bool
    """Whether Stripe automatically computes tax on this invoice. Note that incompatible invoice items (invoice items with manually specified [tax rates](https://stripe.com/docs/api/tax_rates), negative amounts, or `tax_behavior=unspecified`) cannot be added to automatic tax invoices."""
    status: Literal["complete", "failed", "requires_location_inputs"] | str | None = None
    """The status of the most recent automated tax calculation for this invoice."""
