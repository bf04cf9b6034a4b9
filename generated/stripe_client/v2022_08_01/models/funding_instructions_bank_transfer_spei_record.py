# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class FundingInstructionsBankTransferSpeiRecord(StripeObject):
    """SPEI Records contain Mexico bank account details per the SPEI format."""

    bank_code: str
    """The three-digit bank code"""
    bank_name: str
    """The short banking institution name"""
    clabe: str
    """The CLABE number"""
