# File generated from spec/ (API version 2024-02-15, spec sha256 28d2af1d96921294) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class BankAccount(StripeObject):
    """Bank accounts are payment methods on Customer objects, and transfer destinations (external accounts) on Account objects for Custom accounts."""

    id: str
    """Unique identifier for the object."""
    object: Literal["bank_account"]
    """String representing the object's type. Objects of the same type share the same value."""
    account: str | Account | StripeObject | None = None
    """The ID of the account that the bank account is associated with."""
    account_holder_name: str | None = None
    """The name of the person or business that owns the bank account."""
    account_holder_type: str | None = None
    """The type of entity that holds the account: `individual` or `company`."""
    account_type: str | None = None
    """The bank account type, `checking` or `savings` in most countries."""
    available_payout_methods: list[Literal["instant", "standard"] | str] | None = None
    """A set of available payout methods for this bank account."""
    bank_name: str | None = None
    """Name of the bank associated with the routing number (e.g., `WELLS FARGO`)."""
    country: str
    """Two-letter ISO code representing the country the bank account is located in."""
    currency: str
    """Three-letter ISO code for the currency paid out to the bank account."""
    customer: str | Customer | DeletedCustomer | StripeObject | None = None
    """The ID of the customer that the bank account is associated with."""
    default_for_currency: bool | None = None
    """Whether this bank account is the default external account for its currency."""
    fingerprint: str | None = None
    """Uniquely identifies this particular bank account."""
    last4: str
    """The last four digits of the bank account number."""
    metadata: dict[str, str] | None = None
    """Set of key-value pairs attached to the object."""
    routing_number: str | None = None
    """The routing transit number for the bank account."""
    status: str
    """For bank accounts, possible values are `new`, `validated`, `verified`, `verification_failed`, or `errored`."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .account import Account
from .customer import Customer
from .deleted_customer import DeletedCustomer
