# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class Person(StripeObject):
    """This is an object representing a person associated with a Stripe account.

    A platform cannot access a Standard or Express account's persons after the account starts onboarding, such as after generating an account link for the account.
    See the [Standard onboarding](https://stripe.com/docs/connect/standard-accounts) or [Express onboarding documentation](https://stripe.com/docs/connect/express-accounts) for information about platform pre-filling and account onboarding steps.

    Related guide: [Handling Identity Verification with the API](https://stripe.com/docs/connect/identity-verification-api#person-information).
    """

    account: str
    """The account the person is associated with."""
    address: Address | None = None
    address_kana: LegalEntityJapanAddress | None = None
    address_kanji: LegalEntityJapanAddress | None = None
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    dob: LegalEntityDob | None = None
    email: str | None = None
    """The person's email address."""
    first_name: str | None = None
    """The person's first name."""
    first_name_kana: str | None = None
    """The Kana variation of the person's first name (Japan only)."""
    first_name_kanji: str | None = None
    """The Kanji variation of the person's first name (Japan only)."""
    full_name_aliases: list[str] | None = None
    """A list of alternate names or aliases that the person is known by."""
    future_requirements: PersonFutureRequirements | None = None
    gender: str | None = None
    """The person's gender (International regulations require either "male" or "female")."""
    id: str
    """Unique identifier for the object."""
    id_number_provided: bool | None = None
    """Whether the person's `id_number` was provided."""
    id_number_secondary_provided: bool | None = None
    """Whether the person's `id_number_secondary` was provided."""
    last_name: str | None = None
    """The person's last name."""
    last_name_kana: str | None = None
    """The Kana variation of the person's last name (Japan only)."""
    last_name_kanji: str | None = None
    """The Kanji variation of the person's last name (Japan only)."""
    maiden_name: str | None = None
    """The person's maiden name."""
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    nationality: str | None = None
    """The country where the person is a national."""
    object: Literal["person"]
    """String representing the object's type. Objects of the same type share the same value."""
    phone: str | None = None
    """The person's phone number."""
    political_exposure: Literal["existing", "none"] | str | None = None
    """Indicates if the person or any of their representatives, family members, or other closely related persons, declares that they hold or have held an important public job or function, in any jurisdiction."""
    registered_address: Address | None = None
    relationship: PersonRelationship | None = None
    requirements: PersonRequirements | None = None
    ssn_last_4_provided: bool | None = None
    """Whether the last four digits of the person's Social Security number have been provided (U.S. only)."""
    verification: LegalEntityPersonVerification | None = None


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .address import Address
from .legal_entity_dob import LegalEntityDob
from .legal_entity_japan_address import LegalEntityJapanAddress
from .legal_entity_person_verification import LegalEntityPersonVerification
from .person_future_requirements import PersonFutureRequirements
from .person_relationship import PersonRelationship
from .person_requirements import PersonRequirements
