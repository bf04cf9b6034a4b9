# File generated from spec/ (API version 2023-07-22, spec sha256 a258a150d805d4e4) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class Plan(StripeObject):
    """Plans define the base price, currency, and billing cycle for recurring purchases of products (superseded by Prices, still returned on invoice line items)."""

    active: bool
    """Whether the plan can be used for new purchases."""
    aggregate_usage: Literal["last_during_period", "last_ever", "max", "sum"] | str | None = None
    """Specifies a usage aggregation strategy for plans of `usage_type=metered`."""
    amount: int | None = None
    """The unit amount in cents to be charged, represented as a whole integer if possible."""
    amount_decimal: str | None = None
    """The unit amount in cents to be charged, represented as a decimal string."""
    billing_scheme: Literal["per_unit", "tiered"] | str
    """Describes how to compute the price per period."""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str
    """Three-letter ISO currency code, in lowercase."""
    id: str
    """Unique identifier for the object."""
    interval: Literal["day", "month", "week", "year"] | str
    """The frequency at which a subscription is billed."""
    interval_count: int
    """The number of intervals between subscription billings."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or `false` in test mode."""
    metadata: dict[str, str] | None = None
    """Set of key-value pairs attached to the object."""
    nickname: str | None = None
    """A brief description of the plan, hidden from customers."""
    object: Literal["plan"]
    """String representing the object's type."""
    product: str | Product | DeletedProduct | StripeObject | None = None
    """The product whose pricing this plan determines."""
    trial_period_days: int | None = None
    """Default number of trial days when subscribing a customer to this plan."""
    usage_type: Literal["licensed", "metered"] | str
    """Configures how the quantity per period should be determined."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .deleted_product import DeletedProduct
from .product import Product
