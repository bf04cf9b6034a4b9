# File generated from spec/ (API version 2024-02-15, spec sha256 28d2af1d96921294) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class Customer(StripeObject):
    """A Customer object represents a customer of your business. It lets you create recurring charges and track payments that belong to the same customer."""

    address: Address | None = None
    """The customer's address."""
    balance: int | None = None
    """The current balance, if any, that's stored on the customer, in the smallest currency unit. Negative is a credit applied to the next invoice."""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str | None = None
    """Three-letter ISO code for the currency the customer can be charged in for recurring billing purposes."""
    default_source: str | BankAccount | Card | Source | StripeObject | None = None
    """ID of the default payment source for the customer. With PaymentMethods, use `invoice_settings.default_payment_method` instead."""
    delinquent: bool | None = None
    """Whether the customer's latest invoice is past due (or the latest charge failed)."""
    description: str | None = None
    """An arbitrary string attached to the object."""
    discount: Discount | None = None
    """Describes the current discount active on the customer, if there is one."""
    email: str | None = None
    """The customer's email address."""
    id: str
    """Unique identifier for the object."""
    invoice_prefix: str | None = None
    """The prefix for the customer used to generate unique invoice numbers."""
    invoice_settings: InvoiceSettingCustomerSetting | None = None
    livemode: bool
    """Has the value `true` if the object exists in live mode or `false` in test mode."""
    metadata: dict[str, str] | None = None
    """Set of key-value pairs attached to the object."""
    name: str | None = None
    """The customer's full name or business name."""
    next_invoice_sequence: int | None = None
    """The suffix of the customer's next invoice number."""
    object: Literal["customer"]
    """String representing the object's type."""
    phone: str | None = None
    """The customer's phone number."""
    preferred_locales: list[str] | None = None
    """The customer's preferred locales (languages), ordered by preference."""
    shipping: Shipping | None = None
    """Mailing and shipping address for the customer."""
    sources: CustomerSources | None = None
    """Deprecated: use the PaymentMethods API (`GET /v1/customers/{customer}/payment_methods`). The customer's payment sources, if any (only present when expanded)."""
    subscriptions: CustomerSubscriptions | None = None
    """The customer's current subscriptions, if any (only present when expanded)."""
    tax_exempt: Literal["exempt", "none", "reverse"] | str | None = None
    """Describes the customer's tax exemption status."""
    tax_ids: CustomerTaxIds | None = None
    """The customer's tax IDs (only present when expanded)."""
    test_clock: str | None = None
    """ID of the test clock this customer belongs to."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .address import Address
from .bank_account import BankAccount
from .card import Card
from .customer_sources import CustomerSources
from .customer_subscriptions import CustomerSubscriptions
from .customer_tax_ids import CustomerTaxIds
from .discount import Discount
from .invoice_setting_customer_setting import InvoiceSettingCustomerSetting
from .shipping import Shipping
from .source import Source
