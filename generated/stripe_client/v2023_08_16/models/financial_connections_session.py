# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class FinancialConnectionsSession(StripeObject):
    """A Financial Connections Session is the secure way to programmatically launch the client-side Stripe.js modal that lets your users link their accounts."""

    account_holder: BankConnectionsResourceAccountholder | None = None
    """The account holder for whom accounts are collected in this session."""
    accounts: FinancialConnectionsSessionAccounts
    """The accounts that were collected as part of this Session."""
    client_secret: str
    """A value that will be passed to the client to launch the authentication flow."""
    filters: BankConnectionsResourceLinkAccountSessionFilters | None = None
    id: str
    """Unique identifier for the object."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    object: Literal["financial_connections.session"]
    """String representing the object's type. Objects of the same type share the same value."""
    permissions: list[Literal["balances", "ownership", "payment_method", "transactions"] | str]
    """Permissions requested for accounts collected during this session."""
    prefetch: list[Literal["balances", "ownership"] | str] | None = None
    """Data features requested to be retrieved upon account creation."""
    return_url: str | None = None
    """For webview integrations only. Upon completing OAuth login in the native browser, the user will be redirected to this URL to return to your app."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .bank_connections_resource_accountholder import BankConnectionsResourceAccountholder
from .bank_connections_resource_link_account_session_filters import (
    BankConnectionsResourceLinkAccountSessionFilters,
)
from .financial_connections_session_accounts import FinancialConnectionsSessionAccounts
