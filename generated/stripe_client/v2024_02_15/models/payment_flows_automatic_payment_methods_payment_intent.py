# File generated from spec/ (API version 2024-02-15, spec sha256 28d2af1d96921294) by `python -m generator generate`.
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
