# File generated from spec/ (API version 2024-02-15, spec sha256 28d2af1d96921294) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""The response models of this API version, imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import Account as Account
    from .account_application_authorized_event import (
        AccountApplicationAuthorizedEvent as AccountApplicationAuthorizedEvent,
    )
    from .account_application_deauthorized_event import (
        AccountApplicationDeauthorizedEvent as AccountApplicationDeauthorizedEvent,
    )
    from .account_business_profile import AccountBusinessProfile as AccountBusinessProfile
    from .account_capabilities import AccountCapabilities as AccountCapabilities
    from .account_event_data import AccountEventData as AccountEventData
    from .account_external_account_created_event import (
        AccountExternalAccountCreatedEvent as AccountExternalAccountCreatedEvent,
    )
    from .account_external_account_deleted_event import (
        AccountExternalAccountDeletedEvent as AccountExternalAccountDeletedEvent,
    )
    from .account_external_account_updated_event import (
        AccountExternalAccountUpdatedEvent as AccountExternalAccountUpdatedEvent,
    )
    from .account_external_accounts import AccountExternalAccounts as AccountExternalAccounts
    from .account_previous_attributes import AccountPreviousAttributes as AccountPreviousAttributes
    from .account_requirements import AccountRequirements as AccountRequirements
    from .account_tos_acceptance import AccountTosAcceptance as AccountTosAcceptance
    from .account_updated_event import AccountUpdatedEvent as AccountUpdatedEvent
    from .address import Address as Address
    from .api_errors import ApiErrors as ApiErrors
    from .application import Application as Application
    from .application_event_data import ApplicationEventData as ApplicationEventData
    from .automatic_tax import AutomaticTax as AutomaticTax
    from .bank_account import BankAccount as BankAccount
    from .billing_details import BillingDetails as BillingDetails
    from .cancellation_details import CancellationDetails as CancellationDetails
    from .card import Card as Card
    from .charge import Charge as Charge
    from .charge_captured_event import ChargeCapturedEvent as ChargeCapturedEvent
    from .charge_dispute_closed_event import ChargeDisputeClosedEvent as ChargeDisputeClosedEvent
    from .charge_dispute_created_event import ChargeDisputeCreatedEvent as ChargeDisputeCreatedEvent
    from .charge_dispute_funds_reinstated_event import (
        ChargeDisputeFundsReinstatedEvent as ChargeDisputeFundsReinstatedEvent,
    )
    from .charge_dispute_funds_withdrawn_event import (
        ChargeDisputeFundsWithdrawnEvent as ChargeDisputeFundsWithdrawnEvent,
    )
    from .charge_dispute_updated_event import ChargeDisputeUpdatedEvent as ChargeDisputeUpdatedEvent
    from .charge_event_data import ChargeEventData as ChargeEventData
    from .charge_expired_event import ChargeExpiredEvent as ChargeExpiredEvent
    from .charge_failed_event import ChargeFailedEvent as ChargeFailedEvent
    from .charge_fraud_details import ChargeFraudDetails as ChargeFraudDetails
    from .charge_outcome import ChargeOutcome as ChargeOutcome
    from .charge_pending_event import ChargePendingEvent as ChargePendingEvent
    from .charge_previous_attributes import ChargePreviousAttributes as ChargePreviousAttributes
    from .charge_refund_updated_event import ChargeRefundUpdatedEvent as ChargeRefundUpdatedEvent
    from .charge_refunded_event import ChargeRefundedEvent as ChargeRefundedEvent
    from .charge_refunds import ChargeRefunds as ChargeRefunds
    from .charge_succeeded_event import ChargeSucceededEvent as ChargeSucceededEvent
    from .charge_transfer_data import ChargeTransferData as ChargeTransferData
    from .charge_updated_event import ChargeUpdatedEvent as ChargeUpdatedEvent
    from .coupon import Coupon as Coupon
    from .customer import Customer as Customer
    from .customer_created_event import CustomerCreatedEvent as CustomerCreatedEvent
    from .customer_deleted_event import CustomerDeletedEvent as CustomerDeletedEvent
    from .customer_discount_created_event import (
        CustomerDiscountCreatedEvent as CustomerDiscountCreatedEvent,
    )
    from .customer_discount_deleted_event import (
        CustomerDiscountDeletedEvent as CustomerDiscountDeletedEvent,
    )
    from .customer_discount_updated_event import (
        CustomerDiscountUpdatedEvent as CustomerDiscountUpdatedEvent,
    )
    from .customer_event_data import CustomerEventData as CustomerEventData
    from .customer_previous_attributes import (
        CustomerPreviousAttributes as CustomerPreviousAttributes,
    )
    from .customer_source_created_event import (
        CustomerSourceCreatedEvent as CustomerSourceCreatedEvent,
    )
    from .customer_source_deleted_event import (
        CustomerSourceDeletedEvent as CustomerSourceDeletedEvent,
    )
    from .customer_source_expiring_event import (
        CustomerSourceExpiringEvent as CustomerSourceExpiringEvent,
    )
    from .customer_source_updated_event import (
        CustomerSourceUpdatedEvent as CustomerSourceUpdatedEvent,
    )
    from .customer_sources import CustomerSources as CustomerSources
    from .customer_subscription_created_event import (
        CustomerSubscriptionCreatedEvent as CustomerSubscriptionCreatedEvent,
    )
    from .customer_subscription_deleted_event import (
        CustomerSubscriptionDeletedEvent as CustomerSubscriptionDeletedEvent,
    )
    from .customer_subscription_paused_event import (
        CustomerSubscriptionPausedEvent as CustomerSubscriptionPausedEvent,
    )
    from .customer_subscription_pending_update_applied_event import (
        CustomerSubscriptionPendingUpdateAppliedEvent as CustomerSubscriptionPendingUpdateAppliedEvent,
    )
    from .customer_subscription_pending_update_expired_event import (
        CustomerSubscriptionPendingUpdateExpiredEvent as CustomerSubscriptionPendingUpdateExpiredEvent,
    )
    from .customer_subscription_resumed_event import (
        CustomerSubscriptionResumedEvent as CustomerSubscriptionResumedEvent,
    )
    from .customer_subscription_trial_will_end_event import (
        CustomerSubscriptionTrialWillEndEvent as CustomerSubscriptionTrialWillEndEvent,
    )
    from .customer_subscription_updated_event import (
        CustomerSubscriptionUpdatedEvent as CustomerSubscriptionUpdatedEvent,
    )
    from .customer_subscriptions import CustomerSubscriptions as CustomerSubscriptions
    from .customer_tax_id_created_event import (
        CustomerTaxIdCreatedEvent as CustomerTaxIdCreatedEvent,
    )
    from .customer_tax_id_deleted_event import (
        CustomerTaxIdDeletedEvent as CustomerTaxIdDeletedEvent,
    )
    from .customer_tax_id_updated_event import (
        CustomerTaxIdUpdatedEvent as CustomerTaxIdUpdatedEvent,
    )
    from .customer_tax_ids import CustomerTaxIds as CustomerTaxIds
    from .customer_updated_event import CustomerUpdatedEvent as CustomerUpdatedEvent
    from .deleted_application import DeletedApplication as DeletedApplication
    from .deleted_customer import DeletedCustomer as DeletedCustomer
    from .deleted_discount import DeletedDiscount as DeletedDiscount
    from .deleted_product import DeletedProduct as DeletedProduct
    from .deleted_tax_id import DeletedTaxId as DeletedTaxId
    from .discount import Discount as Discount
    from .discount_event_data import DiscountEventData as DiscountEventData
    from .discount_previous_attributes import (
        DiscountPreviousAttributes as DiscountPreviousAttributes,
    )
    from .dispute import Dispute as Dispute
    from .dispute_event_data import DisputeEventData as DisputeEventData
    from .dispute_evidence import DisputeEvidence as DisputeEvidence
    from .dispute_evidence_details import DisputeEvidenceDetails as DisputeEvidenceDetails
    from .dispute_payment_method_details import (
        DisputePaymentMethodDetails as DisputePaymentMethodDetails,
    )
    from .dispute_payment_method_details_card import (
        DisputePaymentMethodDetailsCard as DisputePaymentMethodDetailsCard,
    )
    from .dispute_previous_attributes import DisputePreviousAttributes as DisputePreviousAttributes
    from .error import Error as Error
    from .event import Event as Event
    from .external_account_event_data import ExternalAccountEventData as ExternalAccountEventData
    from .invoice import Invoice as Invoice
    from .invoice_created_event import InvoiceCreatedEvent as InvoiceCreatedEvent
    from .invoice_deleted_event import InvoiceDeletedEvent as InvoiceDeletedEvent
    from .invoice_event_data import InvoiceEventData as InvoiceEventData
    from .invoice_finalization_failed_event import (
        InvoiceFinalizationFailedEvent as InvoiceFinalizationFailedEvent,
    )
    from .invoice_finalized_event import InvoiceFinalizedEvent as InvoiceFinalizedEvent
    from .invoice_line_item_period import InvoiceLineItemPeriod as InvoiceLineItemPeriod
    from .invoice_lines import InvoiceLines as InvoiceLines
    from .invoice_marked_uncollectible_event import (
        InvoiceMarkedUncollectibleEvent as InvoiceMarkedUncollectibleEvent,
    )
    from .invoice_paid_event import InvoicePaidEvent as InvoicePaidEvent
    from .invoice_payment_action_required_event import (
        InvoicePaymentActionRequiredEvent as InvoicePaymentActionRequiredEvent,
    )
    from .invoice_payment_failed_event import InvoicePaymentFailedEvent as InvoicePaymentFailedEvent
    from .invoice_payment_succeeded_event import (
        InvoicePaymentSucceededEvent as InvoicePaymentSucceededEvent,
    )
    from .invoice_previous_attributes import InvoicePreviousAttributes as InvoicePreviousAttributes
    from .invoice_sent_event import InvoiceSentEvent as InvoiceSentEvent
    from .invoice_setting_custom_field import InvoiceSettingCustomField as InvoiceSettingCustomField
    from .invoice_setting_customer_setting import (
        InvoiceSettingCustomerSetting as InvoiceSettingCustomerSetting,
    )
    from .invoice_setting_rendering_options import (
        InvoiceSettingRenderingOptions as InvoiceSettingRenderingOptions,
    )
    from .invoice_upcoming_event import InvoiceUpcomingEvent as InvoiceUpcomingEvent
    from .invoice_updated_event import InvoiceUpdatedEvent as InvoiceUpdatedEvent
    from .invoice_voided_event import InvoiceVoidedEvent as InvoiceVoidedEvent
    from .invoices_status_transitions import InvoicesStatusTransitions as InvoicesStatusTransitions
    from .line_item import LineItem as LineItem
    from .networks import Networks as Networks
    from .notification_event_data import NotificationEventData as NotificationEventData
    from .notification_event_request import NotificationEventRequest as NotificationEventRequest
    from .oauth_deauthorization import OauthDeauthorization as OauthDeauthorization
    from .oauth_error import OauthError as OauthError
    from .oauth_token import OauthToken as OauthToken
    from .payment_flows_automatic_payment_methods_payment_intent import (
        PaymentFlowsAutomaticPaymentMethodsPaymentIntent as PaymentFlowsAutomaticPaymentMethodsPaymentIntent,
    )
    from .payment_intent import PaymentIntent as PaymentIntent
    from .payment_intent_amount_capturable_updated_event import (
        PaymentIntentAmountCapturableUpdatedEvent as PaymentIntentAmountCapturableUpdatedEvent,
    )
    from .payment_intent_canceled_event import (
        PaymentIntentCanceledEvent as PaymentIntentCanceledEvent,
    )
    from .payment_intent_card_processing import (
        PaymentIntentCardProcessing as PaymentIntentCardProcessing,
    )
    from .payment_intent_created_event import PaymentIntentCreatedEvent as PaymentIntentCreatedEvent
    from .payment_intent_event_data import PaymentIntentEventData as PaymentIntentEventData
    from .payment_intent_next_action import PaymentIntentNextAction as PaymentIntentNextAction
    from .payment_intent_next_action_redirect_to_url import (
        PaymentIntentNextActionRedirectToUrl as PaymentIntentNextActionRedirectToUrl,
    )
    from .payment_intent_partially_funded_event import (
        PaymentIntentPartiallyFundedEvent as PaymentIntentPartiallyFundedEvent,
    )
    from .payment_intent_payment_failed_event import (
        PaymentIntentPaymentFailedEvent as PaymentIntentPaymentFailedEvent,
    )
    from .payment_intent_processing import PaymentIntentProcessing as PaymentIntentProcessing
    from .payment_intent_processing_customer_notification import (
        PaymentIntentProcessingCustomerNotification as PaymentIntentProcessingCustomerNotification,
    )
    from .payment_intent_processing_event import (
        PaymentIntentProcessingEvent as PaymentIntentProcessingEvent,
    )
    from .payment_intent_requires_action_event import (
        PaymentIntentRequiresActionEvent as PaymentIntentRequiresActionEvent,
    )
    from .payment_intent_succeeded_event import (
        PaymentIntentSucceededEvent as PaymentIntentSucceededEvent,
    )
    from .payment_method import PaymentMethod as PaymentMethod
    from .payment_method_attached_event import (
        PaymentMethodAttachedEvent as PaymentMethodAttachedEvent,
    )
    from .payment_method_automatically_updated_event import (
        PaymentMethodAutomaticallyUpdatedEvent as PaymentMethodAutomaticallyUpdatedEvent,
    )
    from .payment_method_card import PaymentMethodCard as PaymentMethodCard
    from .payment_method_card_checks import PaymentMethodCardChecks as PaymentMethodCardChecks
    from .payment_method_card_wallet import PaymentMethodCardWallet as PaymentMethodCardWallet
    from .payment_method_detached_event import (
        PaymentMethodDetachedEvent as PaymentMethodDetachedEvent,
    )
    from .payment_method_event_data import PaymentMethodEventData as PaymentMethodEventData
    from .payment_method_link import PaymentMethodLink as PaymentMethodLink
    from .payment_method_previous_attributes import (
        PaymentMethodPreviousAttributes as PaymentMethodPreviousAttributes,
    )
    from .payment_method_sepa_debit import PaymentMethodSepaDebit as PaymentMethodSepaDebit
    from .payment_method_updated_event import PaymentMethodUpdatedEvent as PaymentMethodUpdatedEvent
    from .payment_method_us_bank_account import (
        PaymentMethodUsBankAccount as PaymentMethodUsBankAccount,
    )
    from .plan import Plan as Plan
    from .price import Price as Price
    from .product import Product as Product
    from .product_feature import ProductFeature as ProductFeature
    from .recurring import Recurring as Recurring
    from .refund import Refund as Refund
    from .refund_created_event import RefundCreatedEvent as RefundCreatedEvent
    from .refund_event_data import RefundEventData as RefundEventData
    from .refund_previous_attributes import RefundPreviousAttributes as RefundPreviousAttributes
    from .refund_updated_event import RefundUpdatedEvent as RefundUpdatedEvent
    from .setup_intent import SetupIntent as SetupIntent
    from .shipping import Shipping as Shipping
    from .source import Source as Source
    from .source_event_data import SourceEventData as SourceEventData
    from .source_owner import SourceOwner as SourceOwner
    from .source_type_card import SourceTypeCard as SourceTypeCard
    from .subscription import Subscription as Subscription
    from .subscription_automatic_tax import SubscriptionAutomaticTax as SubscriptionAutomaticTax
    from .subscription_event_data import SubscriptionEventData as SubscriptionEventData
    from .subscription_item import SubscriptionItem as SubscriptionItem
    from .subscription_items import SubscriptionItems as SubscriptionItems
    from .subscription_previous_attributes import (
        SubscriptionPreviousAttributes as SubscriptionPreviousAttributes,
    )
    from .subscriptions_resource_pause_collection import (
        SubscriptionsResourcePauseCollection as SubscriptionsResourcePauseCollection,
    )
    from .tax_id import TaxId as TaxId
    from .tax_id_event_data import TaxIdEventData as TaxIdEventData
    from .tax_id_previous_attributes import TaxIdPreviousAttributes as TaxIdPreviousAttributes
    from .tax_id_verification import TaxIdVerification as TaxIdVerification
    from .three_d_secure_usage import ThreeDSecureUsage as ThreeDSecureUsage
    from .transfer_data import TransferData as TransferData

