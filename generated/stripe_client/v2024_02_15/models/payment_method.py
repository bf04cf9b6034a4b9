# File generated from spec/ (API version 2024-02-15, spec sha256 28d2af1d96921294) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class PaymentMethod(StripeObject):
    """PaymentMethod objects represent your customer's payment instruments. You can use them with PaymentIntents to collect payments or save them to Customer objects to store instrument details for future payments."""

    id: str
    """Unique identifier for the object."""
    object: Literal["payment_method"]
    """String representing the object's type. Objects of the same type share the same value."""
    billing_details: BillingDetails
    card: PaymentMethodCard | None = None
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    customer: str | Customer | StripeObject | None = None
    """The ID of the Customer to which this PaymentMethod is saved."""
    link: PaymentMethodLink | None = None
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str] | None = None
    """Set of key-value pairs attached to the object."""
    sepa_debit: PaymentMethodSepaDebit | None = None
    type: (
        Literal[
            "acss_debit",
            "affirm",
            "afterpay_clearpay",
            "alipay",
            "au_becs_debit",
            "bacs_debit",
            "bancontact",
            "blik",
            "boleto",
            "card",
            "card_present",
            "cashapp",
            "customer_balance",
            "eps",
            "fpx",
            "giropay",
            "grabpay",
            "ideal",
            "interac_present",
            "klarna",
            "konbini",
            "link",
            "oxxo",
            "p24",
            "paynow",
            "paypal",
            "pix",
            "promptpay",
            "sepa_debit",
            "sofort",
            "us_bank_account",
            "wechat_pay",
            "zip",
        ]
        | str
    )
    """The type of the PaymentMethod. An additional hash is included on the PaymentMethod with a name matching this value. It contains additional information specific to the PaymentMethod type."""
    us_bank_account: PaymentMethodUsBankAccount | None = None


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .billing_details import BillingDetails
from .customer import Customer
from .payment_method_card import PaymentMethodCard
from .payment_method_link import PaymentMethodLink
from .payment_method_sepa_debit import PaymentMethodSepaDebit
from .payment_method_us_bank_account import PaymentMethodUsBankAccount
