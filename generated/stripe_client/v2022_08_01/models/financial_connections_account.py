# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class FinancialConnectionsAccount(StripeObject):
    """A Financial Connections Account represents an account that exists outside of Stripe, to which you have been granted some degree of access."""

    account_holder: BankConnectionsResourceAccountholder | None = None
    """The account holder that this account belongs to."""
    balance: BankConnectionsResourceBalance | None = None
    """The most recent information about the account's balance."""
    balance_refresh: BankConnectionsResourceBalanceRefresh | None = None
    """The state of the most recent attempt to refresh the account balance."""
    category: Literal["cash", "credit", "investment", "other"] | str
    """The type of the account. Account category is further divided in `subcategory`."""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    display_name: str | None = None
    """A human-readable name that has been assigned to this account, either by the account holder or by the institution."""
    id: str
    """Unique identifier for the object."""
    institution_name: str
    """The name of the institution that holds this account."""
    last4: str | None = None
    """The last 4 digits of the account number. If present, this will be 4 numeric characters."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    object: Literal["financial_connections.account"]
    """String representing the object's type. Objects of the same type share the same value."""
    ownership: str | FinancialConnectionsAccountOwnership | StripeObject | None = None
    """The most recent information about the account's owners."""
    ownership_refresh: BankConnectionsResourceOwnershipRefresh | None = None
    """The state of the most recent attempt to refresh the account owners."""
    permissions: (
        list[Literal["balances", "ownership", "payment_method", "transactions"] | str] | None
    ) = None
    """The list of permissions granted by this account."""
    status: Literal["active", "disconnected", "inactive"] | str
    """The status of the link to the account."""
    subcategory: (
        Literal["checking", "credit_card", "line_of_credit", "mortgage", "other", "savings"] | str
    )
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
    supported_payment_method_types: list[Literal["link", "us_bank_account"] | str]
    """The [PaymentMethod type](https://stripe.com/docs/api/payment_methods/object#payment_method_object-type)(s) that can be created from this account."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .bank_connections_resource_accountholder import BankConnectionsResourceAccountholder
from .bank_connections_resource_balance import BankConnectionsResourceBalance
from .bank_connections_resource_balance_refresh import BankConnectionsResourceBalanceRefresh
from .bank_connections_resource_ownership_refresh import BankConnectionsResourceOwnershipRefresh
from .financial_connections_account_ownership import FinancialConnectionsAccountOwnership
