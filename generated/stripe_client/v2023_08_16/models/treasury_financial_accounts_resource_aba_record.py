# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class TreasuryFinancialAccountsResourceAbaRecord(StripeObject):
    """ABA Records contain U.S. bank account details per the ABA format."""

    account_holder_name: str
    """The name of the person or business that owns the bank account."""
    account_number: str | None = None
    """The account number."""
    account_number_last4: str
    """The last four characters of the account number."""
    bank_name: str
    """Name of the bank."""
    routing_number: str
    """Routing number for the account."""
