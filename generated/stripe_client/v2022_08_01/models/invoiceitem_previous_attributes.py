# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class InvoiceitemPreviousAttributes(StripeObject):
    """The previous values of the Invoiceitem fields that changed."""

    amount: int | None = None
    """Amount (in the `currency` specified) of the invoice item. This should always be equal to `unit_amount * quantity`."""
    currency: str | None = None
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    customer: str | dict[str, Any] | None = None
    """The ID of the customer who will be billed when this invoice item is billed."""
    date: int | None = None
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    description: str | None = None
    """An arbitrary string attached to the object. Often useful for displaying to users."""
    discountable: bool | None = None
    """If true, discounts will apply to this invoice item. Always false for prorations."""
    discounts: list[str | dict[str, Any]] | None = None
    """The discounts which apply to the invoice item. Item discounts are applied before invoice discounts. Use `expand[]=discounts` to expand each discount."""
    id: str | None = None
    """Unique identifier for the object."""
    invoice: str | dict[str, Any] | None = None
    """The ID of the invoice this invoice item belongs to."""
    livemode: bool | None = None
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    object: Literal["invoiceitem"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
    period: dict[str, Any] | None = None
    price: dict[str, Any] | None = None
    """The price of the invoice item."""
    proration: bool | None = None
    """Whether the invoice item was created automatically as a proration adjustment when the customer switched plans."""
    quantity: int | None = None
    """Quantity of units for the invoice item. If the invoice item is a proration, the quantity of the subscription that the proration was computed for."""
    subscription: str | dict[str, Any] | None = None
    """The subscription that this invoice item has been created for, if any."""
    subscription_item: str | None = None
    """The subscription item that this invoice item has been created for, if any."""
    tax_rates: list[dict[str, Any]] | None = None
    """The tax rates which apply to the invoice item. When set, the `default_tax_rates` on the invoice do not apply to this invoice item."""
    test_clock: str | dict[str, Any] | None = None
    """ID of the test clock this invoice item belongs to."""
    unit_amount: int | None = None
    """Unit amount (in the `currency` specified) of the invoice item."""
    unit_amount_decimal: str | None = None
    """Same as `unit_amount`, but contains a decimal value with at most 12 decimal places."""
