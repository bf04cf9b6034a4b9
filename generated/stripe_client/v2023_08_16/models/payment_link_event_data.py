# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentLinkEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: PaymentLink
    """A payment link is a shareable URL that will take your customers to a hosted payment page. A payment link can be shared and used multiple times.

        When a customer opens a payment link it will open a new [checkout session](https://stripe.com/docs/api/checkout/sessions) to render the payment page. You can use [checkout session events](https://stripe.com/docs/api/events/types#event_types-checkout.session.completed) to track payments through payment links.

        Related guide: [Payment Links API](https://stripe.com/docs/payment-links)
        """
    previous_attributes: PaymentLinkPreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .payment_link import PaymentLink
from .payment_link_previous_attributes import PaymentLinkPreviousAttributes
