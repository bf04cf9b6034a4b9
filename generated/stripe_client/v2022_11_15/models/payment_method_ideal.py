# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class PaymentMethodIdeal(StripeObject):
    """payment_method_ideal"""

    bank: (
        Literal[
            "abn_amro",
            "asn_bank",
            "bunq",
            "handelsbanken",
            "ing",
            "knab",
            "moneyou",
            "rabobank",
            "regiobank",
            "revolut",
            "sns_bank",
            "triodos_bank",
            "van_lanschot",
        ]
        | str
        | None
    ) = None
    """The customer's bank, if provided. Can be one of `abn_amro`, `asn_bank`, `bunq`, `handelsbanken`, `ing`, `knab`, `moneyou`, `rabobank`, `regiobank`, `revolut`, `sns_bank`, `triodos_bank`, or `van_lanschot`."""
    bic: (
        Literal[
            "ABNANL2A",
            "ASNBNL21",
            "BUNQNL2A",
            "FVLBNL22",
            "HANDNL2A",
            "INGBNL2A",
            "KNABNL2H",
            "MOYONL21",
            "RABONL2U",
            "RBRBNL21",
            "REVOLT21",
            "SNSBNL2A",
            "TRIONL2U",
        ]
        | str
        | None
    ) = None
    """The Bank Identifier Code of the customer's bank, if the bank was provided."""
