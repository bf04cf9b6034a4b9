# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentMethodDetailsSepaDebit(StripeObject):
    """payment_method_details_sepa_debit"""

    bank_code: str | None = None
    """Bank code of bank associated with the bank account."""
    branch_code: str | None = None
    """Branch code of bank associated with the bank account."""
    country: str | None = None
    """Two-letter ISO code representing the country the bank account is located in."""
    fingerprint: str | None = None
    """Uniquely identifies this particular bank account. You can use this attribute to check whether two bank accounts are the same."""
    last4: str | None = None
    """Last four characters of the IBAN."""
    mandate: str | None = None
    """ID of the mandate used to make this payment."""
