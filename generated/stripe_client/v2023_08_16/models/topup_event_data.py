# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class TopupEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: Topup
    """To top up your Stripe balance, you create a top-up object. You can retrieve
        individual top-ups, as well as list all top-ups. Top-ups are identified by a
        unique, random ID.

        Related guide: [Topping up your platform account](https://stripe.com/docs/connect/top-ups)
        """
    previous_attributes: TopupPreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .topup import Topup
from .topup_previous_attributes import TopupPreviousAttributes
