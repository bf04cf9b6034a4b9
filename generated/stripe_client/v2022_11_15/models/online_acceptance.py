# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class OnlineAcceptance(StripeObject):
    """online_acceptance"""

    ip_address: str | None = None
    """The IP address from which the Mandate was accepted by the customer."""
    user_agent: str | None = None
    """The user agent of the browser from which the Mandate was accepted by the customer."""
