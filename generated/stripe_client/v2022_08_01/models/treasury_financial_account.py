# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class TreasuryFinancialAccount(StripeObject):
    """Stripe Treasury provides users with a container for money called a FinancialAccount that is separate from their Payments balance.
    FinancialAccounts serve as the source and destination of Treasury’s money movement APIs.
    """

    active_features: (
        list[
            Literal[
                "card_issuing",
                "deposit_insurance",
                "financial_addresses.aba",
                "inbound_transfers.ach",
                "intra_stripe_flows",
                "outbound_payments.ach",
                "outbound_payments.us_domestic_wire",
                "outbound_transfers.ach",
                "outbound_transfers.us_domestic_wire",
                "remote_deposit_capture",
            ]
            | str
        ]
        | None
    ) = None
    """The array of paths to active Features in the Features hash."""
    balance: TreasuryFinancialAccountsResourceBalance
    """Balance information for the FinancialAccount"""
    country: str
    """Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2))."""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    features: TreasuryFinancialAccountFeatures | None = None
    """Encodes whether a FinancialAccount has access to a particular Feature, with a `status` enum and associated `status_details`.
        Stripe or the platform can control Features via the requested field.
        """
    financial_addresses: list[TreasuryFinancialAccountsResourceFinancialAddress]
    """The set of credentials that resolve to a FinancialAccount."""
    id: str
    """Unique identifier for the object."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    object: Literal["treasury.financial_account"]
    """String representing the object's type. Objects of the same type share the same value."""
    pending_features: (
        list[
            Literal[
                "card_issuing",
                "deposit_insurance",
                "financial_addresses.aba",
                "inbound_transfers.ach",
                "intra_stripe_flows",
                "outbound_payments.ach",
                "outbound_payments.us_domestic_wire",
                "outbound_transfers.ach",
                "outbound_transfers.us_domestic_wire",
                "remote_deposit_capture",
            ]
            | str
        ]
        | None
    ) = None
    """The array of paths to pending Features in the Features hash."""
    platform_restrictions: TreasuryFinancialAccountsResourcePlatformRestrictions | None = None
    """The set of functionalities that the platform can restrict on the FinancialAccount."""
    restricted_features: (
        list[
            Literal[
                "card_issuing",
                "deposit_insurance",
                "financial_addresses.aba",
                "inbound_transfers.ach",
                "intra_stripe_flows",
                "outbound_payments.ach",
                "outbound_payments.us_domestic_wire",
                "outbound_transfers.ach",
                "outbound_transfers.us_domestic_wire",
                "remote_deposit_capture",
            ]
            | str
        ]
        | None
    ) = None
    """The array of paths to restricted Features in the Features hash."""
    status: Literal["closed", "open"] | str
    """The enum specifying what state the account is in."""
    status_details: TreasuryFinancialAccountsResourceStatusDetails
    supported_currencies: list[str]
    """The currencies the FinancialAccount can hold a balance in. Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .treasury_financial_account_features import TreasuryFinancialAccountFeatures
from .treasury_financial_accounts_resource_balance import TreasuryFinancialAccountsResourceBalance
from .treasury_financial_accounts_resource_financial_address import (
    TreasuryFinancialAccountsResourceFinancialAddress,
)
from .treasury_financial_accounts_resource_platform_restrictions import (
    TreasuryFinancialAccountsResourcePlatformRestrictions,
)
from .treasury_financial_accounts_resource_status_details import (
    TreasuryFinancialAccountsResourceStatusDetails,
)
