# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class PaymentMethodDomain(StripeObject):
    """A payment method domain represents a web domain that you have registered with Stripe.
    Stripe Elements use registered payment method domains to control where certain payment methods are shown.

    Related guides: [Payment method domains](https://stripe.com/docs/payments/payment-methods/pmd-registration).
    """

    apple_pay: PaymentMethodDomainResourcePaymentMethodStatus
    """Indicates the status of a specific payment method on a payment method domain."""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    domain_name: str
    """The domain name that this payment method domain object represents."""
    enabled: bool
    """Whether this payment method domain is enabled. If the domain is not enabled, payment methods that require a payment method domain will not appear in Elements."""
    google_pay: PaymentMethodDomainResourcePaymentMethodStatus
    """Indicates the status of a specific payment method on a payment method domain."""
    id: str
    """Unique identifier for the object."""
    link: PaymentMethodDomainResourcePaymentMethodStatus
    """Indicates the status of a specific payment method on a payment method domain."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    object: Literal["payment_method_domain"]
    """String representing the object's type. Objects of the same type share the same value."""
    paypal: PaymentMethodDomainResourcePaymentMethodStatus
    """Indicates the status of a specific payment method on a payment method domain."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .payment_method_domain_resource_payment_method_status import (
    PaymentMethodDomainResourcePaymentMethodStatus,
)
