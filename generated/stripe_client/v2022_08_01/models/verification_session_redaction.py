# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class VerificationSessionRedaction(StripeObject):
    """verification_session_redaction"""

    status: Literal["processing", "redacted"] | str
    """Indicates whether this object and its related objects have been redacted or not."""
