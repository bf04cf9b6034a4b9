# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class EmailSent(StripeObject):
    """EmailSent"""

    email_sent_at: int
    """The timestamp when the email was sent."""
    email_sent_to: str
    """The recipient's email address."""
