# File generated from spec/ (API version 2023-07-22, spec sha256 a258a150d805d4e4) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class PaymentMethodPreviousAttributes(StripeObject):
    """The previous values of the PaymentMethod fields that changed."""

    id: str | None = None
    """Unique identifier for the object."""
    object: Literal["payment_method"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
    billing_details: dict[str, Any] | None = None
    card: dict[str, Any] | None = None
    created: int | None = None
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    customer: str | dict[str, Any] | None = None
    """The ID of the Customer to which this PaymentMethod is saved."""
    link: dict[str, Any] | None = None
    livemode: bool | None = None
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str] | None = None
    """Set of key-value pairs attached to the object."""
    sepa_debit: dict[str, Any] | None = None
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
        | None
    ) = None
    """The type of the PaymentMethod. An additional hash is included on the PaymentMethod with a name matching this value. It contains additional information specific to the PaymentMethod type."""
    us_bank_account: dict[str, Any] | None = None
