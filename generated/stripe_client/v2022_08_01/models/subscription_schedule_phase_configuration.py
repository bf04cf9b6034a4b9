# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class SubscriptionSchedulePhaseConfiguration(StripeObject):
    """A phase describes the plans, coupon, and trialing status of a subscription for a predefined time period."""

    add_invoice_items: list[SubscriptionScheduleAddInvoiceItem]
    """A list of prices and quantities that will generate invoice items appended to the next invoice for this phase."""
    application_fee_percent: float | None = None
    """A non-negative decimal between 0 and 100, with at most two decimal places. This represents the percentage of the subscription invoice subtotal that will be transferred to the application owner's Stripe account during this phase of the schedule."""
    automatic_tax: SchedulesPhaseAutomaticTax | None = None
    billing_cycle_anchor: Literal["automatic", "phase_start"] | str | None = None
    """Possible values are `phase_start` or `automatic`. If `phase_start` then billing cycle anchor of the subscription is set to the start of the phase when entering the phase. If `automatic` then the billing cycle anchor is automatically modified as needed when entering the phase. For more information, see the billing cycle [documentation](https://stripe.com/docs/billing/subscriptions/billing-cycle)."""
    billing_thresholds: SubscriptionBillingThresholds | None = None
    """Define thresholds at which an invoice will be sent, and the subscription advanced to a new billing period"""
    collection_method: Literal["charge_automatically", "send_invoice"] | str | None = None
    """Either `charge_automatically`, or `send_invoice`. When charging automatically, Stripe will attempt to pay the underlying subscription at the end of each billing cycle using the default source attached to the customer. When sending an invoice, Stripe will email your customer an invoice with payment instructions and mark the subscription as `active`."""
    coupon: str | Coupon | DeletedCoupon | StripeObject | None = None
    """ID of the coupon to use during this phase of the subscription schedule."""
    currency: str
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    default_payment_method: str | PaymentMethod | StripeObject | None = None
    """ID of the default payment method for the subscription schedule. It must belong to the customer associated with the subscription schedule. If not set, invoices will use the default payment method in the customer's invoice settings."""
    default_tax_rates: list[TaxRate] | None = None
    """The default tax rates to apply to the subscription during this phase of the subscription schedule."""
    description: str | None = None
    """Subscription description, meant to be displayable to the customer. Use this field to optionally store an explanation of the subscription."""
    end_date: int
    """The end of this phase of the subscription schedule."""
    invoice_settings: InvoiceSettingSubscriptionScheduleSetting | None = None
    """The invoice settings applicable during this phase."""
    items: list[SubscriptionScheduleConfigurationItem]
    """Subscription items to configure the subscription to during this phase of the subscription schedule."""
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to a phase. Metadata on a schedule's phase will update the underlying subscription's `metadata` when the phase is entered. Updating the underlying subscription's `metadata` directly will not affect the current phase's `metadata`."""
    on_behalf_of: str | Account | StripeObject | None = None
    """The account (if any) the charge was made on behalf of for charges associated with the schedule's subscription. See the Connect documentation for details."""
    proration_behavior: Literal["always_invoice", "create_prorations", "none"] | str
    """If the subscription schedule will prorate when transitioning to this phase. Possible values are `create_prorations` and `none`."""
    start_date: int
    """The start of this phase of the subscription schedule."""
    transfer_data: SubscriptionTransferData | None = None
    """The account (if any) the associated subscription's payments will be attributed to for tax reporting, and where funds from each payment will be transferred to for each of the subscription's invoices."""
    trial_end: int | None = None
    """When the trial ends within the phase."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .account import Account
from .coupon import Coupon
from .deleted_coupon import DeletedCoupon
from .invoice_setting_subscription_schedule_setting import InvoiceSettingSubscriptionScheduleSetting
from .payment_method import PaymentMethod
from .schedules_phase_automatic_tax import SchedulesPhaseAutomaticTax
from .subscription_billing_thresholds import SubscriptionBillingThresholds
from .subscription_schedule_add_invoice_item import SubscriptionScheduleAddInvoiceItem
from .subscription_schedule_configuration_item import SubscriptionScheduleConfigurationItem
from .subscription_transfer_data import SubscriptionTransferData
from .tax_rate import TaxRate
