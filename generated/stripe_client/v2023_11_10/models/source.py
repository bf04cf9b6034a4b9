# File generated from spec/ (API version 2023-11-10, spec sha256 a73992d2e6f58969) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class Source(StripeObject):
    """`Source` objects allow you to accept a variety of payment methods. They represent a customer's payment instrument, and can be used with the Stripe API just like a `Card` object."""

    id: str
    """Unique identifier for the object."""
    object: Literal["source"]
    """String representing the object's type. Objects of the same type share the same value."""
    amount: int | None = None
    """A positive integer in the smallest currency unit representing the total amount associated with the source."""
    card: SourceTypeCard | None = None
    client_secret: str
    """The client secret of the source. Used for client-side retrieval using a publishable key."""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str | None = None
    """Three-letter ISO code for the currency associated with the source."""
    customer: str | None = None
    """The ID of the customer to which this source is attached."""
    flow: str
    """The authentication `flow` of the source, one of `redirect`, `receiver`, `code_verification`, `none`."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str] | None = None
    """Set of key-value pairs attached to the object."""
    owner: SourceOwner | None = None
    """Information about the owner of the payment instrument."""
    statement_descriptor: str | None = None
    """Extra information about a source, shown on your customer's statement."""
    status: str
    """The status of the source, one of `canceled`, `chargeable`, `consumed`, `failed`, or `pending`."""
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
    )
    """The `type` of the source, one of the payment methods above."""
    usage: str | None = None
    """Either `reusable` or `single_use`."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .source_owner import SourceOwner
from .source_type_card import SourceTypeCard
