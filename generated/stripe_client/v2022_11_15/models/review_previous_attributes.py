# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class ReviewPreviousAttributes(StripeObject):
    """The previous values of the Review fields that changed."""

    billing_zip: str | None = None
    """The ZIP or postal code of the card used, if applicable."""
    charge: str | dict[str, Any] | None = None
    """The charge associated with this review."""
    closed_reason: (
        Literal["approved", "disputed", "redacted", "refunded", "refunded_as_fraud"] | str | None
    ) = None
    """The reason the review was closed, or null if it has not yet been closed. One of `approved`, `refunded`, `refunded_as_fraud`, `disputed`, or `redacted`."""
    created: int | None = None
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    id: str | None = None
    """Unique identifier for the object."""
    ip_address: str | None = None
    """The IP address where the payment originated."""
    ip_address_location: dict[str, Any] | None = None
    """Information related to the location of the payment. Note that this information is an approximation and attempts to locate the nearest population center - it should not be used to determine a specific address."""
    livemode: bool | None = None
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    object: Literal["review"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
    open: bool | None = None
    """If `true`, the review needs action."""
    opened_reason: Literal["manual", "rule"] | str | None = None
    """The reason the review was opened. One of `rule` or `manual`."""
    payment_intent: str | dict[str, Any] | None = None
    """The PaymentIntent ID associated with this review, if one exists."""
    reason: str | None = None
    """The reason the review is currently open or closed. One of `rule`, `manual`, `approved`, `refunded`, `refunded_as_fraud`, `disputed`, or `redacted`."""
    session: dict[str, Any] | None = None
    """Information related to the browsing session of the user who initiated the payment."""
