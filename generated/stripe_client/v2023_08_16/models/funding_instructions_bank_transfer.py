# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class FundingInstructionsBankTransfer(StripeObject):
    """FundingInstructionsBankTransfer"""

    country: str
    """The country of the bank account to fund"""
    financial_addresses: list[FundingInstructionsBankTransferFinancialAddress]
    """A list of financial addresses that can be used to fund a particular balance"""
    type: Literal["eu_bank_transfer", "jp_bank_transfer"] | str
    """The bank_transfer type"""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .funding_instructions_bank_transfer_financial_address import (
    FundingInstructionsBankTransferFinancialAddress,
)
