# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class AccountFutureRequirements(StripeObject):
    """AccountFutureRequirements"""

    alternatives: list[AccountRequirementsAlternative] | None = None
    """Fields that are due and can be satisfied by providing the corresponding alternative fields instead."""
    current_deadline: int | None = None
    """Date on which `future_requirements` merges with the main `requirements` hash and `future_requirements` becomes empty. After the transition, `currently_due` requirements may immediately become `past_due`, but the account may also be given a grace period depending on its enablement state prior to transitioning."""
    currently_due: list[str] | None = None
    """Fields that need to be collected to keep the account enabled. If not collected by `future_requirements[current_deadline]`, these fields will transition to the main `requirements` hash."""
    disabled_reason: str | None = None
    """This is typed as a string for consistency with `requirements.disabled_reason`, but it safe to assume `future_requirements.disabled_reason` is empty because fields in `future_requirements` will never disable the account."""
    errors: list[AccountRequirementsError] | None = None
    """Fields that are `currently_due` and need to be collected again because validation or verification failed."""
    eventually_due: list[str] | None = None
    """Fields that need to be collected assuming all volume thresholds are reached. As they become required, they appear in `currently_due` as well."""
    past_due: list[str] | None = None
    """Fields that weren't collected by `requirements.current_deadline`. These fields need to be collected to enable the capability on the account. New fields will never appear here; `future_requirements.past_due` will always be a subset of `requirements.past_due`."""
    pending_verification: list[str] | None = None
    """Fields that may become required depending on the results of verification or review. Will be an empty array unless an asynchronous verification is pending. If verification fails, these fields move to `eventually_due` or `currently_due`."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .account_requirements_alternative import AccountRequirementsAlternative
from .account_requirements_error import AccountRequirementsError
