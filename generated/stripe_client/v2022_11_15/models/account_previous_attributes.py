# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class AccountPreviousAttributes(StripeObject):
    """The previous values of the Account fields that changed."""

    business_profile: dict[str, Any] | None = None
    """Business information about the account."""
    business_type: (
        Literal["company", "government_entity", "individual", "non_profit"] | str | None
    ) = None
    """The business type."""
    capabilities: dict[str, Any] | None = None
    charges_enabled: bool | None = None
    """Whether the account can create live charges."""
    company: dict[str, Any] | None = None
    controller: dict[str, Any] | None = None
    country: str | None = None
    """The account's country."""
    created: int | None = None
    """Time at which the account was connected. Measured in seconds since the Unix epoch."""
    default_currency: str | None = None
    """Three-letter ISO currency code representing the default currency for the account. This must be a currency that [Stripe supports in the account's country](https://stripe.com/docs/payouts)."""
    details_submitted: bool | None = None
    """Whether account details have been submitted. Standard accounts cannot receive payouts before this is true."""
    email: str | None = None
    """An email address associated with the account. You can treat this as metadata: it is not used for authentication or messaging account holders."""
    external_accounts: dict[str, Any] | None = None
    """External accounts (bank accounts and debit cards) currently attached to this account"""
    future_requirements: dict[str, Any] | None = None
    id: str | None = None
    """Unique identifier for the object."""
    individual: dict[str, Any] | None = None
    """This is an object representing a person associated with a Stripe account.

        A platform cannot access a Standard or Express account's persons after the account starts onboarding, such as after generating an account link for the account.
        See the [Standard onboarding](https://stripe.com/docs/connect/standard-accounts) or [Express onboarding documentation](https://stripe.com/docs/connect/express-accounts) for information about platform pre-filling and account onboarding steps.

        Related guide: [Handling Identity Verification with the API](https://stripe.com/docs/connect/identity-verification-api#person-information).
        """
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    object: Literal["account"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
    payouts_enabled: bool | None = None
    """Whether Stripe can send payouts to this account."""
    requirements: dict[str, Any] | None = None
    settings: dict[str, Any] | None = None
    """Options for customizing how the account functions within Stripe."""
    tos_acceptance: dict[str, Any] | None = None
    type: Literal["custom", "express", "standard"] | str | None = None
    """The Stripe account type. Can be `standard`, `express`, or `custom`."""
