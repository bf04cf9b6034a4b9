# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class Mandate(StripeObject):
    """A Mandate is a record of the permission a customer has given you to debit their payment method."""

    customer_acceptance: CustomerAcceptance
    id: str
    """Unique identifier for the object."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    multi_use: MandateMultiUse | None = None
    object: Literal["mandate"]
    """String representing the object's type. Objects of the same type share the same value."""
    on_behalf_of: str | None = None
    """The account (if any) for which the mandate is intended."""
    payment_method: str | PaymentMethod | StripeObject
    """ID of the payment method associated with this mandate."""
    payment_method_details: MandatePaymentMethodDetails
    single_use: MandateSingleUse | None = None
    status: Literal["active", "inactive", "pending"] | str
    """The status of the mandate, which indicates whether it can be used to initiate a payment."""
    type: Literal["multi_use", "single_use"] | str
    """The type of the mandate."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .customer_acceptance import CustomerAcceptance
from .mandate_multi_use import MandateMultiUse
from .mandate_payment_method_details import MandatePaymentMethodDetails
from .mandate_single_use import MandateSingleUse
from .payment_method import PaymentMethod
