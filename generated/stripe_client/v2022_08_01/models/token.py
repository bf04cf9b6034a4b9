# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class Token(StripeObject):
    """Tokenization is the process Stripe uses to collect sensitive card or bank
    account details, or personally identifiable information (PII), directly from
    your customers in a secure manner. A token representing this information is
    returned to your server to use. You should use our
    [recommended payments integrations](https://stripe.com/docs/payments) to perform this process
    client-side. This ensures that no sensitive card data touches your server,
    and allows your integration to operate in a PCI-compliant way.

    If you cannot use client-side tokenization, you can also create tokens using
    the API with either your publishable or secret API key. Keep in mind that if
    your integration uses this method, you are responsible for any PCI compliance
    that may be required, and you must keep your secret API key safe. Unlike with
    client-side tokenization, your customer's information is not sent directly to
    Stripe, so we cannot determine how it is handled or stored.

    Tokens cannot be stored or used more than once. To store card or bank account
    information for later use, you can create [Customer](https://stripe.com/docs/api#customers)
    objects or [Custom accounts](https://stripe.com/docs/api#external_accounts). Note that
    [Radar](https://stripe.com/docs/radar), our integrated solution for automatic fraud protection,
    performs best with integrations that use client-side tokenization.

    Related guide: [Accept a payment](https://stripe.com/docs/payments/accept-a-payment-charges#web-create-token)
    """

    bank_account: BankAccount | None = None
    """These bank accounts are payment methods on `Customer` objects.

        On the other hand [External Accounts](https://stripe.com/docs/api#external_accounts) are transfer
        destinations on `Account` objects for [Custom accounts](https://stripe.com/docs/connect/custom-accounts).
        They can be bank accounts or debit cards as well, and are documented in the links above.

        Related guide: [Bank Debits and Transfers](https://stripe.com/docs/payments/bank-debits-transfers).
        """
    card: Card | None = None
    """You can store multiple cards on a customer in order to charge the customer
        later. You can also store multiple debit cards on a recipient in order to
        transfer to those cards later.

        Related guide: [Card Payments with Sources](https://stripe.com/docs/sources/cards).
        """
    client_ip: str | None = None
    """IP address of the client that generated the token."""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    id: str
    """Unique identifier for the object."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    object: Literal["token"]
    """String representing the object's type. Objects of the same type share the same value."""
    type: str
    """Type of the token: `account`, `bank_account`, `card`, or `pii`."""
    used: bool
    """Whether this token has already been used (tokens can be used only once)."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .bank_account import BankAccount
from .card import Card
