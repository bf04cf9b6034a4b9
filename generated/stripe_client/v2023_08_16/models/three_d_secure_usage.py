# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class ThreeDSecureUsage(StripeObject):
    """three_d_secure_usage"""

    supported: bool
    """Whether 3D Secure is supported on this card."""