_MODULES: dict[str, str] = {
    "Account": "account",
    "AccountApplicationAuthorizedEvent": "account_application_authorized_event",
    "AccountApplicationDeauthorizedEvent": "account_application_deauthorized_event",
    "AccountBusinessProfile": "account_business_profile",
    "AccountCapabilities": "account_capabilities",
    "AccountEventData": "account_event_data",
    "AccountExternalAccountCreatedEvent": "account_external_account_created_event",
    "AccountExternalAccountDeletedEvent": "account_external_account_deleted_event",
    "AccountExternalAccountUpdatedEvent": "account_external_account_updated_event",
    "AccountExternalAccounts": "account_external_accounts",
    "AccountPreviousAttributes": "account_previous_attributes",
    "AccountRequirements": "account_requirements",
    "AccountTosAcceptance": "account_tos_acceptance",
    "AccountUpdatedEvent": "account_updated_event",
    "Address": "address",
    "ApiErrors": "api_errors",
    "Application": "application",
    "ApplicationEventData": "application_event_data",
    "AutomaticTax": "automatic_tax",
    "BankAccount": "bank_account",
    "BillingDetails": "billing_details",
    "CancellationDetails": "cancellation_details",
    "Card": "card",
    "Charge": "charge",
    "ChargeCapturedEvent": "charge_captured_event",
    "ChargeDisputeClosedEvent": "charge_dispute_closed_event",
    "ChargeDisputeCreatedEvent": "charge_dispute_created_event",
    "ChargeDisputeFundsReinstatedEvent": "charge_dispute_funds_reinstated_event",
    "ChargeDisputeFundsWithdrawnEvent": "charge_dispute_funds_withdrawn_event",
    "ChargeDisputeUpdatedEvent": "charge_dispute_updated_event",
    "ChargeEventData": "charge_event_data",
    "ChargeExpiredEvent": "charge_expired_event",
    "ChargeFailedEvent": "charge_failed_event",
    "ChargeFraudDetails": "charge_fraud_details",
    "ChargeOutcome": "charge_outcome",
    "ChargePendingEvent": "charge_pending_event",
    "ChargePreviousAttributes": "charge_previous_attributes",
    "ChargeRefundUpdatedEvent": "charge_refund_updated_event",
    "ChargeRefundedEvent": "charge_refunded_event",
    "ChargeRefunds": "charge_refunds",
    "ChargeSucceededEvent": "charge_succeeded_event",
    "ChargeTransferData": "charge_transfer_data",
    "ChargeUpdatedEvent": "charge_updated_event",
    "Coupon": "coupon",
    "Customer": "customer",
    "CustomerCreatedEvent": "customer_created_event",
    "CustomerDeletedEvent": "customer_deleted_event",
    "CustomerDiscountCreatedEvent": "customer_discount_created_event",
    "CustomerDiscountDeletedEvent": "customer_discount_deleted_event",
    "CustomerDiscountUpdatedEvent": "customer_discount_updated_event",
    "CustomerEventData": "customer_event_data",
    "CustomerPreviousAttributes": "customer_previous_attributes",
    "CustomerSourceCreatedEvent": "customer_source_created_event",
    "CustomerSourceDeletedEvent": "customer_source_deleted_event",
    "CustomerSourceExpiringEvent": "customer_source_expiring_event",
    "CustomerSourceUpdatedEvent": "customer_source_updated_event",
    "CustomerSources": "customer_sources",
    "CustomerSubscriptionCreatedEvent": "customer_subscription_created_event",
    "CustomerSubscriptionDeletedEvent": "customer_subscription_deleted_event",
    "CustomerSubscriptionPausedEvent": "customer_subscription_paused_event",
    "CustomerSubscriptionPendingUpdateAppliedEvent": "customer_subscription_pending_update_applied_event",
    "CustomerSubscriptionPendingUpdateExpiredEvent": "customer_subscription_pending_update_expired_event",
    "CustomerSubscriptionResumedEvent": "customer_subscription_resumed_event",
    "CustomerSubscriptionTrialWillEndEvent": "customer_subscription_trial_will_end_event",
    "CustomerSubscriptionUpdatedEvent": "customer_subscription_updated_event",
    "CustomerSubscriptions": "customer_subscriptions",
    "CustomerTaxIdCreatedEvent": "customer_tax_id_created_event",
    "CustomerTaxIdDeletedEvent": "customer_tax_id_deleted_event",
    "CustomerTaxIdUpdatedEvent": "customer_tax_id_updated_event",
    "CustomerTaxIds": "customer_tax_ids",
    "CustomerUpdatedEvent": "customer_updated_event",
    "DeletedApplication": "deleted_application",
    "DeletedCustomer": "deleted_customer",
    "DeletedDiscount": "deleted_discount",
    "DeletedProduct": "deleted_product",
    "DeletedTaxId": "deleted_tax_id",
    "Discount": "discount",
    "DiscountEventData": "discount_event_data",
    "DiscountPreviousAttributes": "discount_previous_attributes",
    "Dispute": "dispute",
    "DisputeEventData": "dispute_event_data",
    "DisputeEvidence": "dispute_evidence",
    "DisputeEvidenceDetails": "dispute_evidence_details",
    "DisputePaymentMethodDetails": "dispute_payment_method_details",
    "DisputePaymentMethodDetailsCard": "dispute_payment_method_details_card",
    "DisputePreviousAttributes": "dispute_previous_attributes",
    "Error": "error",
    "Event": "event",
    "ExternalAccountEventData": "external_account_event_data",
    "Invoice": "invoice",
    "InvoiceCreatedEvent": "invoice_created_event",
    "InvoiceDeletedEvent": "invoice_deleted_event",
    "InvoiceEventData": "invoice_event_data",
    "InvoiceFinalizationFailedEvent": "invoice_finalization_failed_event",
    "InvoiceFinalizedEvent": "invoice_finalized_event",
    "InvoiceLineItemPeriod": "invoice_line_item_period",
    "InvoiceLines": "invoice_lines",
    "InvoiceMarkedUncollectibleEvent": "invoice_marked_uncollectible_event",
    "InvoicePaidEvent": "invoice_paid_event",
    "InvoicePaymentActionRequiredEvent": "invoice_payment_action_required_event",
    "InvoicePaymentFailedEvent": "invoice_payment_failed_event",
    "InvoicePaymentSucceededEvent": "invoice_payment_succeeded_event",
    "InvoicePreviousAttributes": "invoice_previous_attributes",
    "InvoiceSentEvent": "invoice_sent_event",
    "InvoiceSettingCustomField": "invoice_setting_custom_field",
    "InvoiceSettingCustomerSetting": "invoice_setting_customer_setting",
    "InvoiceSettingRenderingOptions": "invoice_setting_rendering_options",
    "InvoiceUpcomingEvent": "invoice_upcoming_event",
    "InvoiceUpdatedEvent": "invoice_updated_event",
    "InvoiceVoidedEvent": "invoice_voided_event",
    "InvoicesStatusTransitions": "invoices_status_transitions",
    "LineItem": "line_item",
    "Networks": "networks",
    "NotificationEventData": "notification_event_data",
    "NotificationEventRequest": "notification_event_request",
    "OauthDeauthorization": "oauth_deauthorization",
    "OauthError": "oauth_error",
    "OauthToken": "oauth_token",
    "PaymentFlowsAutomaticPaymentMethodsPaymentIntent": "payment_flows_automatic_payment_methods_payment_intent",
    "PaymentIntent": "payment_intent",
    "PaymentIntentAmountCapturableUpdatedEvent": "payment_intent_amount_capturable_updated_event",
    "PaymentIntentCanceledEvent": "payment_intent_canceled_event",
    "PaymentIntentCardProcessing": "payment_intent_card_processing",
    "PaymentIntentCreatedEvent": "payment_intent_created_event",
    "PaymentIntentEventData": "payment_intent_event_data",
    "PaymentIntentNextAction": "payment_intent_next_action",
    "PaymentIntentNextActionRedirectToUrl": "payment_intent_next_action_redirect_to_url",
    "PaymentIntentPartiallyFundedEvent": "payment_intent_partially_funded_event",
    "PaymentIntentPaymentFailedEvent": "payment_intent_payment_failed_event",
    "PaymentIntentProcessing": "payment_intent_processing",
    "PaymentIntentProcessingCustomerNotification": "payment_intent_processing_customer_notification",
    "PaymentIntentProcessingEvent": "payment_intent_processing_event",
    "PaymentIntentRequiresActionEvent": "payment_intent_requires_action_event",
    "PaymentIntentSucceededEvent": "payment_intent_succeeded_event",
    "PaymentMethod": "payment_method",
    "PaymentMethodAttachedEvent": "payment_method_attached_event",
    "PaymentMethodAutomaticallyUpdatedEvent": "payment_method_automatically_updated_event",
    "PaymentMethodCard": "payment_method_card",
    "PaymentMethodCardChecks": "payment_method_card_checks",
    "PaymentMethodCardWallet": "payment_method_card_wallet",
    "PaymentMethodDetachedEvent": "payment_method_detached_event",
    "PaymentMethodEventData": "payment_method_event_data",
    "PaymentMethodLink": "payment_method_link",
    "PaymentMethodPreviousAttributes": "payment_method_previous_attributes",
    "PaymentMethodSepaDebit": "payment_method_sepa_debit",
    "PaymentMethodUpdatedEvent": "payment_method_updated_event",
    "PaymentMethodUsBankAccount": "payment_method_us_bank_account",
    "Plan": "plan",
    "Price": "price",
    "Product": "product",
    "ProductFeature": "product_feature",
    "Recurring": "recurring",
    "Refund": "refund",
    "RefundCreatedEvent": "refund_created_event",
    "RefundEventData": "refund_event_data",
    "RefundPreviousAttributes": "refund_previous_attributes",
    "RefundUpdatedEvent": "refund_updated_event",
    "SetupIntent": "setup_intent",
    "Shipping": "shipping",
    "Source": "source",
    "SourceEventData": "source_event_data",
    "SourceOwner": "source_owner",
    "SourceTypeCard": "source_type_card",
    "Subscription": "subscription",
    "SubscriptionAutomaticTax": "subscription_automatic_tax",
    "SubscriptionEventData": "subscription_event_data",
    "SubscriptionItem": "subscription_item",
    "SubscriptionItems": "subscription_items",
    "SubscriptionPreviousAttributes": "subscription_previous_attributes",
    "SubscriptionsResourcePauseCollection": "subscriptions_resource_pause_collection",
    "TaxId": "tax_id",
    "TaxIdEventData": "tax_id_event_data",
    "TaxIdPreviousAttributes": "tax_id_previous_attributes",
    "TaxIdVerification": "tax_id_verification",
    "ThreeDSecureUsage": "three_d_secure_usage",
    "TransferData": "transfer_data",
}

__all__ = sorted(_MODULES)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
