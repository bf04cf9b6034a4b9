# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class ReviewEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: Review
    """Reviews can be used to supplement automated fraud detection with human expertise.

        Learn more about [Radar](/radar) and reviewing payments
        [here](https://stripe.com/docs/radar/reviews).
        """
    previous_attributes: ReviewPreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .review import Review
from .review_previous_attributes import ReviewPreviousAttributes
