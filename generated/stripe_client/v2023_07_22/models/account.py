# File generated from spec/ (API version 2023-07-22, spec sha256 a258a150d805d4e4) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class Account(StripeObject):
    """This is an object representing a Stripe account: your own, or a connected account (Connect) that you act on behalf of."""

    business_profile: AccountBusinessProfile | None = None
    """Business information about the account."""
    business_type: (
        Literal["company", "government_entity", "individual", "non_profit"] | str | None
    ) = None
    """The business type."""
    capabilities: AccountCapabilities | None = None
    """The status of each requested capability (curated to the ones a typical integration checks; Stripe returns one key per capability)."""
    charges_enabled: bool | None = None
    """Whether the account can create live charges."""
    country: str | None = None
    """The account's country."""
    created: int | None = None
    """Time at which the account was connected. Measured in seconds since the Unix epoch."""
    default_currency: str | None = None
    """Three-letter ISO currency code representing the default currency for the account."""
    details_submitted: bool | None = None
    """Whether account details have been submitted."""
    email: str | None = None
    """An email address associated with the account."""
    external_accounts: AccountExternalAccounts | None = None
    """External accounts (bank accounts and debit cards) currently attached to this account."""
    id: str
    """Unique identifier for the object."""
    metadata: dict[str, str] | None = None
    """Set of key-value pairs attached to the object."""
    object: Literal["account"]
    """String representing the object's type."""
    payouts_enabled: bool | None = None
    """Whether Stripe can send payouts to this account."""
    requirements: AccountRequirements | None = None
    tos_acceptance: AccountTosAcceptance | None = None
    type: Literal["custom", "express", "standard"] | str | None = None
    """The Stripe account type."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .account_business_profile import AccountBusinessProfile
from .account_capabilities import AccountCapabilities
from .account_external_accounts import AccountExternalAccounts
from .account_requirements import AccountRequirements
from .account_tos_acceptance import AccountTosAcceptance
