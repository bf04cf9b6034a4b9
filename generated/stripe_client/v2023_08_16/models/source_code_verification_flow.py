# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class SourceCodeVerificationFlow(StripeObject):
    """SourceCodeVerificationFlow"""

    attempts_remaining: int
    """The number of attempts remaining to authenticate the source object with a verification code."""
    status: str
    """The status of the code verification, either `pending` (awaiting verification, `attempts_remaining` should be greater than 0), `succeeded` (successful verification) or `failed` (failed verification, cannot be verified anymore as `attempts_remaining` should be 0)."""
