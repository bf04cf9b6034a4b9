# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class IssuingAuthorizationPreviousAttributes(StripeObject):
    """The previous values of the IssuingAuthorization fields that changed."""

    amount: int | None = None
    """The total amount that was authorized or rejected. This amount is in the card's currency and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal)."""
    amount_details: dict[str, Any] | None = None
    """Detailed breakdown of amount components. These amounts are denominated in `currency` and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal)."""
    approved: bool | None = None
    """Whether the authorization has been approved."""
    authorization_method: (
        Literal["chip", "contactless", "keyed_in", "online", "swipe"] | str | None
    ) = None
    """How the card details were provided."""
    balance_transactions: list[dict[str, Any]] | None = None
    """List of balance transactions associated with this authorization."""
    card: dict[str, Any] | None = None
    """You can [create physical or virtual cards](https://stripe.com/docs/issuing/cards) that are issued to cardholders."""
    cardholder: str | dict[str, Any] | None = None
    """The cardholder to whom this authorization belongs."""
    created: int | None = None
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str | None = None
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    id: str | None = None
    """Unique identifier for the object."""
    livemode: bool | None = None
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    merchant_amount: int | None = None
    """The total amount that was authorized or rejected. This amount is in the `merchant_currency` and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal)."""
    merchant_currency: str | None = None
    """The currency that was presented to the cardholder for the authorization. Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    merchant_data: dict[str, Any] | None = None
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    network_data: dict[str, Any] | None = None
    """Details about the authorization, such as identifiers, set by the card network."""
    object: Literal["issuing.authorization"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
    pending_request: dict[str, Any] | None = None
    """The pending authorization request. This field will only be non-null during an `issuing_authorization.request` webhook."""
    request_history: list[dict[str, Any]] | None = None
    """History of every time `pending_request` was approved/denied, either by you directly or by Stripe (e.g. based on your `spending_controls`). If the merchant changes the authorization by performing an [incremental authorization](https://stripe.com/docs/issuing/purchases/authorizations), you can look at this field to see the previous requests for the authorization."""
    status: Literal["closed", "pending", "reversed"] | str | None = None
    """The current status of the authorization in its lifecycle."""
    transactions: list[dict[str, Any]] | None = None
    """List of [transactions](https://stripe.com/docs/api/issuing/transactions) associated with this authorization."""
    treasury: dict[str, Any] | None = None
    """[Treasury](https://stripe.com/docs/api/treasury) details related to this authorization if it was created on a [FinancialAccount](https://stripe.com/docs/api/treasury/financial_accounts)."""
    verification_data: dict[str, Any] | None = None
    wallet: str | None = None
    """The digital wallet used for this authorization. One of `apple_pay`, `google_pay`, or `samsung_pay`."""
