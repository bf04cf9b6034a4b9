# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class IssuingAuthorization(StripeObject):
    """When an [issued card](https://stripe.com/docs/issuing) is used to make a purchase, an Issuing `Authorization`
    object is created. [Authorizations](https://stripe.com/docs/issuing/purchases/authorizations) must be approved for the
    purchase to be completed successfully.

    Related guide: [Issued Card Authorizations](https://stripe.com/docs/issuing/purchases/authorizations).
    """

    amount: int
    """The total amount that was authorized or rejected. This amount is in the card's currency and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal)."""
    amount_details: IssuingAuthorizationAmountDetails | None = None
    """Detailed breakdown of amount components. These amounts are denominated in `currency` and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal)."""
    approved: bool
    """Whether the authorization has been approved."""
    authorization_method: Literal["chip", "contactless", "keyed_in", "online", "swipe"] | str
    """How the card details were provided."""
    balance_transactions: list[BalanceTransaction]
    """List of balance transactions associated with this authorization."""
    card: IssuingCard
    """You can [create physical or virtual cards](https://stripe.com/docs/issuing/cards) that are issued to cardholders."""
    cardholder: str | IssuingCardholder | StripeObject | None = None
    """The cardholder to whom this authorization belongs."""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    id: str
    """Unique identifier for the object."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    merchant_amount: int
    """The total amount that was authorized or rejected. This amount is in the `merchant_currency` and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal)."""
    merchant_currency: str
    """The currency that was presented to the cardholder for the authorization. Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    merchant_data: IssuingAuthorizationMerchantData
    metadata: dict[str, str]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    network_data: IssuingAuthorizationNetworkData | None = None
    """Details about the authorization, such as identifiers, set by the card network."""
    object: Literal["issuing.authorization"]
    """String representing the object's type. Objects of the same type share the same value."""
    pending_request: IssuingAuthorizationPendingRequest | None = None
    """The pending authorization request. This field will only be non-null during an `issuing_authorization.request` webhook."""
    request_history: list[IssuingAuthorizationRequest]
    """History of every time `pending_request` was approved/denied, either by you directly or by Stripe (e.g. based on your `spending_controls`). If the merchant changes the authorization by performing an [incremental authorization](https://stripe.com/docs/issuing/purchases/authorizations), you can look at this field to see the previous requests for the authorization."""
    status: Literal["closed", "pending", "reversed"] | str
    """The current status of the authorization in its lifecycle."""
    transactions: list[IssuingTransaction]
    """List of [transactions](https://stripe.com/docs/api/issuing/transactions) associated with this authorization."""
    treasury: IssuingAuthorizationTreasury | None = None
    """[Treasury](https://stripe.com/docs/api/treasury) details related to this authorization if it was created on a [FinancialAccount](https://stripe.com/docs/api/treasury/financial_accounts)."""
    verification_data: IssuingAuthorizationVerificationData
    wallet: str | None = None
    """The digital wallet used for this authorization. One of `apple_pay`, `google_pay`, or `samsung_pay`."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .balance_transaction import BalanceTransaction
from .issuing_authorization_amount_details import IssuingAuthorizationAmountDetails
from .issuing_authorization_merchant_data import IssuingAuthorizationMerchantData
from .issuing_authorization_network_data import IssuingAuthorizationNetworkData
from .issuing_authorization_pending_request import IssuingAuthorizationPendingRequest
from .issuing_authorization_request import IssuingAuthorizationRequest
from .issuing_authorization_treasury import IssuingAuthorizationTreasury
from .issuing_authorization_verification_data import IssuingAuthorizationVerificationData
from .issuing_card import IssuingCard
from .issuing_cardholder import IssuingCardholder
from .issuing_transaction import IssuingTransaction
