# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class TreasuryFinancialAccountFeatures(StripeObject):
    """Encodes whether a FinancialAccount has access to a particular Feature, with a `status` enum and associated `status_details`.
    Stripe or the platform can control Features via the requested field.
    """

    card_issuing: TreasuryFinancialAccountsResourceToggleSettings | None = None
    """Toggle settings for enabling/disabling a feature"""
    deposit_insurance: TreasuryFinancialAccountsResourceToggleSettings | None = None
    """Toggle settings for enabling/disabling a feature"""
    financial_addresses: TreasuryFinancialAccountsResourceFinancialAddressesFeatures | None = None
    """Settings related to Financial Addresses features on a Financial Account"""
    inbound_transfers: TreasuryFinancialAccountsResourceInboundTransfers | None = None
    """InboundTransfers contains inbound transfers features for a FinancialAccount."""
    intra_stripe_flows: TreasuryFinancialAccountsResourceToggleSettings | None = None
    """Toggle settings for enabling/disabling a feature"""
    object: Literal["treasury.financial_account_features"]
    """String representing the object's type. Objects of the same type share the same value."""
    outbound_payments: TreasuryFinancialAccountsResourceOutboundPayments | None = None
    """Settings related to Outbound Payments features on a Financial Account"""
    outbound_transfers: TreasuryFinancialAccountsResourceOutboundTransfers | None = None
    """OutboundTransfers contains outbound transfers features for a FinancialAccount."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .treasury_financial_accounts_resource_financial_addresses_features import (
    TreasuryFinancialAccountsResourceFinancialAddressesFeatures,
)
from .treasury_financial_accounts_resource_inbound_transfers import (
    TreasuryFinancialAccountsResourceInboundTransfers,
)
from .treasury_financial_accounts_resource_outbound_payments import (
    TreasuryFinancialAccountsResourceOutboundPayments,
)
from .treasury_financial_accounts_resource_outbound_transfers import (
    TreasuryFinancialAccountsResourceOutboundTransfers,
)
from .treasury_financial_accounts_resource_toggle_settings import (
    TreasuryFinancialAccountsResourceToggleSettings,
)
