# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class SubscriptionScheduleAddInvoiceItem(StripeObject):
    """An Add Invoice Item describes the prices and quantities that will be added as pending invoice items when entering a phase."""

    price: str | Price | DeletedPrice | StripeObject
    """ID of the price used to generate the invoice item."""
    quantity: int | None = None
    """The quantity of the invoice item."""
    tax_rates: list[TaxRate] | None = None
    """The tax rates which apply to the item. When set, the `default_tax_rates` do not apply to this item."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .deleted_price import DeletedPrice
from .price import Price
from .tax_rate import TaxRate
