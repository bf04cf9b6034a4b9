# File generated from spec/ (API version 2023-07-22, spec sha256 a258a150d805d4e4) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class ThreeDSecureUsage(StripeObject):
    """ThreeDSecureUsage"""

    supported: bool
    """Whether 3D Secure is supported on this card."""
