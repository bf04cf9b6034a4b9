# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class TaxProductResourceLineItemTaxRateDetails(StripeObject):
    """TaxProductResourceLineItemTaxRateDetails"""

    display_name: str
    """A localized display name for tax type, intended to be human-readable. For example, "Local Sales and Use Tax", "Value-added tax (VAT)", or "Umsatzsteuer (USt.)"."""
    percentage_decimal: str
    """The tax rate percentage as a string. For example, 8.5% is represented as "8.5"."""
    tax_type: (
        Literal[
            "amusement_tax",
            "communications_tax",
            "gst",
            "hst",
            "igst",
            "jct",
            "lease_tax",
            "pst",
            "qst",
            "rst",
            "sales_tax",
            "vat",
        ]
        | str
    )
    """The tax type, such as `vat` or `sales_tax`."""
