# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class CheckoutSessionEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: CheckoutSession
    """A Checkout Session represents your customer's session as they pay for
        one-time purchases or subscriptions through [Checkout](https://stripe.com/docs/payments/checkout)
        or [Payment Links](https://stripe.com/docs/payments/payment-links). We recommend creating a
        new Session each time your customer attempts to pay.

        Once payment is successful, the Checkout Session will contain a reference
        to the [Customer](https://stripe.com/docs/api/customers), and either the successful
        [PaymentIntent](https://stripe.com/docs/api/payment_intents) or an active
        [Subscription](https://stripe.com/docs/api/subscriptions).

        You can create a Checkout Session on your server and pass its ID to the
        client to begin Checkout.

        Related guide: [Checkout Quickstart](https://stripe.com/docs/checkout/quickstart).
        """
    previous_attributes: CheckoutSessionPreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .checkout_session import CheckoutSession
from .checkout_session_previous_attributes import CheckoutSessionPreviousAttributes
