# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class PaymentMethodPreviousAttributes(StripeObject):
    """The previous values of the PaymentMethod fields that changed."""

    acss_debit: dict[str, Any] | None = None
    affirm: dict[str, Any] | None = None
    afterpay_clearpay: dict[str, Any] | None = None
    alipay: dict[str, Any] | None = None
    au_becs_debit: dict[str, Any] | None = None
    bacs_debit: dict[str, Any] | None = None
    bancontact: dict[str, Any] | None = None
    billing_details: dict[str, Any] | None = None
    blik: dict[str, Any] | None = None
    boleto: dict[str, Any] | None = None
    card: dict[str, Any] | None = None
    card_present: dict[str, Any] | None = None
    created: int | None = None
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    customer: str | dict[str, Any] | None = None
    """The ID of the Customer to which this PaymentMethod is saved. This will not be set when the PaymentMethod has not been saved to a Customer."""
    customer_balance: dict[str, Any] | None = None
    eps: dict[str, Any] | None = None
    fpx: dict[str, Any] | None = None
    giropay: dict[str, Any] | None = None
    grabpay: dict[str, Any] | None = None
    id: str | None = None
    """Unique identifier for the object."""
    ideal: dict[str, Any] | None = None
    interac_present: dict[str, Any] | None = None
    klarna: dict[str, Any] | None = None
    konbini: dict[str, Any] | None = None
    link: dict[str, Any] | None = None
    livemode: bool | None = None
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    object: Literal["payment_method"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
    oxxo: dict[str, Any] | None = None
    p24: dict[str, Any] | None = None
    paynow: dict[str, Any] | None = None
    pix: dict[str, Any] | None = None
    promptpay: dict[str, Any] | None = None
    radar_options: dict[str, Any] | None = None
    """Options to configure Radar. See [Radar Session](https://stripe.com/docs/radar/radar-session) for more information."""
    sepa_debit: dict[str, Any] | None = None
    sofort: dict[str, Any] | None = None
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
            "pix",
            "promptpay",
            "sepa_debit",
            "sofort",
            "us_bank_account",
            "wechat_pay",
        ]
        | str
        | None
    ) = None
    """The type of the PaymentMethod. An additional hash is included on the PaymentMethod with a name matching this value. It contains additional information specific to the PaymentMethod type."""
    us_bank_account: dict[str, Any] | None = None
    wechat_pay: dict[str, Any] | None = None
