# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentMethodEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: PaymentMethod
    """PaymentMethod objects represent your customer's payment instruments.
        You can use them with [PaymentIntents](https://stripe.com/docs/payments/payment-intents) to collect payments or save them to
        Customer objects to store instrument details for future payments.

        Related guides: [Payment Methods](https://stripe.com/docs/payments/payment-methods) and [More Payment Scenarios](https://stripe.com/docs/payments/more-payment-scenarios).
        """
    previous_attributes: PaymentMethodPreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .payment_method import PaymentMethod
from .payment_method_previous_attributes import PaymentMethodPreviousAttributes
