# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class TreasuryFinancialAccountsResourcePlatformRestrictions(StripeObject):
    """Restrictions that a Connect Platform has placed on this FinancialAccount."""

    inbound_flows: Literal["restricted", "unrestricted"] | str | None = None
    """Restricts all inbound money movement."""
    outbound_flows: Literal["restricted", "unrestricted"] | str | None = None
    """Restricts all outbound money movement."""
