# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentMethodAuBecsDebit(StripeObject):
    """payment_method_au_becs_debit"""

    bsb_number: str | None = None
    """Six-digit number identifying bank and branch associated with this bank account."""
    fingerprint: str | None = None
    """Uniquely identifies this particular bank account. You can use this attribute to check whether two bank accounts are the same."""
    last4: str | None = None
    """Last four digits of the bank account number."""
