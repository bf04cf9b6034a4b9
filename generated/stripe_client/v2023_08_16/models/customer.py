# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class Customer(StripeObject):
    """This object represents a customer of your business. It lets you create recurring charges and track payments that belong to the same customer.

    Related guide: [Save a card during payment](https://stripe.com/docs/payments/save-during-payment)
    """

    address: Address | None = None
    """The customer's address."""
    balance: int | None = None
    """Current balance, if any, being stored on the customer. If negative, the customer has credit to apply to their next invoice. If positive, the customer has an amount owed that will be added to their next invoice. The balance does not refer to any unpaid invoices; it solely takes into account amounts that have yet to be successfully applied to any invoice. This balance is only taken into account as invoices are finalized."""
    cash_balance: CashBalance | None = None
    """The current funds being held by Stripe on behalf of the customer. These funds can be applied towards payment intents with source "cash_balance". The settings[reconciliation_mode] field describes whether these funds are applied to such payment intents manually or automatically."""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str | None = None
    """Three-letter [ISO code for the currency](https://stripe.com/docs/currencies) the customer can be charged in for recurring billing purposes."""
    default_source: str | BankAccount | Card | Source | StripeObject | None = None
    """ID of the default payment source for the customer.

        If you are using payment methods created via the PaymentMethods API, see the [invoice_settings.default_payment_method](https://stripe.com/docs/api/customers/object#customer_object-invoice_settings-default_payment_method) field instead.
        """
    delinquent: bool | None = None
    """When the customer's latest invoice is billed by charging automatically, `delinquent` is `true` if the invoice's latest charge failed. When the customer's latest invoice is billed by sending an invoice, `delinquent` is `true` if the invoice isn't paid by its due date.

        If an invoice is marked uncollectible by [dunning](https://stripe.com/docs/billing/automatic-collection), `delinquent` doesn't get reset to `false`.
        """
    description: str | None = None
    """An arbitrary string attached to the object. Often useful for displaying to users."""
    discount: Discount | None = None
    """Describes the current discount active on the customer, if there is one."""
    email: str | None = None
    """The customer's email address."""
    id: str
    """Unique identifier for the object."""
    invoice_credit_balance: dict[str, int] | None = None
    """The current multi-currency balances, if any, being stored on the customer. If positive in a currency, the customer has a credit to apply to their next invoice denominated in that currency. If negative, the customer has an amount owed that will be added to their next invoice denominated in that currency. These balances do not refer to any unpaid invoices. They solely track amounts that have yet to be successfully applied to any invoice. A balance in a particular currency is only applied to any invoice as an invoice in that currency is finalized."""
    invoice_prefix: str | None = None
    """The prefix for the customer used to generate unique invoice numbers."""
    invoice_settings: InvoiceSettingCustomerSetting | None = None
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    name: str | None = None
    """The customer's full name or business name."""
    next_invoice_sequence: int | None = None
    """The suffix of the customer's next invoice number, e.g., 0001."""
    object: Literal["customer"]
    """String representing the object's type. Objects of the same type share the same value."""
    phone: str | None = None
    """The customer's phone number."""
    preferred_locales: list[str] | None = None
    """The customer's preferred locales (languages), ordered by preference."""
    shipping: Shipping | None = None
    """Mailing and shipping address for the customer. Appears on invoices emailed to this customer."""
    sources: CustomerSources | None = None
    """The customer's payment sources, if any."""
    subscriptions: CustomerSubscriptions | None = None
    """The customer's current subscriptions, if any."""
    tax: CustomerTax | None = None
    tax_exempt: Literal["exempt", "none", "reverse"] | str | None = None
    """Describes the customer's tax exemption status. One of `none`, `exempt`, or `reverse`. When set to `reverse`, invoice and receipt PDFs include the text **"Reverse charge"**."""
    tax_ids: CustomerTaxIds | None = None
    """The customer's tax IDs."""
    test_clock: str | TestHelpersTestClock | StripeObject | None = None
    """ID of the test clock this customer belongs to."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .address import Address
from .bank_account import BankAccount
from .card import Card
from .cash_balance import CashBalance
from .customer_sources import CustomerSources
from .customer_subscriptions import CustomerSubscriptions
from .customer_tax import CustomerTax
from .customer_tax_ids import CustomerTaxIds
from .discount import Discount
from .invoice_setting_customer_setting import InvoiceSettingCustomerSetting
from .shipping import Shipping
from .source import Source
from .test_helpers_test_clock import TestHelpersTestClock
