# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class SourcePreviousAttributes(StripeObject):
    """The previous values of the Source fields that changed."""

    ach_credit_transfer: dict[str, Any] | None = None
    ach_debit: dict[str, Any] | None = None
    acss_debit: dict[str, Any] | None = None
    alipay: dict[str, Any] | None = None
    amount: int | None = None
    """A positive integer in the smallest currency unit (that is, 100 cents for $1.00, or 1 for ¥1, Japanese Yen being a zero-decimal currency) representing the total amount associated with the source. This is the amount for which the source will be chargeable once ready. Required for `single_use` sources."""
    au_becs_debit: dict[str, Any] | None = None
    bancontact: dict[str, Any] | None = None
    card: dict[str, Any] | None = None
    card_present: dict[str, Any] | None = None
    client_secret: str | None = None
    """The client secret of the source. Used for client-side retrieval using a publishable key."""
    code_verification: dict[str, Any] | None = None
    created: int | None = None
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str | None = None
    """Three-letter [ISO code for the currency](https://stripe.com/docs/currencies) associated with the source. This is the currency for which the source will be chargeable once ready. Required for `single_use` sources."""
    customer: str | None = None
    """The ID of the customer to which this source is attached. This will not be present when the source has not been attached to a customer."""
    eps: dict[str, Any] | None = None
    flow: str | None = None
    """The authentication `flow` of the source. `flow` is one of `redirect`, `receiver`, `code_verification`, `none`."""
    giropay: dict[str, Any] | None = None
    id: str | None = None
    """Unique identifier for the object."""
    ideal: dict[str, Any] | None = None
    klarna: dict[str, Any] | None = None
    livemode: bool | None = None
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    multibanco: dict[str, Any] | None = None
    object: Literal["source"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
    owner: dict[str, Any] | None = None
    """Information about the owner of the payment instrument that may be used or required by particular source types."""
    p24: dict[str, Any] | None = None
    receiver: dict[str, Any] | None = None
    redirect: dict[str, Any] | None = None
    sepa_debit: dict[str, Any] | None = None
    sofort: dict[str, Any] | None = None
    source_order: dict[str, Any] | None = None
    statement_descriptor: str | None = None
    """Extra information about a source. This will appear on your customer's statement every time you charge the source."""
    status: str | None = None
    """The status of the source, one of `canceled`, `chargeable`, `consumed`, `failed`, or `pending`. Only `chargeable` sources can be used to create a charge."""
    three_d_secure: dict[str, Any] | None = None
    type: (
        Literal[
            "ach_credit_transfer",
            "ach_debit",
            "acss_debit",
            "alipay",
            "au_becs_debit",
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
    """The `type` of the source. The `type` is a payment method, one of `ach_credit_transfer`, `ach_debit`, `alipay`, `bancontact`, `card`, `card_present`, `eps`, `giropay`, `ideal`, `multibanco`, `klarna`, `p24`, `sepa_debit`, `sofort`, `three_d_secure`, or `wechat`. An additional hash is included on the source with a name matching this value. It contains additional information specific to the [payment method](https://stripe.com/docs/sources) used."""
    usage: str | None = None
    """Either `reusable` or `single_use`. Whether this source should be reusable or not. Some source types may or may not be reusable by construction, while others may leave the option at creation. If an incompatible value is passed, an error will be returned."""
    wechat: dict[str, Any] | None = None
