# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class TaxProductResourceTaxRateDetails(StripeObject):
    """TaxProductResourceTaxRateDetails"""

    country: str | None = None
    """Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2))."""
    percentage_decimal: str
    """The tax rate percentage as a string. For example, 8.5% is represented as `"8.5"`."""
    state: str | None = None
    """State, county, province, or region."""
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
        | None
    ) = None
    """The tax type, such as `vat` or `sales_tax`."""
