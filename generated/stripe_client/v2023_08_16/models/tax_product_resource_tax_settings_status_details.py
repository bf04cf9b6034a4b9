# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class TaxProductResourceTaxSettingsStatusDetails(StripeObject):
    """TaxProductResourceTaxSettingsStatusDetails"""

    active: TaxProductResourceTaxSettingsStatusDetailsResourceActive | None = None
    pending: TaxProductResourceTaxSettingsStatusDetailsResourcePending | None = None


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .tax_product_resource_tax_settings_status_details_resource_active import (
    TaxProductResourceTaxSettingsStatusDetailsResourceActive,
)
from .tax_product_resource_tax_settings_status_details_resource_pending import (
    TaxProductResourceTaxSettingsStatusDetailsResourcePending,
)
