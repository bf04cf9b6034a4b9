# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class AccountLink(StripeObject):
    """Account Links are the means by which a Connect platform grants a connected account permission to access
    Stripe-hosted applications, such as Connect Onboarding.

    Related guide: [Connect Onboarding](https://stripe.com/docs/connect/custom/hosted-onboarding)
    """

    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    expires_at: int
    """The timestamp at which this account link will expire."""
    object: Literal["account_link"]
    """String representing the object's type. Objects of the same type share the same value."""
    url: str
    """The URL for the account link."""
