# File generated from spec/ (API version 2023-11-10, spec sha256 a73992d2e6f58969) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class PaymentFlowsAutomaticPaymentMethodsPaymentIntent(StripeObject):
    """PaymentFlowsAutomaticPaymentMethodsPaymentIntent"""

    allow_redirects: Literal["always", "never"] | str | None = None
    """Controls whether this PaymentIntent accepts redirect-based payment methods."""
    enabled: bool
    """Automatically calculates compatible payment methods."""
