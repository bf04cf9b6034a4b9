# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class FinancialConnectionsAccountPreviousAttributes(StripeObject):
    """The previous values of the FinancialConnectionsAccount fields that changed."""

    account_holder: dict[str, Any] | None = None
    """The account holder that this account belongs to."""
    balance: dict[str, Any] | None = None
    """The most recent information about the account's balance."""
    balance_refresh: dict[str, Any] | None = None
    """The state of the most recent attempt to refresh the account balance."""
    category: Literal["cash", "credit", "investment", "other"] | str | None = None
    """The type of the account. Account category is further divided in `subcategory`."""
    created: int | None = None
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    display_name: str | None = None
    """A human-readable name that has been assigned to this account, either by the account holder or by the institution."""
    id: str | None = None
    """Unique identifier for the object."""
    institution_name: str | None = None
    """The name of the institution that holds this account."""
    last4: str | None = None
    """The last 4 digits of the account number. If present, this will be 4 numeric characters."""
    livemode: bool | None = None
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    object: Literal["financial_connections.account"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
    ownership: str | dict[str, Any] | None = None
    """The most recent information about the account's owners."""
    ownership_refresh: dict[str, Any] | None = None
    """The state of the most recent attempt to refresh the account owners."""
    permissions: (
        list[Literal["balances", "ownership", "payment_method", "transactions"] | str] | None
    ) = None
    """The list of permissions granted by this account."""
    status: Literal["active", "disconnected", "inactive"] | str | None = None
    """The status of the link to the account."""
    subcategory: (
        Literal["checking", "credit_card", "line_of_credit", "mortgage", "other", "savings"]
        | str
        | None
    ) = None
    """If `category` is `cash`, one of:

         - `checking`
         - `savings`
         - `other`

        If `category` is `credit`, one of:

         - `mortgage`
         - `line_of_credit`
         - `credit_card`
         - `other`

        If `category` is `investment` or `other`, this will be `other`.
        """
    supported_payment_method_types: list[Literal["link", "us_bank_account"] | str] | None = None
    """The [PaymentMethod type](https://stripe.com/docs/api/payment_methods/object#payment_method_object-type)(s) that can be created from this account."""
