# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentLinksResourceInvoiceSettings(StripeObject):
    """PaymentLinksResourceInvoiceSettings"""

    account_tax_ids: list[str | TaxId | DeletedTaxId | StripeObject] | None = None
    """The account tax IDs associated with the invoice."""
    custom_fields: list[InvoiceSettingCustomField] | None = None
    """A list of up to 4 custom fields to be displayed on the invoice."""
    description: str | None = None
    """An arbitrary string attached to the object. Often useful for displaying to users."""
    footer: str | None = None
    """Footer to be displayed on the invoice."""
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    rendering_options: InvoiceSettingRenderingOptions | None = None
    """Options for invoice PDF rendering."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .deleted_tax_id import DeletedTaxId
from .invoice_setting_custom_field import InvoiceSettingCustomField
from .invoice_setting_rendering_options import InvoiceSettingRenderingOptions
from .tax_id import TaxId
