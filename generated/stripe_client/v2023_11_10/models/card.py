# File generated from spec/ (API version 2023-11-10, spec sha256 a73992d2e6f58969) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class Card(StripeObject):
    """You can store multiple cards on a customer in order to charge the customer later. You can also store multiple debit cards on a Connect account in order to pay out to those cards."""

    id: str
    """Unique identifier for the object."""
    object: Literal["card"]
    """String representing the object's type. Objects of the same type share the same value."""
    account: str | Account | StripeObject | None = None
    """The account this card belongs to (external accounts of Connect accounts only)."""
    address_city: str | None = None
    """City/District/Suburb/Town/Village."""
    address_country: str | None = None
    """Billing address country, if provided when creating card."""
    address_line1: str | None = None
    """Address line 1 (Street address/PO Box/Company name)."""
    address_line1_check: str | None = None
    """If `address_line1` was provided, results of the check: `pass`, `fail`, `unavailable`, or `unchecked`."""
    address_line2: str | None = None
    """Address line 2 (Apartment/Suite/Unit/Building)."""
    address_state: str | None = None
    """State/County/Province/Region."""
    address_zip: str | None = None
    """ZIP or postal code."""
    address_zip_check: str | None = None
    """If `address_zip` was provided, results of the check: `pass`, `fail`, `unavailable`, or `unchecked`."""
    available_payout_methods: list[Literal["instant", "standard"] | str] | None = None
    """A set of available payout methods for this card (external accounts only)."""
    brand: str
    """Card brand. Can be `American Express`, `Diners Club`, `Discover`, `Eftpos Australia`, `JCB`, `MasterCard`, `UnionPay`, `Visa`, or `Unknown`."""
    country: str | None = None
    """Two-letter ISO code representing the country of the card."""
    currency: str | None = None
    """Three-letter ISO code for currency. Only applicable on accounts (not customers or recipients)."""
    customer: str | Customer | DeletedCustomer | StripeObject | None = None
    """The customer that this card belongs to (customer cards only)."""
    cvc_check: str | None = None
    """If a CVC was provided, results of the check: `pass`, `fail`, `unavailable`, or `unchecked`."""
    default_for_currency: bool | None = None
    """Whether this card is the default external account for its currency."""
    dynamic_last4: str | None = None
    """(For tokenized numbers only.) The last four digits of the device account number."""
    exp_month: int
    """Two-digit number representing the card's expiration month."""
    exp_year: int
    """Four-digit number representing the card's expiration year."""
    fingerprint: str | None = None
    """Uniquely identifies this particular card number."""
    funding: str
    """Card funding type. Can be `credit`, `debit`, `prepaid`, or `unknown`."""
    last4: str
    """The last four digits of the card."""
    metadata: dict[str, str] | None = None
    """Set of key-value pairs attached to the object."""
    name: str | None = None
    """Cardholder name."""
    status: str | None = None
    """For external accounts, possible values are `new` and `errored`."""
    tokenization_method: str | None = None
    """If the card number is tokenized, the method used: `android_pay`, `apple_pay`, `masterpass`, `visa_checkout`, or null."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .account import Account
from .customer import Customer
from .deleted_customer import DeletedCustomer
