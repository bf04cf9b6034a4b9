# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentMethodDetailsAcssDebit(StripeObject):
    """payment_method_details_acss_debit"""

    bank_name: str | None = None
    """Name of the bank associated with the bank account."""
    fingerprint: str | None = None
    """Uniquely identifies this particular bank account. You can use this attribute to check whether two bank accounts are the same."""
    institution_number: str | None = None
    """Institution number of the bank account"""
    last4: str | None = None
    """Last four digits of the bank account number."""
    mandate: str | None = None
    """ID of the mandate used to make this payment."""
    transit_number: str | None = None
    """Transit number of the bank account."""
