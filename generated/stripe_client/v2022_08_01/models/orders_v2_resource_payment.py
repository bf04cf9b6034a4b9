# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class OrdersV2ResourcePayment(StripeObject):
    """OrdersV2ResourcePayment"""

    payment_intent: str | PaymentIntent | StripeObject | None = None
    """ID of the payment intent associated with this order. Null when the order is `open`."""
    settings: OrdersV2ResourcePaymentSettings | None = None
    """Settings describing how the order should configure generated PaymentIntents."""
    status: (
        Literal[
            "canceled",
            "complete",
            "not_required",
            "processing",
            "requires_action",
            "requires_capture",
            "requires_confirmation",
            "requires_payment_method",
        ]
        | str
        | None
    ) = None
    """The status of the underlying payment associated with this order, if any. Null when the order is `open`."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .orders_v2_resource_payment_settings import OrdersV2ResourcePaymentSettings
from .payment_intent import PaymentIntent
