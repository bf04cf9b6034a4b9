# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class CapabilityPreviousAttributes(StripeObject):
    """The previous values of the Capability fields that changed."""

    account: str | dict[str, Any] | None = None
    """The account for which the capability enables functionality."""
    future_requirements: dict[str, Any] | None = None
    id: str | None = None
    """The identifier for the capability."""
    object: Literal["capability"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
    requested: bool | None = None
    """Whether the capability has been requested."""
    requested_at: int | None = None
    """Time at which the capability was requested. Measured in seconds since the Unix epoch."""
    requirements: dict[str, Any] | None = None
    status: Literal["active", "disabled", "inactive", "pending", "unrequested"] | str | None = None
    """The status of the capability. Can be `active`, `inactive`, `pending`, or `unrequested`."""
