# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class InvoiceMandateOptionsCard(StripeObject):
    """invoice_mandate_options_card"""

    amount: int | None = None
    """Amount to be charged for future payments."""
    amount_type: Literal["fixed", "maximum"] | str | None = None
    """One of `fixed` or `maximum`. If `fixed`, the `amount` param refers to the exact amount to be charged in future payments. If `maximum`, the amount charged can be up to the value passed for the `amount` param."""
    description: str | None = None
    """A description of the mandate or subscription that is meant to be displayed to the customer."""
