# File generated from spec/ (API version 2024-02-15, spec sha256 28d2af1d96921294) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class AccountRequirements(StripeObject):
    """AccountRequirements"""

    current_deadline: int | None = None
    """Date by which the fields in `currently_due` must be collected to keep the account enabled."""
    currently_due: list[str] | None = None
    """Fields that need to be collected to keep the account enabled."""
    disabled_reason: str | None = None
    """If the account is disabled, this string describes why."""
    eventually_due: list[str] | None = None
    """Fields that need to be collected assuming all volume thresholds are reached."""
    past_due: list[str] | None = None
    """Fields that weren't collected by `current_deadline`."""
    pending_verification: list[str] | None = None
    """Fields that may become required depending on the results of verification or review."""
