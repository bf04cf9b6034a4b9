# File generated from spec/ (API version 2023-07-22, spec sha256 a258a150d805d4e4) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class DiscountPreviousAttributes(StripeObject):
    """The previous values of the Discount fields that changed."""

    id: str | None = None
    """The ID of the discount object."""
    object: Literal["discount"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
    checkout_session: str | None = None
    """The Checkout session that this coupon is applied to, if it is applied to a particular session in payment mode."""
    coupon: dict[str, Any] | None = None
    """A coupon contains information about a percent-off or amount-off discount you might want to apply to a customer."""
    customer: str | dict[str, Any] | None = None
    """The ID of the customer associated with this discount."""
    end: int | None = None
    """If the coupon has a duration of `repeating`, the date that this discount will end. Null otherwise."""
    invoice: str | None = None
    """The invoice that the discount's coupon was applied to, if it was applied directly to a particular invoice."""
    invoice_item: str | None = None
    """The invoice item `id` that the discount's coupon was applied to, if it was applied directly to a particular invoice item."""
    start: int | None = None
    """Date that the coupon was applied."""
    subscription: str | None = None
    """The subscription that this coupon is applied to, if it is applied to a particular subscription."""
