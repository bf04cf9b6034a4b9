# File generated from spec/ (API version 2024-02-15, spec sha256 28d2af1d96921294) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentMethodCardChecks(StripeObject):
    """PaymentMethodCardChecks"""

    address_line1_check: str | None = None
    """If an address line1 was provided, results of the check: `pass`, `fail`, `unavailable`, or `unchecked`."""
    address_postal_code_check: str | None = None
    """If an address postal code was provided, results of the check: `pass`, `fail`, `unavailable`, or `unchecked`."""
    cvc_check: str | None = None
    """If a CVC was provided, results of the check: `pass`, `fail`, `unavailable`, or `unchecked`."""
