# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class TreasuryFinancialAccountsResourceTogglesSettingStatusDetails(StripeObject):
    """Additional details on the FinancialAccount Features information."""

    code: (
        Literal[
            "activating",
            "capability_not_requested",
            "financial_account_closed",
            "rejected_other",
            "rejected_unsupported_business",
            "requirements_past_due",
            "requirements_pending_verification",
            "restricted_by_platform",
            "restricted_other",
        ]
        | str
    )
    """Represents the reason why the status is `pending` or `restricted`."""
    resolution: (
        Literal["contact_stripe", "provide_information", "remove_restriction"] | str | None
    ) = None
    """Represents what the user should do, if anything, to activate the Feature."""
    restriction: Literal["inbound_flows", "outbound_flows"] | str | None = None
    """The `platform_restrictions` that are restricting this Feature."""
