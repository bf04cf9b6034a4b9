# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class PaymentMethodUsBankAccountBlocked(StripeObject):
    """payment_method_us_bank_account_blocked"""

    network_code: (
        Literal["R02", "R03", "R04", "R05", "R07", "R08", "R10", "R11", "R16", "R20", "R29", "R31"]
        | str
        | None
    ) = None
    """The ACH network code that resulted in this block."""
    reason: (
        Literal[
            "bank_account_closed",
            "bank_account_frozen",
            "bank_account_invalid_details",
            "bank_account_restricted",
            "bank_account_unusable",
            "debit_not_authorized",
        ]
        | str
        | None
    ) = None
    """The reason why this PaymentMethod's fingerprint has been blocked"""
