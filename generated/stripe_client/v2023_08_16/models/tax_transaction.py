# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class TaxTransaction(StripeObject):
    """A Tax Transaction records the tax collected from or refunded to your customer.

    Related guide: [Calculate tax in your custom payment flow](https://stripe.com/docs/tax/custom#tax-transaction)
    """

    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    customer: str | None = None
    """The ID of an existing [Customer](https://stripe.com/docs/api/customers/object) used for the resource."""
    customer_details: TaxProductResourceCustomerDetails
    id: str
    """Unique identifier for the transaction."""
    line_items: TaxTransactionLineItems | None = None
    """The tax collected or refunded, by line item."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    object: Literal["tax.transaction"]
    """String representing the object's type. Objects of the same type share the same value."""
    reference: str
    """A custom unique identifier, such as 'myOrder_123'."""
    reversal: TaxProductResourceTaxTransactionResourceReversal | None = None
    """If `type=reversal`, contains information about what was reversed."""
    shipping_cost: TaxProductResourceTaxTransactionShippingCost | None = None
    """The shipping cost details for the transaction."""
    tax_date: int
    """Timestamp of date at which the tax rules and rates in effect applies for the calculation."""
    type: Literal["reversal", "transaction"] | str
    """If `reversal`, this transaction reverses an earlier transaction."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .tax_product_resource_customer_details import TaxProductResourceCustomerDetails
from .tax_product_resource_tax_transaction_resource_reversal import (
    TaxProductResourceTaxTransactionResourceReversal,
)
from .tax_product_resource_tax_transaction_shipping_cost import (
    TaxProductResourceTaxTransactionShippingCost,
)
from .tax_transaction_line_items import TaxTransactionLineItems
