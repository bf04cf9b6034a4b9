# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class PaymentIntentNextActionDisplayBankTransferInstructions(StripeObject):
    """PaymentIntentNextActionDisplayBankTransferInstructions"""

    amount_remaining: int | None = None
    """The remaining amount that needs to be transferred to complete the payment."""
    currency: str | None = None
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    financial_addresses: list[FundingInstructionsBankTransferFinancialAddress] | None = None
    """A list of financial addresses that can be used to fund the customer balance"""
    hosted_instructions_url: str | None = None
    """A link to a hosted page that guides your customer through completing the transfer."""
    reference: str | None = None
    """A string identifying this payment. Instruct your customer to include this code in the reference or memo field of their bank transfer."""
    type: (
        Literal[
            "eu_bank_transfer",
            "gb_bank_transfer",
            "jp_bank_transfer",
            "mx_bank_transfer",
            "us_bank_transfer",
        ]
        | str
    )
    """Type of bank transfer"""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .funding_instructions_bank_transfer_financial_address import (
    FundingInstructionsBankTransferFinancialAddress,
)
