# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class PricePreviousAttributes(StripeObject):
    """The previous values of the Price fields that changed."""

    active: bool | None = None
    """Whether the price can be used for new purchases."""
    billing_scheme: Literal["per_unit", "tiered"] | str | None = None
    """Describes how to compute the price per period. Either `per_unit` or `tiered`. `per_unit` indicates that the fixed amount (specified in `unit_amount` or `unit_amount_decimal`) will be charged per unit in `quantity` (for prices with `usage_type=licensed`), or per unit of total usage (for prices with `usage_type=metered`). `tiered` indicates that the unit pricing will be computed using a tiering strategy as defined using the `tiers` and `tiers_mode` attributes."""
    created: int | None = None
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str | None = None
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    currency_options: dict[str, dict[str, Any]] | None = None
    """Prices defined in each available currency option. Each key must be a three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html) and a [supported currency](https://stripe.com/docs/currencies)."""
    custom_unit_amount: dict[str, Any] | None = None
    """When set, provides configuration for the amount to be adjusted by the customer during Checkout Sessions and Payment Links."""
    id: str | None = None
    """Unique identifier for the object."""
    livemode: bool | None = None
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    lookup_key: str | None = None
    """A lookup key used to retrieve prices dynamically from a static string. This may be up to 200 characters."""
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    nickname: str | None = None
    """A brief description of the price, hidden from customers."""
    object: Literal["price"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
    product: str | dict[str, Any] | None = None
    """The ID of the product this price is associated with."""
    recurring: dict[str, Any] | None = None
    """The recurring components of a price such as `interval` and `usage_type`."""
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"] | str | None = None
    """Only required if a [default tax behavior](https://stripe.com/docs/tax/products-prices-tax-categories-tax-behavior#setting-a-default-tax-behavior-(recommended)) was not provided in the Stripe Tax settings. Specifies whether the price is considered inclusive of taxes or exclusive of taxes. One of `inclusive`, `exclusive`, or `unspecified`. Once specified as either `inclusive` or `exclusive`, it cannot be changed."""
    tiers: list[dict[str, Any]] | None = None
    """Each element represents a pricing tier. This parameter requires `billing_scheme` to be set to `tiered`. See also the documentation for `billing_scheme`."""
    tiers_mode: Literal["graduated", "volume"] | str | None = None
    """Defines if the tiering price should be `graduated` or `volume` based. In `volume`-based tiering, the maximum quantity within a period determines the per unit price. In `graduated` tiering, pricing can change as the quantity grows."""
    transform_quantity: dict[str, Any] | None = None
    """Apply a transformation to the reported usage or set quantity before computing the amount billed. Cannot be combined with `tiers`."""
    type: Literal["one_time", "recurring"] | str | None = None
    """One of `one_time` or `recurring` depending on whether the price is for a one-time purchase or a recurring (subscription) purchase."""
    unit_amount: int | None = None
    """The unit amount in cents (or local equivalent) to be charged, represented as a whole integer if possible. Only set if `billing_scheme=per_unit`."""
    unit_amount_decimal: str | None = None
    """The unit amount in cents (or local equivalent) to be charged, represented as a decimal string with at most 12 decimal places. Only set if `billing_scheme=per_unit`."""
