# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentMethodDomainResourcePaymentMethodStatusDetails(StripeObject):
    """Contains additional details about the status of a payment method for a specific payment method domain."""

    error_message: str
    """The error message associated with the status of the payment method on the domain."""
