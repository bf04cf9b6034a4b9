# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PersonFutureRequirements(StripeObject):
    """PersonFutureRequirements"""

    alternatives: list[AccountRequirementsAlternative] | None = None
    """Fields that are due and can be satisfied by providing the corresponding alternative fields instead."""
    currently_due: list[str]
    """Fields that need to be collected to keep the person's account enabled. If not collected by the account's `future_requirements[current_deadline]`, these fields will transition to the main `requirements` hash, and may immediately become `past_due`, but the account may also be given a grace period depending on the account's enablement state prior to transition."""
    errors: list[AccountRequirementsError]
    """Fields that are `currently_due` and need to be collected again because validation or verification failed."""
    eventually_due: list[str]
    """Fields that need to be collected assuming all volume thresholds are reached. As they become required, they appear in `currently_due` as well, and the account's `future_requirements[current_deadline]` becomes set."""
    past_due: list[str]
    """Fields that weren't collected by the account's `requirements.current_deadline`. These fields need to be collected to enable the person's account. New fields will never appear here; `future_requirements.past_due` will always be a subset of `requirements.past_due`."""
    pending_verification: list[str]
    """Fields that may become required depending on the results of verification or review. Will be an empty array unless an asynchronous verification is pending. If verification fails, these fields move to `eventually_due` or `currently_due`."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .account_requirements_alternative import AccountRequirementsAlternative
from .account_requirements_error import AccountRequirementsError
