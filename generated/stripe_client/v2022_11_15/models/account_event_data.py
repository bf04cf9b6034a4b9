# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class AccountEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: Account
    """This is an object representing a Stripe account. You can retrieve it to see
        properties on the account like its current e-mail address or if the account is
        enabled yet to make live charges.

        Some properties, marked below, are available only to platforms that want to
        [create and manage Express or Custom accounts](https://stripe.com/docs/connect/accounts).
        """
    previous_attributes: AccountPreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .account import Account
from .account_previous_attributes import AccountPreviousAttributes
