# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class OauthDeauthorization(StripeObject):
    """OAuthDeauthorization"""

    stripe_user_id: str
    """The unique identifier of the account that was disconnected."""
