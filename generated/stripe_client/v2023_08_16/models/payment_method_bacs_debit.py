# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentMethodBacsDebit(StripeObject):
    """payment_method_bacs_debit"""

    fingerprint: str | None = None
    """Uniquely identifies this particular bank account. You can use this attribute to check whether two bank accounts are the same."""
    last4: str | None = None
    """Last four digits of the bank account number."""
    sort_code: str | None = None
    """Sort code of the bank account. (e.g., `10-20-30`)"""
