# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class SubscriptionsResourcePaymentSettings(StripeObject):
    """SubscriptionsResourcePaymentSettings"""

    payment_method_options: SubscriptionsResourcePaymentMethodOptions | None = None
    """Payment-method-specific configuration to provide to invoices created by the subscription."""
    payment_method_types: (
        list[
            Literal[
                "ach_credit_transfer",
                "ach_debit",
                "acss_debit",
                "au_becs_debit",
                "bacs_debit",
                "bancontact",
                "boleto",
                "card",
                "customer_balance",
                "fpx",
                "giropay",
                "grabpay",
                "ideal",
                "konbini",
                "link",
                "paynow",
                "promptpay",
                "sepa_debit",
                "sofort",
                "us_bank_account",
                "wechat_pay",
            ]
            | str
        ]
        | None
    ) = None
    """The list of payment method types to provide to every invoice created by the subscription. If not set, Stripe attempts to automatically determine the types to use by looking at the invoice’s default payment method, the subscription’s default payment method, the customer’s default payment method, and your [invoice template settings](https://dashboard.stripe.com/settings/billing/invoice)."""
    save_default_payment_method: Literal["off", "on_subscription"] | str | None = None
    """Either `off`, or `on_subscription`. With `on_subscription` Stripe updates `subscription.default_payment_method` when a subscription payment succeeds."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .subscriptions_resource_payment_method_options import SubscriptionsResourcePaymentMethodOptions
