# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class PersonPreviousAttributes(StripeObject):
    """The previous values of the Person fields that changed."""

    account: str | None = None
    """The account the person is associated with."""
    address: dict[str, Any] | None = None
    address_kana: dict[str, Any] | None = None
    address_kanji: dict[str, Any] | None = None
    created: int | None = None
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    dob: dict[str, Any] | None = None
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
    future_requirements: dict[str, Any] | None = None
    gender: str | None = None
    """The person's gender (International regulations require either "male" or "female")."""
    id: str | None = None
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
    object: Literal["person"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
    phone: str | None = None
    """The person's phone number."""
    political_exposure: Literal["existing", "none"] | str | None = None
    """Indicates if the person or any of their representatives, family members, or other closely related persons, declares that they hold or have held an important public job or function, in any jurisdiction."""
    registered_address: dict[str, Any] | None = None
    relationship: dict[str, Any] | None = None
    requirements: dict[str, Any] | None = None
    ssn_last_4_provided: bool | None = None
    """Whether the last four digits of the person's Social Security number have been provided (U.S. only)."""
    verification: dict[str, Any] | None = None
