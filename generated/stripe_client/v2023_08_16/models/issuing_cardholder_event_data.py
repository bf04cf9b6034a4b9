# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class IssuingCardholderEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: IssuingCardholder
    """An Issuing `Cardholder` object represents an individual or business entity who is [issued](https://stripe.com/docs/issuing) cards.

        Related guide: [How to create a cardholder](https://stripe.com/docs/issuing/cards#create-cardholder)
        """
    previous_attributes: IssuingCardholderPreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .issuing_cardholder import IssuingCardholder
from .issuing_cardholder_previous_attributes import IssuingCardholderPreviousAttributes
