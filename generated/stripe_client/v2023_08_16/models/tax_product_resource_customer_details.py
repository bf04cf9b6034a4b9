# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class TaxProductResourceCustomerDetails(StripeObject):
    """TaxProductResourceCustomerDetails"""

    address: TaxProductResourcePostalAddress | None = None
    """The customer's postal address (for example, home or business location)."""
    address_source: Literal["billing", "shipping"] | str | None = None
    """The type of customer address provided."""
    ip_address: str | None = None
    """The customer's IP address (IPv4 or IPv6)."""
    tax_ids: list[TaxProductResourceCustomerDetailsResourceTaxId]
    """The customer's tax IDs (for example, EU VAT numbers)."""
    taxability_override: Literal["customer_exempt", "none", "reverse_charge"] | str
    """The taxability override used for taxation."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .tax_product_resource_customer_details_resource_tax_id import (
    TaxProductResourceCustomerDetailsResourceTaxId,
)
from .tax_product_resource_postal_address import TaxProductResourcePostalAddress
