# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class TaxSettings(StripeObject):
    """You can use Tax `Settings` to manage configurations used by Stripe Tax calculations.

    Related guide: [Using the Settings API](https://stripe.com/docs/tax/settings-api)
    """

    defaults: TaxProductResourceTaxSettingsDefaults
    head_office: TaxProductResourceTaxSettingsHeadOffice | None = None
    """The place where your business is located."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    object: Literal["tax.settings"]
    """String representing the object's type. Objects of the same type share the same value."""
    status: Literal["active", "pending"] | str
    """The `active` status indicates you have all required settings to calculate tax. A status can transition out of `active` when new required settings are introduced."""
    status_details: TaxProductResourceTaxSettingsStatusDetails


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .tax_product_resource_tax_settings_defaults import TaxProductResourceTaxSettingsDefaults
from .tax_product_resource_tax_settings_head_office import TaxProductResourceTaxSettingsHeadOffice
from .tax_product_resource_tax_settings_status_details import (
    TaxProductResourceTaxSettingsStatusDetails,
)
