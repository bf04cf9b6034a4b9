# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class FundingInstructionsBankTransferFinancialAddress(StripeObject):
    """FinancialAddresses contain identifying information that resolves to a FinancialAccount."""

    iban: FundingInstructionsBankTransferIbanRecord | None = None
    """Iban Records contain E.U. bank account details per the SEPA format."""
    sort_code: FundingInstructionsBankTransferSortCodeRecord | None = None
    """Sort Code Records contain U.K. bank account details per the sort code format."""
    spei: FundingInstructionsBankTransferSpeiRecord | None = None
    """SPEI Records contain Mexico bank account details per the SPEI format."""
    supported_networks: list[Literal["bacs", "fps", "sepa", "spei", "zengin"] | str] | None = None
    """The payment networks supported by this FinancialAddress"""
    type: Literal["iban", "sort_code", "spei", "zengin"] | str
    """The type of financial address"""
    zengin: FundingInstructionsBankTransferZenginRecord | None = None
    """Zengin Records contain Japan bank account details per the Zengin format."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .funding_instructions_bank_transfer_iban_record import (
    FundingInstructionsBankTransferIbanRecord,
)
from .funding_instructions_bank_transfer_sort_code_record import (
    FundingInstructionsBankTransferSortCodeRecord,
)
from .funding_instructions_bank_transfer_spei_record import (
    FundingInstructionsBankTransferSpeiRecord,
)
from .funding_instructions_bank_transfer_zengin_record import (
    FundingInstructionsBankTransferZenginRecord,
)
