# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class CustomerTaxLocation(StripeObject):
    """CustomerTaxLocation"""

    country: str
    """The customer's country as identified by Stripe Tax."""
    source: Literal["billing_address", "ip_address", "payment_method", "shipping_destination"] | str
    """The data source used to infer the customer's location."""
    state: str | None = None
    """The customer's state, county, province, or region as identified by Stripe Tax."""
