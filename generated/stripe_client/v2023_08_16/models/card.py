# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class Card(StripeObject):
    """You can store multiple cards on a customer in order to charge the customer
    later. You can also store multiple debit cards on a recipient in order to
    transfer to those cards later.

    Related guide: [Card payments with Sources](https://stripe.com/docs/sources/cards)
    """

    account: str | Account | StripeObject | None = None
    """The account this card belongs to. This attribute will not be in the card object if the card belongs to a customer or recipient instead."""
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
    """A set of available payout methods for this card. Only values from this set should be passed as the `method` when creating a payout."""
    brand: str
    """Card brand. Can be `American Express`, `Diners Club`, `Discover`, `Eftpos Australia`, `JCB`, `MasterCard`, `UnionPay`, `Visa`, or `Unknown`."""
    country: str | None = None
    """Two-letter ISO code representing the country of the card. You could use this attribute to get a sense of the international breakdown of cards you've collected."""
    currency: str | None = None
    """Three-letter [ISO code for currency](https://stripe.com/docs/payouts). Only applicable on accounts (not customers or recipients). The card can be used as a transfer destination for funds in this currency."""
    customer: str | Customer | DeletedCustomer | StripeObject | None = None
    """The customer that this card belongs to. This attribute will not be in the card object if the card belongs to an account or recipient instead."""
    cvc_check: str | None = None
    """If a CVC was provided, results of the check: `pass`, `fail`, `unavailable`, or `unchecked`. A result of unchecked indicates that CVC was provided but hasn't been checked yet. Checks are typically performed when attaching a card to a Customer object, or when creating a charge. For more details, see [Check if a card is valid without a charge](https://support.stripe.com/questions/check-if-a-card-is-valid-without-a-charge)."""
    default_for_currency: bool | None = None
    """Whether this card is the default external account for its currency."""
    dynamic_last4: str | None = None
    """(For tokenized numbers only.) The last four digits of the device account number."""
    exp_month: int
    """Two-digit number representing the card's expiration month."""
    exp_year: int
    """Four-digit number representing the card's expiration year."""
    fingerprint: str | None = None
    """Uniquely identifies this particular card number. You can use this attribute to check whether two customers who’ve signed up with you are using the same card number, for example. For payment methods that tokenize card information (Apple Pay, Google Pay), the tokenized number might be provided instead of the underlying card number.

        *As of May 1, 2021, card fingerprint in India for Connect changed to allow two fingerprints for the same card---one for India and one for the rest of the world.*
        """
    funding: str
    """Card funding type. Can be `credit`, `debit`, `prepaid`, or `unknown`."""
    id: str
    """Unique identifier for the object."""
    last4: str
    """The last four digits of the card."""
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    name: str | None = None
    """Cardholder name."""
    object: Literal["card"]
    """String representing the object's type. Objects of the same type share the same value."""
    status: str | None = None
    """For external accounts, possible values are `new` and `errored`. If a transfer fails, the status is set to `errored` and transfers are stopped until account details are updated."""
    tokenization_method: str | None = None
    """If the card number is tokenized, this is the method that was used. Can be `android_pay` (includes Google Pay), `apple_pay`, `masterpass`, `visa_checkout`, or null."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .account import Account
from .customer import Customer
from .deleted_customer import DeletedCustomer
