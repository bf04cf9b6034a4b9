# File generated from spec/ (API version 2023-11-10, spec sha256 a73992d2e6f58969) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class AccountCapabilities(StripeObject):
    """The status of each requested capability (curated to the ones a typical integration checks; Stripe returns one key per capability)."""

    card_payments: Literal["active", "inactive", "pending"] | str | None = None
    """The status of the card payments capability of the account."""
    link_payments: Literal["active", "inactive", "pending"] | str | None = None
    """The status of the link_payments capability of the account."""
    transfers: Literal["active", "inactive", "pending"] | str | None = None
    """The status of the transfers capability of the account."""
    us_bank_account_ach_payments: Literal["active", "inactive", "pending"] | str | None = None
    """The status of the US bank account ACH payments capability of the account."""
