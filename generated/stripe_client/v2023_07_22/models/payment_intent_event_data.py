# File generated from spec/ (API version 2023-07-22, spec sha256 a258a150d805d4e4) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentIntentEventData(StripeObject):
    """A `payment_intent.*` event: the PaymentIntent."""

    object: PaymentIntent
    """A PaymentIntent guides you through the process of collecting a payment from your customer. Create exactly one PaymentIntent per order or customer session."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .payment_intent import PaymentIntent
