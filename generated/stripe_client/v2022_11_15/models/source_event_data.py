# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class SourceEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: Source
    """`Source` objects allow you to accept a variety of payment methods. They
        represent a customer's payment instrument, and can be used with the Stripe API
        just like a `Card` object: once chargeable, they can be charged, or can be
        attached to customers.

        Stripe doesn't recommend using the deprecated [Sources API](https://stripe.com/docs/api/sources).
        We recommend that you adopt the [PaymentMethods API](https://stripe.com/docs/api/payment_methods).
        This newer API provides access to our latest features and payment method types.

        Related guides: [Sources API](https://stripe.com/docs/sources) and [Sources & Customers](https://stripe.com/docs/sources/customers).
        """
    previous_attributes: SourcePreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .source import Source
from .source_previous_attributes import SourcePreviousAttributes
