# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class OrdersV2ResourceTaxDetails(StripeObject):
    """OrdersV2ResourceTaxDetails"""

    tax_exempt: Literal["exempt", "none", "reverse"] | str
    """Describes the purchaser's tax exemption status. One of `none`, `exempt`, or `reverse`."""
    tax_ids: list[OrdersV2ResourceTaxDetailsResourceTaxId]
    """The purchaser's tax IDs to be used in calculation of tax for this Order."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .orders_v2_resource_tax_details_resource_tax_id import OrdersV2ResourceTaxDetailsResourceTaxId
