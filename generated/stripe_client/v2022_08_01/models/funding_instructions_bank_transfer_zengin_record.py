# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class FundingInstructionsBankTransferZenginRecord(StripeObject):
    """Zengin Records contain Japan bank account details per the Zengin format."""

    account_holder_name: str | None = None
    """The account holder name"""
    account_number: str | None = None
    """The account number"""
    account_type: str | None = None
    """The bank account type. In Japan, this can only be `futsu` or `toza`."""
    bank_code: str | None = None
    """The bank code of the account"""
    bank_name: str | None = None
    """The bank name of the account"""
    branch_code: str | None = None
    """The branch code of the account"""
    branch_name: str | None = None
    """The branch name of the account"""
