# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class TransferSchedule(StripeObject):
    """TransferSchedule"""

    delay_days: int
    """The number of days charges for the account will be held before being paid out."""
    interval: str
    """How frequently funds will be paid out. One of `manual` (payouts only created via API call), `daily`, `weekly`, or `monthly`."""
    monthly_anchor: int | None = None
    """The day of the month funds will be paid out. Only shown if `interval` is monthly. Payouts scheduled between the 29th and 31st of the month are sent on the last day of shorter months."""
    weekly_anchor: str | None = None
    """The day of the week funds will be paid out, of the style 'monday', 'tuesday', etc. Only shown if `interval` is weekly."""
