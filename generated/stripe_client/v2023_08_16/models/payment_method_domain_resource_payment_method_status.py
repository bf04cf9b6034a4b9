# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class PaymentMethodDomainResourcePaymentMethodStatus(StripeObject):
    """Indicates the status of a specific payment method on a payment method domain."""

    status: Literal["active", "inactive"] | str
    """The status of the payment method on the domain."""
    status_details: PaymentMethodDomainResourcePaymentMethodStatusDetails | None = None
    """Contains additional details about the status of a payment method for a specific payment method domain."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .payment_method_domain_resource_payment_method_status_details import (
    PaymentMethodDomainResourcePaymentMethodStatusDetails,
)
