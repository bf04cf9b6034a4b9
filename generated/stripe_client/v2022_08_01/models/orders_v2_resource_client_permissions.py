# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class OrdersV2ResourceClientPermissions(StripeObject):
    """OrdersV2ResourceClientPermissions"""

    billing_details: Literal["allow", "disallow"] | str | None = None
    """Allows or disallows billing details to be set on an Order with a publishable key and Order client_secret"""
    promotion_codes: Literal["allow", "disallow"] | str | None = None
    """Allows or disallows promotion codes to be set on an Order with a publishable key and Order client_secret"""
    shipping_details: Literal["allow", "disallow"] | str | None = None
    """Allows or disallows shipping details to be set on an Order with a publishable key and Order client_secret"""
