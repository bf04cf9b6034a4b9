# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class SubscriptionScheduleConfigurationItem(StripeObject):
    """A phase item describes the price and quantity of a phase."""

    billing_thresholds: SubscriptionItemBillingThresholds | None = None
    """Define thresholds at which an invoice will be sent, and the related subscription advanced to a new billing period"""
    price: str | Price | DeletedPrice | StripeObject
    """ID of the price to which the customer should be subscribed."""
    quantity: int | None = None
    """Quantity of the plan to which the customer should be subscribed."""
    tax_rates: list[TaxRate] | None = None
    """The tax rates which apply to this `phase_item`. When set, the `default_tax_rates` on the phase do not apply to this `phase_item`."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .deleted_price import DeletedPrice
from .price import Price
from .subscription_item_billing_thresholds import SubscriptionItemBillingThresholds
from .tax_rate import TaxRate
