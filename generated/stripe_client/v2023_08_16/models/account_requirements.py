# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class AccountRequirements(StripeObject):
    """AccountRequirements"""

    alternatives: list[AccountRequirementsAlternative] | None = None
    """Fields that are due and can be satisfied by providing the corresponding alternative fields instead."""
    current_deadline: int | None = None
    """Date by which the fields in `currently_due` must be collected to keep the account enabled. These fields may disable the account sooner if the next threshold is reached before they are collected."""
    currently_due: list[str] | None = None
    """Fields that need to be collected to keep the account enabled. If not collected by `current_deadline`, these fields appear in `past_due` as well, and the account is disabled."""
    disabled_reason: str | None = None
    """If the account is disabled, this string describes why. Can be `requirements.past_due`, `requirements.pending_verification`, `listed`, `platform_paused`, `rejected.fraud`, `rejected.listed`, `rejected.terms_of_service`, `rejected.other`, `under_review`, or `other`."""
    errors: list[AccountRequirementsError] | None = None
    """Fields that are `currently_due` and need to be collected again because validation or verification failed."""
    eventually_due: list[str] | None = None
    """Fields that need to be collected assuming all volume thresholds are reached. As they become required, they appear in `currently_due` as well, and `current_deadline` becomes set."""
    past_due: list[str] | None = None
    """Fields that weren't collected by `current_deadline`. These fields need to be collected to enable the account."""
    pending_verification: list[str] | None = None
    """Fields that may become required depending on the results of verification or review. Will be an empty array unless an asynchronous verification is pending. If verification fails, these fields move to `eventually_due`, `currently_due`, or `past_due`."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .account_requirements_alternative import AccountRequirementsAlternative
from .account_requirements_error import AccountRequirementsError
