# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class FundingInstructionsBankTransferSortCodeRecord(StripeObject):
    """Sort Code Records contain U.K. bank account details per the sort code format."""

    account_holder_name: str
    """The name of the person or business that owns the bank account"""
    account_number: str
    """The account number"""
    sort_code: str
    """The six-digit sort code"""
