# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentMethodKlarna(StripeObject):
    """payment_method_klarna"""

    dob: PaymentFlowsPrivatePaymentMethodsKlarnaDob | None = None
    """The customer's date of birth, if provided."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .payment_flows_private_payment_methods_klarna_dob import (
    PaymentFlowsPrivatePaymentMethodsKlarnaDob,
)
