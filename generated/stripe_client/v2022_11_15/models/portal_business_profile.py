# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PortalBusinessProfile(StripeObject):
    """PortalBusinessProfile"""

    headline: str | None = None
    """The messaging shown to customers in the portal."""
    privacy_policy_url: str | None = None
    """A link to the business’s publicly available privacy policy."""
    terms_of_service_url: str | None = None
    """A link to the business’s publicly available terms of service."""
