# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class BankAccount(StripeObject):
    """These bank accounts are payment methods on `Customer` objects.

    On the other hand [External Accounts](https://stripe.com/docs/api#external_accounts) are transfer
    destinations on `Account` objects for [Custom accounts](https://stripe.com/docs/connect/custom-accounts).
    They can be bank accounts or debit cards as well, and are documented in the links above.

    Related guide: [Bank Debits and Transfers](https://stripe.com/docs/payments/bank-debits-transfers).
    """

    account: str | Account | StripeObject | None = None
    """The ID of the account that the bank account is associated with."""
    account_holder_name: str | None = None
    """The name of the person or business that owns the bank account."""
    account_holder_type: str | None = None
    """The type of entity that holds the account. This can be either `individual` or `company`."""
    account_type: str | None = None
    """The bank account type. This can only be `checking` or `savings` in most countries. In Japan, this can only be `futsu` or `toza`."""
    available_payout_methods: list[Literal["instant", "standard"] | str] | None = None
    """A set of available payout methods for this bank account. Only values from this set should be passed as the `method` when creating a payout."""
    bank_name: str | None = None
    """Name of the bank associated with the routing number (e.g., `WELLS FARGO`)."""
    country: str
    """Two-letter ISO code representing the country the bank account is located in."""
    currency: str
    """Three-letter [ISO code for the currency](https://stripe.com/docs/payouts) paid out to the bank account."""
    customer: str | Customer | DeletedCustomer | StripeObject | None = None
    """The ID of the customer that the bank account is associated with."""
    default_for_currency: bool | None = None
    """Whether this bank account is the default external account for its currency."""
    fingerprint: str | None = None
    """Uniquely identifies this particular bank account. You can use this attribute to check whether two bank accounts are the same."""
    id: str
    """Unique identifier for the object."""
    last4: str
    """The last four digits of the bank account number."""
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    object: Literal["bank_account"]
    """String representing the object's type. Objects of the same type share the same value."""
    routing_number: str | None = None
    """The routing transit number for the bank account."""
    status: str
    """For bank accounts, possible values are `new`, `validated`, `verified`, `verification_failed`, or `errored`. A bank account that hasn't had any activity or validation performed is `new`. If Stripe can determine that the bank account exists, its status will be `validated`. Note that there often isn’t enough information to know (e.g., for smaller credit unions), and the validation is not always run. If customer bank account verification has succeeded, the bank account status will be `verified`. If the verification failed for any reason, such as microdeposit failure, the status will be `verification_failed`. If a transfer sent to this bank account fails, we'll set the status to `errored` and will not continue to send transfers until the bank details are updated.

        For external accounts, possible values are `new` and `errored`. Validations aren't run against external accounts because they're only used for payouts. This means the other statuses don't apply. If a transfer fails, the status is set to `errored` and transfers are stopped until account details are updated.
        """


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .account import Account
from .customer import Customer
from .deleted_customer import DeletedCustomer
