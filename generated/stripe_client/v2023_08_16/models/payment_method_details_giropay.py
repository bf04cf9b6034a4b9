# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentMethodDetailsGiropay(StripeObject):
    """payment_method_details_giropay"""

    bank_code: str | None = None
    """Bank code of bank associated with the bank account."""
    bank_name: str | None = None
    """Name of the bank associated with the bank account."""
    bic: str | None = None
    """Bank Identifier Code of the bank associated with the bank account."""
    verified_name: str | None = None
    """Owner's verified full name. Values are verified or provided by Giropay directly
        (if supported) at the time of authorization or settlement. They cannot be set or mutated.
        Giropay rarely provides this information so the attribute is usually empty.
        """
