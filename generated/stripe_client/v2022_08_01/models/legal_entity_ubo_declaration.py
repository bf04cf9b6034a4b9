# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class LegalEntityUboDeclaration(StripeObject):
    """LegalEntityUBODeclaration"""

    date: int | None = None
    """The Unix timestamp marking when the beneficial owner attestation was made."""
    ip: str | None = None
    """The IP address from which the beneficial owner attestation was made."""
    user_agent: str | None = None
    """The user-agent string from the browser where the beneficial owner attestation was made."""
