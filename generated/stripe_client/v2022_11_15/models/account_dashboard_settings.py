# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class AccountDashboardSettings(StripeObject):
    """AccountDashboardSettings"""

    display_name: str | None = None
    """The display name for this account. This is used on the Stripe Dashboard to differentiate between accounts."""
    timezone: str | None = None
    """The timezone used in the Stripe Dashboard for this account. A list of possible time zone values is maintained at the [IANA Time Zone Database](http://www.iana.org/time-zones)."""
