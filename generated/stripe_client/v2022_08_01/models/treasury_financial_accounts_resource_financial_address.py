# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class TreasuryFinancialAccountsResourceFinancialAddress(StripeObject):
    """FinancialAddresses contain identifying information that resolves to a FinancialAccount."""

    aba: TreasuryFinancialAccountsResourceAbaRecord | None = None
    """ABA Records contain U.S. bank account details per the ABA format."""
    supported_networks: list[Literal["ach", "us_domestic_wire"] | str] | None = None
    """The list of networks that the address supports"""
    type: Literal["aba"]
    """The type of financial address"""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .treasury_financial_accounts_resource_aba_record import (
    TreasuryFinancialAccountsResourceAbaRecord,
)
