# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class ExternalAccountRequirements(StripeObject):
    """ExternalAccountRequirements"""

    currently_due: list[str] | None = None
    """Fields that need to be collected to keep the external account enabled. If not collected by `current_deadline`, these fields appear in `past_due` as well, and the account is disabled."""
    errors: list[AccountRequirementsError] | None = None
    """Fields that are `currently_due` and need to be collected again because validation or verification failed."""
    past_due: list[str] | None = None
    """Fields that weren't collected by `current_deadline`. These fields need to be collected to enable the external account."""
    pending_verification: list[str] | None = None
    """Fields that may become required depending on the results of verification or review. Will be an empty array unless an asynchronous verification is pending. If verification fails, these fields move to `eventually_due`, `currently_due`, or `past_due`."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .account_requirements_error import AccountRequirementsError
