# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class PaymentMethodDetailsAchDebit(StripeObject):
    """payment_method_details_ach_debit"""

    account_holder_type: Literal["company", "individual"] | str | None = None
    """Type of entity that holds the account. This can be either `individual` or `company`."""
    bank_name: str | None = None
    """Name of the bank associated with the bank account."""
    country: str | None = None
    """Two-letter ISO code representing the country the bank account is located in."""
    fingerprint: str | None = None
    """Uniquely identifies this particular bank account. You can use this attribute to check whether two bank accounts are the same."""
    last4: str | None = None
    """Last four digits of the bank account number."""
    routing_number: str | None = None
    """Routing transit number of the bank account."""
