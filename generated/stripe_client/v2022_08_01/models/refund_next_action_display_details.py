# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class RefundNextActionDisplayDetails(StripeObject):
    """RefundNextActionDisplayDetails"""

    email_sent: EmailSent
    expires_at: int
    """The expiry timestamp."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .email_sent import EmailSent
