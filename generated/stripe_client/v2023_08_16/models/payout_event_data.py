# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PayoutEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: Payout
    """A `Payout` object is created when you receive funds from Stripe, or when you
        initiate a payout to either a bank account or debit card of a [connected
        Stripe account](/docs/connect/bank-debit-card-payouts). You can retrieve individual payouts,
        as well as list all payouts. Payouts are made on [varying
        schedules](/docs/connect/manage-payout-schedule), depending on your country and
        industry.

        Related guide: [Receiving payouts](https://stripe.com/docs/payouts)
        """
    previous_attributes: PayoutPreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .payout import Payout
from .payout_previous_attributes import PayoutPreviousAttributes
