# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class FundingInstructionsBankTransferIbanRecord(StripeObject):
    """Iban Records contain E.U. bank account details per the SEPA format."""

    account_holder_name: str
    """The name of the person or business that owns the bank account"""
    bic: str
    """The BIC/SWIFT code of the account."""
    country: str
    """Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2))."""
    iban: str
    """The IBAN of the account."""
