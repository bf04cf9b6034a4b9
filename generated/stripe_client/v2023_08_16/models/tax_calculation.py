# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class TaxCalculation(StripeObject):
    """A Tax Calculation allows you to calculate the tax to collect from your customer.

    Related guide: [Calculate tax in your custom payment flow](https://stripe.com/docs/tax/custom)
    """

    amount_total: int
    """Total after taxes."""
    currency: str
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    customer: str | None = None
    """The ID of an existing [Customer](https://stripe.com/docs/api/customers/object) used for the resource."""
    customer_details: TaxProductResourceCustomerDetails
    expires_at: int | None = None
    """Timestamp of date at which the tax calculation will expire."""
    id: str | None = None
    """Unique identifier for the calculation."""
    line_items: TaxCalculationLineItems | None = None
    """The list of items the customer is purchasing."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    object: Literal["tax.calculation"]
    """String representing the object's type. Objects of the same type share the same value."""
    shipping_cost: TaxProductResourceTaxCalculationShippingCost | None = None
    """The shipping cost details for the calculation."""
    tax_amount_exclusive: int
    """The amount of tax to be collected on top of the line item prices."""
    tax_amount_inclusive: int
    """The amount of tax already included in the line item prices."""
    tax_breakdown: list[TaxProductResourceTaxBreakdown]
    """Breakdown of individual tax amounts that add up to the total."""
    tax_date: int
    """Timestamp of date at which the tax rules and rates in effect applies for the calculation."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .tax_calculation_line_items import TaxCalculationLineItems
from .tax_product_resource_customer_details import TaxProductResourceCustomerDetails
from .tax_product_resource_tax_breakdown import TaxProductResourceTaxBreakdown
from .tax_product_resource_tax_calculation_shipping_cost import (
    TaxProductResourceTaxCalculationShippingCost,
)
