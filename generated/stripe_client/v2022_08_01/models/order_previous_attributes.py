# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class OrderPreviousAttributes(StripeObject):
    """The previous values of the Order fields that changed."""

    amount_subtotal: int | None = None
    """Order cost before any discounts or taxes are applied. A positive integer representing the subtotal of the order in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal) (e.g., 100 cents to charge $1.00 or 100 to charge ¥100, a zero-decimal currency)."""
    amount_total: int | None = None
    """Total order cost after discounts and taxes are applied. A positive integer representing the cost of the order in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal) (e.g., 100 cents to charge $1.00 or 100 to charge ¥100, a zero-decimal currency). To submit an order, the total must be either 0 or at least $0.50 USD or [equivalent in charge currency](https://stripe.com/docs/currencies#minimum-and-maximum-charge-amounts)."""
    application: str | dict[str, Any] | None = None
    """ID of the Connect application that created the Order, if any."""
    automatic_tax: dict[str, Any] | None = None
    billing_details: dict[str, Any] | None = None
    """Customer billing details associated with the order."""
    client_permissions: dict[str, Any] | None = None
    """The fields on the Order that can be updated from the client"""
    client_secret: str | None = None
    """The client secret of this Order. Used for client-side retrieval using a publishable key.

        The client secret can be used to complete a payment for an Order from your frontend. It should not be stored, logged, embedded in URLs, or exposed to anyone other than the customer. Make sure that you have TLS enabled on any page that includes the client secret.

        Refer to our docs for [creating and processing an order](https://stripe.com/docs/orders-beta/create-and-process) to learn about how client_secret should be handled.
        """
    created: int | None = None
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str | None = None
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    customer: str | dict[str, Any] | None = None
    """The customer which this orders belongs to."""
    description: str | None = None
    """An arbitrary string attached to the object. Often useful for displaying to users."""
    discounts: list[str | dict[str, Any]] | None = None
    """The discounts applied to the order. Use `expand[]=discounts` to expand each discount."""
    id: str | None = None
    """Unique identifier for the object."""
    ip_address: str | None = None
    """A recent IP address of the purchaser used for tax reporting and tax location inference."""
    line_items: dict[str, Any] | None = None
    """A list of line items the customer is ordering. Each line item includes information about the product, the quantity, and the resulting cost. There is a maximum of 100 line items."""
    livemode: bool | None = None
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    object: Literal["order"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
    payment: dict[str, Any] | None = None
    shipping_cost: dict[str, Any] | None = None
    """The details of the customer cost of shipping, including the customer chosen ShippingRate."""
    shipping_details: dict[str, Any] | None = None
    """Customer shipping information associated with the order."""
    status: Literal["canceled", "complete", "open", "processing", "submitted"] | str | None = None
    """The overall status of the order."""
    tax_details: dict[str, Any] | None = None
    total_details: dict[str, Any] | None = None
