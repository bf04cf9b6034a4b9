# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class PlanPreviousAttributes(StripeObject):
    """The previous values of the Plan fields that changed."""

    active: bool | None = None
    """Whether the plan can be used for new purchases."""
    aggregate_usage: Literal["last_during_period", "last_ever", "max", "sum"] | str | None = None
    """Specifies a usage aggregation strategy for plans of `usage_type=metered`. Allowed values are `sum` for summing up all usage during a period, `last_during_period` for using the last usage record reported within a period, `last_ever` for using the last usage record ever (across period bounds) or `max` which uses the usage record with the maximum reported usage during a period. Defaults to `sum`."""
    amount: int | None = None
    """The unit amount in %s to be charged, represented as a whole integer if possible. Only set if `billing_scheme=per_unit`."""
    amount_decimal: str | None = None
    """The unit amount in %s to be charged, represented as a decimal string with at most 12 decimal places. Only set if `billing_scheme=per_unit`."""
    billing_scheme: Literal["per_unit", "tiered"] | str | None = None
    """Describes how to compute the price per period. Either `per_unit` or `tiered`. `per_unit` indicates that the fixed amount (specified in `amount`) will be charged per unit in `quantity` (for plans with `usage_type=licensed`), or per unit of total usage (for plans with `usage_type=metered`). `tiered` indicates that the unit pricing will be computed using a tiering strategy as defined using the `tiers` and `tiers_mode` attributes."""
    created: int | None = None
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str | None = None
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    id: str | None = None
    """Unique identifier for the object."""
    interval: Literal["day", "month", "week", "year"] | str | None = None
    """The frequency at which a subscription is billed. One of `day`, `week`, `month` or `year`."""
    interval_count: int | None = None
    """The number of intervals (specified in the `interval` attribute) between subscription billings. For example, `interval=month` and `interval_count=3` bills every 3 months."""
    livemode: bool | None = None
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    nickname: str | None = None
    """A brief description of the plan, hidden from customers."""
    object: Literal["plan"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
    product: str | dict[str, Any] | None = None
    """The product whose pricing this plan determines."""
    tiers: list[dict[str, Any]] | None = None
    """Each element represents a pricing tier. This parameter requires `billing_scheme` to be set to `tiered`. See also the documentation for `billing_scheme`."""
    tiers_mode: Literal["graduated", "volume"] | str | None = None
    """Defines if the tiering price should be `graduated` or `volume` based. In `volume`-based tiering, the maximum quantity within a period determines the per unit price. In `graduated` tiering, pricing can change as the quantity grows."""
    transform_usage: dict[str, Any] | None = None
    """Apply a transformation to the reported usage or set quantity before computing the amount billed. Cannot be combined with `tiers`."""
    trial_period_days: int | None = None
    """Default number of trial days when subscribing a customer to this plan using [`trial_from_plan=true`](https://stripe.com/docs/api#create_subscription-trial_from_plan)."""
    usage_type: Literal["licensed", "metered"] | str | None = None
    """Configures how the quantity per period should be determined. Can be either `metered` or `licensed`. `licensed` automatically bills the `quantity` set when adding it to a subscription. `metered` aggregates the total usage based on usage records. Defaults to `licensed`."""
