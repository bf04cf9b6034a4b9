# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class IssuingAuthorizationNetworkData(StripeObject):
    """IssuingAuthorizationNetworkData"""

    acquiring_institution_id: str | None = None
    """Identifier assigned to the acquirer by the card network. Sometimes this value is not provided by the network; in this case, the value will be `null`."""
