# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentMethodDetailsAuBecsDebit(StripeObject):
    """payment_method_details_au_becs_debit"""

    bsb_number: str | None = None
    """Bank-State-Branch number of the bank account."""
    fingerprint: str | None = None
    """Uniquely identifies this particular bank account. You can use this attribute to check whether two bank accounts are the same."""
    last4: str | None = None
    """Last four digits of the bank account number."""
    mandate: str | None = None
    """ID of the mandate used to make this payment."""
