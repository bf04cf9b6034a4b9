# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class Review(StripeObject):
    """Reviews can be used to supplement automated fraud detection with human expertise.

    Learn more about [Radar](/radar) and reviewing payments
    [here](https://stripe.com/docs/radar/reviews).
    """

    billing_zip: str | None = None
    """The ZIP or postal code of the card used, if applicable."""
    charge: str | Charge | StripeObject | None = None
    """The charge associated with this review."""
    closed_reason: (
        Literal["approved", "disputed", "redacted", "refunded", "refunded_as_fraud"] | str | None
    ) = None
    """The reason the review was closed, or null if it has not yet been closed. One of `approved`, `refunded`, `refunded_as_fraud`, `disputed`, or `redacted`."""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    id: str
    """Unique identifier for the object."""
    ip_address: str | None = None
    """The IP address where the payment originated."""
    ip_address_location: RadarReviewResourceLocation | None = None
    """Information related to the location of the payment. Note that this information is an approximation and attempts to locate the nearest population center - it should not be used to determine a specific address."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    object: Literal["review"]
    """String representing the object's type. Objects of the same type share the same value."""
    open: bool
    """If `true`, the review needs action."""
    opened_reason: Literal["manual", "rule"] | str
    """The reason the review was opened. One of `rule` or `manual`."""
    payment_intent: str | PaymentIntent | StripeObject | None = None
    """The PaymentIntent ID associated with this review, if one exists."""
    reason: str
    """The reason the review is currently open or closed. One of `rule`, `manual`, `approved`, `refunded`, `refunded_as_fraud`, `disputed`, or `redacted`."""
    session: RadarReviewResourceSession | None = None
    """Information related to the browsing session of the user who initiated the payment."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .charge import Charge
from .payment_intent import PaymentIntent
from .radar_review_resource_location import RadarReviewResourceLocation
from .radar_review_resource_session import RadarReviewResourceSession
