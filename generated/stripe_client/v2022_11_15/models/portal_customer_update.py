# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class PortalCustomerUpdate(StripeObject):
    """PortalCustomerUpdate"""

    allowed_updates: list[Literal["address", "email", "phone", "shipping", "tax_id"] | str]
    """The types of customer updates that are supported. When empty, customers are not updateable."""
    enabled: bool
    """Whether the feature is enabled."""
