# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class SourceTransactionPreviousAttributes(StripeObject):
    """The previous values of the SourceTransaction fields that changed."""

    ach_credit_transfer: dict[str, Any] | None = None
    amount: int | None = None
    """A positive integer in the smallest currency unit (that is, 100 cents for $1.00, or 1 for ¥1, Japanese Yen being a zero-decimal currency) representing the amount your customer has pushed to the receiver."""
    chf_credit_transfer: dict[str, Any] | None = None
    created: int | None = None
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str | None = None
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    gbp_credit_transfer: dict[str, Any] | None = None
    id: str | None = None
    """Unique identifier for the object."""
    livemode: bool | None = None
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    object: Literal["source_transaction"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
    paper_check: dict[str, Any] | None = None
    sepa_credit_transfer: dict[str, Any] | None = None
    source: str | None = None
    """The ID of the source this transaction is attached to."""
    status: str | None = None
    """The status of the transaction, one of `succeeded`, `pending`, or `failed`."""
    type: (
        Literal[
            "ach_credit_transfer",
            "ach_debit",
            "alipay",
            "bancontact",
            "card",
            "card_present",
            "eps",
            "giropay",
            "ideal",
            "klarna",
            "multibanco",
            "p24",
            "sepa_debit",
            "sofort",
            "three_d_secure",
            "wechat",
        ]
        | str
        | None
    ) = None
    """The type of source this transaction is attached to."""
