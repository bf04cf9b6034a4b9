# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class TaxSettingsEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: TaxSettings
    """You can use Tax `Settings` to manage configurations used by Stripe Tax calculations.

        Related guide: [Using the Settings API](https://stripe.com/docs/tax/settings-api)
        """
    previous_attributes: TaxSettingsPreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .tax_settings import TaxSettings
from .tax_settings_previous_attributes import TaxSettingsPreviousAttributes
