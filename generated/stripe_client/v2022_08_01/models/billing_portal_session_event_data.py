# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class BillingPortalSessionEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: BillingPortalSession
    """The Billing customer portal is a Stripe-hosted UI for subscription and
        billing management.

        A portal configuration describes the functionality and features that you
        want to provide to your customers through the portal.

        A portal session describes the instantiation of the customer portal for
        a particular customer. By visiting the session's URL, the customer
        can manage their subscriptions and billing details. For security reasons,
        sessions are short-lived and will expire if the customer does not visit the URL.
        Create sessions on-demand when customers intend to manage their subscriptions
        and billing details.

        Learn more in the [integration guide](https://stripe.com/docs/billing/subscriptions/integrating-customer-portal).
        """
    previous_attributes: BillingPortalSessionPreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .billing_portal_session import BillingPortalSession
from .billing_portal_session_previous_attributes import BillingPortalSessionPreviousAttributes
