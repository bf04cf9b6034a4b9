# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class PaymentPagesCheckoutSessionCustomerDetails(StripeObject):
    """PaymentPagesCheckoutSessionCustomerDetails"""

    address: Address | None = None
    """The customer's address after a completed Checkout Session. Note: This property is populated only for sessions on or after March 30, 2022."""
    email: str | None = None
    """The email associated with the Customer, if one exists, on the Checkout Session after a completed Checkout Session or at time of session expiry.
        Otherwise, if the customer has consented to promotional content, this value is the most recent valid email provided by the customer on the Checkout form.
        """
    name: str | None = None
    """The customer's name after a completed Checkout Session. Note: This property is populated only for sessions on or after March 30, 2022."""
    phone: str | None = None
    """The customer's phone number after a completed Checkout Session."""
    tax_exempt: Literal["exempt", "none", "reverse"] | str | None = None
    """The customer’s tax exempt status after a completed Checkout Session."""
    tax_ids: list[PaymentPagesCheckoutSessionTaxId] | None = None
    """The customer’s tax IDs after a completed Checkout Session."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .address import Address
from .payment_pages_checkout_session_tax_id import PaymentPagesCheckoutSessionTaxId
