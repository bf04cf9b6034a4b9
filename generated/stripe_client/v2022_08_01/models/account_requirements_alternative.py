# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class AccountRequirementsAlternative(StripeObject):
    """AccountRequirementsAlternative"""

    alternative_fields_due: list[str]
    """Fields that can be provided to satisfy all fields in `original_fields_due`."""
    original_fields_due: list[str]
    """Fields that are due and can be satisfied by providing all fields in `alternative_fields_due`."""
