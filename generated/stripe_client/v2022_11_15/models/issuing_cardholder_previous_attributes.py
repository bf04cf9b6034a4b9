# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class IssuingCardholderPreviousAttributes(StripeObject):
    """The previous values of the IssuingCardholder fields that changed."""

    billing: dict[str, Any] | None = None
    company: dict[str, Any] | None = None
    """Additional information about a `company` cardholder."""
    created: int | None = None
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    email: str | None = None
    """The cardholder's email address."""
    id: str | None = None
    """Unique identifier for the object."""
    individual: dict[str, Any] | None = None
    """Additional information about an `individual` cardholder."""
    livemode: bool | None = None
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    name: str | None = None
    """The cardholder's name. This will be printed on cards issued to them."""
    object: Literal["issuing.cardholder"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
    phone_number: str | None = None
    """The cardholder's phone number. This is required for all cardholders who will be creating EU cards. See the [3D Secure documentation](https://stripe.com/docs/issuing/3d-secure#when-is-3d-secure-applied) for more details."""
    requirements: dict[str, Any] | None = None
    spending_controls: dict[str, Any] | None = None
    """Rules that control spending across this cardholder's cards. Refer to our [documentation](https://stripe.com/docs/issuing/controls/spending-controls) for more details."""
    status: Literal["active", "blocked", "inactive"] | str | None = None
    """Specifies whether to permit authorizations on this cardholder's cards."""
    type: Literal["company", "individual"] | str | None = None
    """One of `individual` or `company`."""
