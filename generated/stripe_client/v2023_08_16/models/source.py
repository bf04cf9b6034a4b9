# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class Source(StripeObject):
    """`Source` objects allow you to accept a variety of payment methods. They
    represent a customer's payment instrument, and can be used with the Stripe API
    just like a `Card` object: once chargeable, they can be charged, or can be
    attached to customers.

    Stripe doesn't recommend using the deprecated [Sources API](https://stripe.com/docs/api/sources).
    We recommend that you adopt the [PaymentMethods API](https://stripe.com/docs/api/payment_methods).
    This newer API provides access to our latest features and payment method types.

    Related guides: [Sources API](https://stripe.com/docs/sources) and [Sources & Customers](https://stripe.com/docs/sources/customers).
    """

    ach_credit_transfer: SourceTypeAchCreditTransfer | None = None
    ach_debit: SourceTypeAchDebit | None = None
    acss_debit: SourceTypeAcssDebit | None = None
    alipay: SourceTypeAlipay | None = None
    amount: int | None = None
    """A positive integer in the smallest currency unit (that is, 100 cents for $1.00, or 1 for ¥1, Japanese Yen being a zero-decimal currency) representing the total amount associated with the source. This is the amount for which the source will be chargeable once ready. Required for `single_use` sources."""
    au_becs_debit: SourceTypeAuBecsDebit | None = None
    bancontact: SourceTypeBancontact | None = None
    card: SourceTypeCard | None = None
    card_present: SourceTypeCardPresent | None = None
    client_secret: str
    """The client secret of the source. Used for client-side retrieval using a publishable key."""
    code_verification: SourceCodeVerificationFlow | None = None
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str | None = None
    """Three-letter [ISO code for the currency](https://stripe.com/docs/currencies) associated with the source. This is the currency for which the source will be chargeable once ready. Required for `single_use` sources."""
    customer: str | None = None
    """The ID of the customer to which this source is attached. This will not be present when the source has not been attached to a customer."""
    eps: SourceTypeEps | None = None
    flow: str
    """The authentication `flow` of the source. `flow` is one of `redirect`, `receiver`, `code_verification`, `none`."""
    giropay: SourceTypeGiropay | None = None
    id: str
    """Unique identifier for the object."""
    ideal: SourceTypeIdeal | None = None
    klarna: SourceTypeKlarna | None = None
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    multibanco: SourceTypeMultibanco | None = None
    object: Literal["source"]
    """String representing the object's type. Objects of the same type share the same value."""
    owner: SourceOwner | None = None
    """Information about the owner of the payment instrument that may be used or required by particular source types."""
    p24: SourceTypeP24 | None = None
    receiver: SourceReceiverFlow | None = None
    redirect: SourceRedirectFlow | None = None
    sepa_debit: SourceTypeSepaDebit | None = None
    sofort: SourceTypeSofort | None = None
    source_order: SourceOrder | None = None
    statement_descriptor: str | None = None
    """Extra information about a source. This will appear on your customer's statement every time you charge the source."""
    status: str
    """The status of the source, one of `canceled`, `chargeable`, `consumed`, `failed`, or `pending`. Only `chargeable` sources can be used to create a charge."""
    three_d_secure: SourceTypeThreeDSecure | None = None
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
    """The `type` of the source. The `type` is a payment method, one of `ach_credit_transfer`, `ach_debit`, `alipay`, `bancontact`, `card`, `card_present`, `eps`, `giropay`, `ideal`, `multibanco`, `klarna`, `p24`, `sepa_debit`, `sofort`, `three_d_secure`, or `wechat`. An additional hash is included on the source with a name matching this value. It contains additional information specific to the [payment method](https://stripe.com/docs/sources) used."""
    usage: str | None = None
    """Either `reusable` or `single_use`. Whether this source should be reusable or not. Some source types may or may not be reusable by construction, while others may leave the option at creation. If an incompatible value is passed, an error will be returned."""
    wechat: SourceTypeWechat | None = None


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .source_code_verification_flow import SourceCodeVerificationFlow
from .source_order import SourceOrder
from .source_owner import SourceOwner
from .source_receiver_flow import SourceReceiverFlow
from .source_redirect_flow import SourceRedirectFlow
from .source_type_ach_credit_transfer import SourceTypeAchCreditTransfer
from .source_type_ach_debit import SourceTypeAchDebit
from .source_type_acss_debit import SourceTypeAcssDebit
from .source_type_alipay import SourceTypeAlipay
from .source_type_au_becs_debit import SourceTypeAuBecsDebit
from .source_type_bancontact import SourceTypeBancontact
from .source_type_card import SourceTypeCard
from .source_type_card_present import SourceTypeCardPresent
from .source_type_eps import SourceTypeEps
from .source_type_giropay import SourceTypeGiropay
from .source_type_ideal import SourceTypeIdeal
from .source_type_klarna import SourceTypeKlarna
from .source_type_multibanco import SourceTypeMultibanco
from .source_type_p24 import SourceTypeP24
from .source_type_sepa_debit import SourceTypeSepaDebit
from .source_type_sofort import SourceTypeSofort
from .source_type_three_d_secure import SourceTypeThreeDSecure
from .source_type_wechat import SourceTypeWechat
