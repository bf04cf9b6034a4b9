# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentMethodDetailsAchCreditTransfer(StripeObject):
    """payment_method_details_ach_credit_transfer"""

    account_number: str | None = None
    """Account number to transfer funds to."""
    bank_name: str | None = None
    """Name of the bank associated with the routing number."""
    routing_number: str | None = None
    """Routing transit number for the bank account to transfer funds to."""
    swift_code: str | None = None
    """SWIFT code of the bank associated with the routing number."""
