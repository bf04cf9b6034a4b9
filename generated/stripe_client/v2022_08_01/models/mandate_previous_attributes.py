# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class MandatePreviousAttributes(StripeObject):
    """The previous values of the Mandate fields that changed."""

    customer_acceptance: dict[str, Any] | None = None
    id: str | None = None
    """Unique identifier for the object."""
    livemode: bool | None = None
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    multi_use: dict[str, Any] | None = None
    object: Literal["mandate"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
    payment_method: str | dict[str, Any] | None = None
    """ID of the payment method associated with this mandate."""
    payment_method_details: dict[str, Any] | None = None
    single_use: dict[str, Any] | None = None
    status: Literal["active", "inactive", "pending"] | str | None = None
    """The status of the mandate, which indicates whether it can be used to initiate a payment."""
    type: Literal["multi_use", "single_use"] | str | None = None
    """The type of the mandate."""
