# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class LinkedAccountOptionsUsBankAccount(StripeObject):
    """linked_account_options_us_bank_account"""

    permissions: (
        list[Literal["balances", "ownership", "payment_method", "transactions"] | str] | None
    ) = None
    """The list of permissions to request. The `payment_method` permission must be included."""
    prefetch: list[Literal["balances"]] | None = None
    """Data features requested to be retrieved upon account creation."""
    return_url: str | None = None
    """For webview integrations only. Upon completing OAuth login in the native browser, the user will be redirected to this URL to return to your app."""
