# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class MandateSepaDebit(StripeObject):
    """mandate_sepa_debit"""

    reference: str
    """The unique reference of the mandate."""
    url: str
    """The URL of the mandate. This URL generally contains sensitive information about the customer and should be shared with them exclusively."""
