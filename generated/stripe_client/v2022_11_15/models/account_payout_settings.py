# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class AccountPayoutSettings(StripeObject):
    """AccountPayoutSettings"""

    debit_negative_balances: bool
    """A Boolean indicating if Stripe should try to reclaim negative balances from an attached bank account. See our [Understanding Connect Account Balances](https://stripe.com/docs/connect/account-balances) documentation for details. Default value is `false` for Custom accounts, otherwise `true`."""
    schedule: TransferSchedule
    statement_descriptor: str | None = None
    """The text that appears on the bank account statement for payouts. If not set, this defaults to the platform's bank descriptor as set in the Dashboard."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .transfer_schedule import TransferSchedule
