# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class AccountEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: Account
    """This is an object representing a Stripe account. You can retrieve it to see
        properties on the account like its current requirements or if the account is
        enabled to make live charges or receive payouts.

        For Custom accounts, the properties below are always returned. For other accounts, some properties are returned until that
        account has started to go through Connect Onboarding. Once you create an [Account Link](https://stripe.com/docs/api/account_links)
        for a Standard or Express account, some parameters are no longer returned. These are marked as **Custom Only** or **Custom and Express**
        below. Learn about the differences [between accounts](https://stripe.com/docs/connect/accounts).
        """
    previous_attributes: AccountPreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .account import Account
from .account_previous_attributes import AccountPreviousAttributes
