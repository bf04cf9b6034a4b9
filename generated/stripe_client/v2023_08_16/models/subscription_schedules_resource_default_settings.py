# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class SubscriptionSchedulesResourceDefaultSettings(StripeObject):
    """SubscriptionSchedulesResourceDefaultSettings"""

    application_fee_percent: float | None = None
    """A non-negative decimal between 0 and 100, with at most two decimal places. This represents the percentage of the subscription invoice total that will be transferred to the application owner's Stripe account during this phase of the schedule."""
    automatic_tax: SubscriptionSchedulesResourceDefaultSettingsAutomaticTax | None = None
    billing_cycle_anchor: Literal["automatic", "phase_start"] | str
    """Possible values are `phase_start` or `automatic`. If `phase_start` then billing cycle anchor of the subscription is set to the start of the phase when entering the phase. If `automatic` then the billing cycle anchor is automatically modified as needed when entering the phase. For more information, see the billing cycle [documentation](https://stripe.com/docs/billing/subscriptions/billing-cycle)."""
    billing_thresholds: SubscriptionBillingThresholds | None = None
    """Define thresholds at which an invoice will be sent, and the subscription advanced to a new billing period"""
    collection_method: Literal["charge_automatically", "send_invoice"] | str | None = None
    """Either `charge_automatically`, or `send_invoice`. When charging automatically, Stripe will attempt to pay the underlying subscription at the end of each billing cycle using the default source attached to the customer. When sending an invoice, Stripe will email your customer an invoice with payment instructions and mark the subscription as `active`."""
    default_payment_method: str | PaymentMethod | StripeObject | None = None
    """ID of the default payment method for the subscription schedule. If not set, invoices will use the default payment method in the customer's invoice settings."""
    description: str | None = None
    """Subscription description, meant to be displayable to the customer. Use this field to optionally store an explanation of the subscription."""
    invoice_settings: InvoiceSettingSubscriptionScheduleSetting | None = None
    """The subscription schedule's default invoice settings."""
    on_behalf_of: str | Account | StripeObject | None = None
    """The account (if any) the charge was made on behalf of for charges associated with the schedule's subscription. See the Connect documentation for details."""
    transfer_data: SubscriptionTransferData | None = None
    """The account (if any) the associated subscription's payments will be attributed to for tax reporting, and where funds from each payment will be transferred to for each of the subscription's invoices."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .account import Account
from .invoice_setting_subscription_schedule_setting import InvoiceSettingSubscriptionScheduleSetting
from .payment_method import PaymentMethod
from .subscription_billing_thresholds import SubscriptionBillingThresholds
from .subscription_schedules_resource_default_settings_automatic_tax import (
    SubscriptionSchedulesResourceDefaultSettingsAutomaticTax,
)
from .subscription_transfer_data import SubscriptionTransferData
