# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class InvoiceSettingCustomerSetting(StripeObject):
    """InvoiceSettingCustomerSetting"""

    custom_fields: list[InvoiceSettingCustomField] | None = None
    """Default custom fields to be displayed on invoices for this customer."""
    default_payment_method: str | PaymentMethod | StripeObject | None = None
    """ID of a payment method that's attached to the customer, to be used as the customer's default payment method for subscriptions and invoices."""
    footer: str | None = None
    """Default footer to be displayed on invoices for this customer."""
    rendering_options: InvoiceSettingRenderingOptions | None = None
    """Default options for invoice PDF rendering for this customer."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .invoice_setting_custom_field import InvoiceSettingCustomField
from .invoice_setting_rendering_options import InvoiceSettingRenderingOptions
from .payment_method import PaymentMethod
