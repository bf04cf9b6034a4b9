# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class AccountTermsOfService(StripeObject):
    """AccountTermsOfService"""

    date: int | None = None
    """The Unix timestamp marking when the account representative accepted the service agreement."""
    ip: str | None = None
    """The IP address from which the account representative accepted the service agreement."""
    user_agent: str | None = None
    """The user agent of the browser from which the account representative accepted the service agreement."""
