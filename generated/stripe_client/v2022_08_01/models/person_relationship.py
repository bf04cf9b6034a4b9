# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PersonRelationship(StripeObject):
    """PersonRelationship"""

    director: bool | None = None
    """Whether the person is a director of the account's legal entity. Directors are typically members of the governing board of the company, or responsible for ensuring the company meets its regulatory obligations."""
    executive: bool | None = None
    """Whether the person has significant responsibility to control, manage, or direct the organization."""
    owner: bool | None = None
    """Whether the person is an owner of the account’s legal entity."""
    percent_ownership: float | None = None
    """The percent owned by the person of the account's legal entity."""
    representative: bool | None = None
    """Whether the person is authorized as the primary representative of the account. This is the person nominated by the business to provide information about themselves, and general information about the account. There can only be one representative at any given time. At the time the account is created, this person should be set to the person responsible for opening the account."""
    title: str | None = None
    """The person's title (e.g., CEO, Support Engineer)."""
