# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class OrdersV2ResourcePaymentSettings(StripeObject):
    """OrdersV2ResourcePaymentSettings"""

    application_fee_amount: int | None = None
    """The amount of the application fee (if any) that will be requested to be applied to the payment and transferred to the application owner's Stripe account."""
    automatic_payment_methods: OrdersV2ResourceAutomaticPaymentMethods | None = None
    """Indicates whether order has been opted into using [Stripe Dashboard](https://dashboard.stripe.com/settings/payment_methods) to manage payment method types."""
    payment_method_options: OrdersV2ResourcePaymentMethodOptions | None = None
    """PaymentMethod-specific configuration to provide to the order's PaymentIntent."""
    payment_method_types: (
        list[
            Literal[
                "acss_debit",
                "afterpay_clearpay",
                "alipay",
                "au_becs_debit",
                "bacs_debit",
                "bancontact",
                "card",
                "customer_balance",
                "eps",
                "fpx",
                "giropay",
                "grabpay",
                "ideal",
                "klarna",
                "link",
                "oxxo",
                "p24",
                "sepa_debit",
                "sofort",
                "wechat_pay",
            ]
            | str
        ]
        | None
    ) = None
    """The list of [payment method types](https://stripe.com/docs/payments/payment-methods/overview) to provide to the order's PaymentIntent. Do not include this attribute if you prefer to manage your payment methods from the [Stripe Dashboard](https://dashboard.stripe.com/settings/payment_methods)."""
    return_url: str | None = None
    """The URL to redirect the customer to after they authenticate their payment."""
    statement_descriptor: str | None = None
    """For non-card charges, you can use this value as the complete description that appears on your customers' statements. Must contain at least one letter, maximum 22 characters."""
    statement_descriptor_suffix: str | None = None
    """Provides information about a card payment that customers see on their statements. Concatenated with the prefix (shortened descriptor) or statement descriptor that’s set on the account to form the complete statement descriptor. Maximum 22 characters for the concatenated descriptor."""
    transfer_data: OrdersV2ResourceTransferData | None = None
    """Provides configuration for completing a transfer for the order after it is paid."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .orders_v2_resource_automatic_payment_methods import OrdersV2ResourceAutomaticPaymentMethods
from .orders_v2_resource_payment_method_options import OrdersV2ResourcePaymentMethodOptions
from .orders_v2_resource_transfer_data import OrdersV2ResourceTransferData
