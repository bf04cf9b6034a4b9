# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class Account(StripeObject):
    """This is an object representing a Stripe account. You can retrieve it to see
    properties on the account like its current requirements or if the account is
    enabled to make live charges or receive payouts.

    For Custom accounts, the properties below are always returned. For other accounts, some properties are returned until that
    account has started to go through Connect Onboarding. Once you create an [Account Link](https://stripe.com/docs/api/account_links)
    for a Standard or Express account, some parameters are no longer returned. These are marked as **Custom Only** or **Custom and Express**
    below. Learn about the differences [between accounts](https://stripe.com/docs/connect/accounts).
    """

    business_profile: AccountBusinessProfile | None = None
    """Business information about the account."""
    business_type: (
        Literal["company", "government_entity", "individual", "non_profit"] | str | None
    ) = None
    """The business type."""
    capabilities: AccountCapabilities | None = None
    charges_enabled: bool | None = None
    """Whether the account can create live charges."""
    company: LegalEntityCompany | None = None
    controller: AccountUnificationAccountController | None = None
    country: str | None = None
    """The account's country."""
    created: int | None = None
    """Time at which the account was connected. Measured in seconds since the Unix epoch."""
    default_currency: str | None = None
    """Three-letter ISO currency code representing the default currency for the account. This must be a currency that [Stripe supports in the account's country](https://stripe.com/docs/payouts)."""
    details_submitted: bool | None = None
    """Whether account details have been submitted. Standard accounts cannot receive payouts before this is true."""
    email: str | None = None
    """An email address associated with the account. It's not used for authentication and Stripe doesn't market to this field without explicit approval from the platform."""
    external_accounts: AccountExternalAccounts | None = None
    """External accounts (bank accounts and debit cards) currently attached to this account"""
    future_requirements: AccountFutureRequirements | None = None
    id: str
    """Unique identifier for the object."""
    individual: Person | None = None
    """This is an object representing a person associated with a Stripe account.

        A platform cannot access a Standard or Express account's persons after the account starts onboarding, such as after generating an account link for the account.
        See the [Standard onboarding](https://stripe.com/docs/connect/standard-accounts) or [Express onboarding documentation](https://stripe.com/docs/connect/express-accounts) for information about platform prefilling and account onboarding steps.

        Related guide: [Handling identity verification with the API](https://stripe.com/docs/connect/identity-verification-api#person-information)
        """
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    object: Literal["account"]
    """String representing the object's type. Objects of the same type share the same value."""
    payouts_enabled: bool | None = None
    """Whether Stripe can send payouts to this account."""
    requirements: AccountRequirements | None = None
    settings: AccountSettings | None = None
    """Options for customizing how the account functions within Stripe."""
    tos_acceptance: AccountTosAcceptance | None = None
    type: Literal["custom", "express", "standard"] | str | None = None
    """The Stripe account type. Can be `standard`, `express`, or `custom`."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .account_business_profile import AccountBusinessProfile
from .account_capabilities import AccountCapabilities
from .account_external_accounts import AccountExternalAccounts
from .account_future_requirements import AccountFutureRequirements
from .account_requirements import AccountRequirements
from .account_settings import AccountSettings
from .account_tos_acceptance import AccountTosAcceptance
from .account_unification_account_controller import AccountUnificationAccountController
from .legal_entity_company import LegalEntityCompany
from .person import Person
