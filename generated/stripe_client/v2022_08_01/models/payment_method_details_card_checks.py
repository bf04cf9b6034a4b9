# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentMethodDetailsCardChecks(StripeObject):
    """payment_method_details_card_checks"""

    address_line1_check: str | None = None
    """If a address line1 was provided, results of the check, one of `pass`, `fail`, `unavailable`, or `unchecked`."""
    address_postal_code_check: str | None = None
    """If a address postal code was provided, results of the check, one of `pass`, `fail`, `unavailable`, or `unchecked`."""
    cvc_check: str | None = None
    """If a CVC was provided, results of the check, one of `pass`, `fail`, `unavailable`, or `unchecked`."""
