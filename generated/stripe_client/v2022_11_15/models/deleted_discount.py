# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class DeletedDiscount(StripeObject):
    """DeletedDiscount"""

    checkout_session: str | None = None
    """The Checkout session that this coupon is applied to, if it is applied to a particular session in payment mode. Will not be present for subscription mode."""
    coupon: Coupon
    """A coupon contains information about a percent-off or amount-off discount you
        might want to apply to a customer. Coupons may be applied to [subscriptions](https://stripe.com/docs/api#subscriptions), [invoices](https://stripe.com/docs/api#invoices),
        [checkout sessions](https://stripe.com/docs/api/checkout/sessions), [quotes](https://stripe.com/docs/api#quotes), and more. Coupons do not work with conventional one-off [charges](https://stripe.com/docs/api#create_charge) or [payment intents](https://stripe.com/docs/api/payment_intents).
        """
    customer: str | Customer | DeletedCustomer | StripeObject | None = None
    """The ID of the customer associated with this discount."""
    deleted: Literal[True]
    """Always true for a deleted object"""
    id: str
    """The ID of the discount object. Discounts cannot be fetched by ID. Use `expand[]=discounts` in API calls to expand discount IDs in an array."""
    invoice: str | None = None
    """The invoice that the discount's coupon was applied to, if it was applied directly to a particular invoice."""
    invoice_item: str | None = None
    """The invoice item `id` (or invoice line item `id` for invoice line items of type='subscription') that the discount's coupon was applied to, if it was applied directly to a particular invoice item or invoice line item."""
    object: Literal["discount"]
    """String representing the object's type. Objects of the same type share the same value."""
    promotion_code: str | PromotionCode | StripeObject | None = None
    """The promotion code applied to create this discount."""
    start: int
    """Date that the coupon was applied."""
    subscription: str | None = None
    """The subscription that this coupon is applied to, if it is applied to a particular subscription."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .coupon import Coupon
from .customer import Customer
from .deleted_customer import DeletedCustomer
from .promotion_code import PromotionCode
