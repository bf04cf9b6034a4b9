# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class IssuingAuthorizationEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: IssuingAuthorization
    """When an [issued card](https://stripe.com/docs/issuing) is used to make a purchase, an Issuing `Authorization`
        object is created. [Authorizations](https://stripe.com/docs/issuing/purchases/authorizations) must be approved for the
        purchase to be completed successfully.

        Related guide: [Issued Card Authorizations](https://stripe.com/docs/issuing/purchases/authorizations).
        """
    previous_attributes: IssuingAuthorizationPreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .issuing_authorization import IssuingAuthorization
from .issuing_authorization_previous_attributes import IssuingAuthorizationPreviousAttributes
