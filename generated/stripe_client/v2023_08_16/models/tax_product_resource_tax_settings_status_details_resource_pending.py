# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class TaxProductResourceTaxSettingsStatusDetailsResourcePending(StripeObject):
    """TaxProductResourceTaxSettingsStatusDetailsResourcePending"""

    missing_fields: list[str] | None = None
    """The list of missing fields that are required to perform calculations. It includes the entry `head_office` when the status is `pending`. It is recommended to set the optional values even if they aren't listed as required for calculating taxes. Calculations can fail if missing fields aren't explicitly provided on every call."""
