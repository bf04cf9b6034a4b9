# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class TaxSettingsPreviousAttributes(StripeObject):
    """The previous values of the TaxSettings fields that changed."""

    defaults: dict[str, Any] | None = None
    head_office: dict[str, Any] | None = None
    """The place where your business is located."""
    livemode: bool | None = None
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    object: Literal["tax.settings"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
    status: Literal["active", "pending"] | str | None = None
    """The `active` status indicates you have all required settings to calculate tax. A status can transition out of `active` when new required settings are introduced."""
    status_details: dict[str, Any] | None = None
