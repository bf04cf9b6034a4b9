# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class TreasurySharedResourceInitiatingPaymentMethodDetailsUsBankAccount(StripeObject):
    """TreasurySharedResourceInitiatingPaymentMethodDetailsUSBankAccount"""

    bank_name: str | None = None
    """Bank name."""
    last4: str | None = None
    """The last four digits of the bank account number."""
    routing_number: str | None = None
    """The routing number for the bank account."""
