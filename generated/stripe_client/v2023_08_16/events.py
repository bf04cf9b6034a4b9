# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""Webhook events: one model per event type, joined in a union discriminated on `type`.

`parse_event` turns a payload into the typed event; an event type this version does not know parses
as `UnknownEvent`, which keeps every field, and a payload that does not fit the models as
`LenientEvent` (its raw `data.object` and where it differs). `Webhook.construct_event` verifies the
signature first. The parsing rules are the runtime's (`stripe_client._runtime.webhooks`).
"""

from __future__ import annotations

from typing import Annotated, Any, Union

from pydantic import Discriminator, Tag

from stripe_client._runtime.webhooks import (
    UNKNOWN_TAG,
    EventParser,
    EventVersionWarning,
    LenientEvent,
    UnknownEvent,
    WebhookBase,
    event_tag,
)
from ._client import API_VERSION
from .models.account_application_authorized_event import AccountApplicationAuthorizedEvent
from .models.account_application_deauthorized_event import AccountApplicationDeauthorizedEvent
from .models.account_external_account_created_event import AccountExternalAccountCreatedEvent
from .models.account_external_account_deleted_event import AccountExternalAccountDeletedEvent
from .models.account_external_account_updated_event import AccountExternalAccountUpdatedEvent
from .models.account_updated_event import AccountUpdatedEvent
from .models.application_fee_created_event import ApplicationFeeCreatedEvent
from .models.application_fee_refund_updated_event import ApplicationFeeRefundUpdatedEvent
from .models.application_fee_refunded_event import ApplicationFeeRefundedEvent
from .models.balance_available_event import BalanceAvailableEvent
from .models.billing_portal_configuration_created_event import (
    BillingPortalConfigurationCreatedEvent,
)
from .models.billing_portal_configuration_updated_event import (
    BillingPortalConfigurationUpdatedEvent,
)
from .models.billing_portal_session_created_event import BillingPortalSessionCreatedEvent
from .models.capability_updated_event import CapabilityUpdatedEvent
from .models.cash_balance_funds_available_event import CashBalanceFundsAvailableEvent
from .models.charge_captured_event import ChargeCapturedEvent
from .models.charge_dispute_closed_event import ChargeDisputeClosedEvent
from .models.charge_dispute_created_event import ChargeDisputeCreatedEvent
from .models.charge_dispute_funds_reinstated_event import ChargeDisputeFundsReinstatedEvent
from .models.charge_dispute_funds_withdrawn_event import ChargeDisputeFundsWithdrawnEvent
from .models.charge_dispute_updated_event import ChargeDisputeUpdatedEvent
from .models.charge_expired_event import ChargeExpiredEvent
from .models.charge_failed_event import ChargeFailedEvent
from .models.charge_pending_event import ChargePendingEvent
from .models.charge_refund_updated_event import ChargeRefundUpdatedEvent
from .models.charge_refunded_event import ChargeRefundedEvent
from .models.charge_succeeded_event import ChargeSucceededEvent
from .models.charge_updated_event import ChargeUpdatedEvent
from .models.checkout_session_async_payment_failed_event import (
    CheckoutSessionAsyncPaymentFailedEvent,
)
from .models.checkout_session_async_payment_succeeded_event import (
    CheckoutSessionAsyncPaymentSucceededEvent,
)
from .models.checkout_session_completed_event import CheckoutSessionCompletedEvent
from .models.checkout_session_expired_event import CheckoutSessionExpiredEvent
from .models.coupon_created_event import CouponCreatedEvent
from .models.coupon_deleted_event import CouponDeletedEvent
from .models.coupon_updated_event import CouponUpdatedEvent
from .models.credit_note_created_event import CreditNoteCreatedEvent
from .models.credit_note_updated_event import CreditNoteUpdatedEvent
from .models.credit_note_voided_event import CreditNoteVoidedEvent
from .models.customer_created_event import CustomerCreatedEvent
from .models.customer_deleted_event import CustomerDeletedEvent
from .models.customer_discount_created_event import CustomerDiscountCreatedEvent
from .models.customer_discount_deleted_event import CustomerDiscountDeletedEvent
from .models.customer_discount_updated_event import CustomerDiscountUpdatedEvent
from .models.customer_source_created_event import CustomerSourceCreatedEvent
from .models.customer_source_deleted_event import CustomerSourceDeletedEvent
from .models.customer_source_expiring_event import CustomerSourceExpiringEvent
from .models.customer_source_updated_event import CustomerSourceUpdatedEvent
from .models.customer_subscription_created_event import CustomerSubscriptionCreatedEvent
from .models.customer_subscription_deleted_event import CustomerSubscriptionDeletedEvent
from .models.customer_subscription_paused_event import CustomerSubscriptionPausedEvent
from .models.customer_subscription_pending_update_applied_event import (
    CustomerSubscriptionPendingUpdateAppliedEvent,
)
from .models.customer_subscription_pending_update_expired_event import (
    CustomerSubscriptionPendingUpdateExpiredEvent,
)
from .models.customer_subscription_resumed_event import CustomerSubscriptionResumedEvent
from .models.customer_subscription_trial_will_end_event import CustomerSubscriptionTrialWillEndEvent
from .models.customer_subscription_updated_event import CustomerSubscriptionUpdatedEvent
from .models.customer_tax_id_created_event import CustomerTaxIdCreatedEvent
from .models.customer_tax_id_deleted_event import CustomerTaxIdDeletedEvent
from .models.customer_tax_id_updated_event import CustomerTaxIdUpdatedEvent
from .models.customer_updated_event import CustomerUpdatedEvent
from .models.customer_cash_balance_transaction_created_event import (
    CustomerCashBalanceTransactionCreatedEvent,
)
from .models.file_created_event import FileCreatedEvent
from .models.financial_connections_account_created_event import (
    FinancialConnectionsAccountCreatedEvent,
)
from .models.financial_connections_account_deactivated_event import (
    FinancialConnectionsAccountDeactivatedEvent,
)
from .models.financial_connections_account_disconnected_event import (
    FinancialConnectionsAccountDisconnectedEvent,
)
from .models.financial_connections_account_reactivated_event import (
    FinancialConnectionsAccountReactivatedEvent,
)
from .models.financial_connections_account_refreshed_balance_event import (
    FinancialConnectionsAccountRefreshedBalanceEvent,
)
from .models.identity_verification_session_canceled_event import (
    IdentityVerificationSessionCanceledEvent,
)
from .models.identity_verification_session_created_event import (
    IdentityVerificationSessionCreatedEvent,
)
from .models.identity_verification_session_processing_event import (
    IdentityVerificationSessionProcessingEvent,
)
from .models.identity_verification_session_redacted_event import (
    IdentityVerificationSessionRedactedEvent,
)
from .models.identity_verification_session_requires_input_event import (
    IdentityVerificationSessionRequiresInputEvent,
)
from .models.identity_verification_session_verified_event import (
    IdentityVerificationSessionVerifiedEvent,
)
from .models.invoice_created_event import InvoiceCreatedEvent
from .models.invoice_deleted_event import InvoiceDeletedEvent
from .models.invoice_finalization_failed_event import InvoiceFinalizationFailedEvent
from .models.invoice_finalized_event import InvoiceFinalizedEvent
from .models.invoice_marked_uncollectible_event import InvoiceMarkedUncollectibleEvent
from .models.invoice_paid_event import InvoicePaidEvent
from .models.invoice_payment_action_required_event import InvoicePaymentActionRequiredEvent
from .models.invoice_payment_failed_event import InvoicePaymentFailedEvent
from .models.invoice_payment_succeeded_event import InvoicePaymentSucceededEvent
from .models.invoice_sent_event import InvoiceSentEvent
from .models.invoice_upcoming_event import InvoiceUpcomingEvent
from .models.invoice_updated_event import InvoiceUpdatedEvent
from .models.invoice_voided_event import InvoiceVoidedEvent
from .models.invoiceitem_created_event import InvoiceitemCreatedEvent
from .models.invoiceitem_deleted_event import InvoiceitemDeletedEvent
from .models.issuing_authorization_created_event import IssuingAuthorizationCreatedEvent
from .models.issuing_authorization_request_event import IssuingAuthorizationRequestEvent
from .models.issuing_authorization_updated_event import IssuingAuthorizationUpdatedEvent
from .models.issuing_card_created_event import IssuingCardCreatedEvent
from .models.issuing_card_updated_event import IssuingCardUpdatedEvent
from .models.issuing_cardholder_created_event import IssuingCardholderCreatedEvent
from .models.issuing_cardholder_updated_event import IssuingCardholderUpdatedEvent
from .models.issuing_dispute_closed_event import IssuingDisputeClosedEvent
from .models.issuing_dispute_created_event import IssuingDisputeCreatedEvent
from .models.issuing_dispute_funds_reinstated_event import IssuingDisputeFundsReinstatedEvent
from .models.issuing_dispute_submitted_event import IssuingDisputeSubmittedEvent
from .models.issuing_dispute_updated_event import IssuingDisputeUpdatedEvent
from .models.issuing_transaction_created_event import IssuingTransactionCreatedEvent
from .models.issuing_transaction_updated_event import IssuingTransactionUpdatedEvent
from .models.mandate_updated_event import MandateUpdatedEvent
from .models.order_created_event import OrderCreatedEvent
from .models.payment_intent_amount_capturable_updated_event import (
    PaymentIntentAmountCapturableUpdatedEvent,
)
from .models.payment_intent_canceled_event import PaymentIntentCanceledEvent
from .models.payment_intent_created_event import PaymentIntentCreatedEvent
from .models.payment_intent_partially_funded_event import PaymentIntentPartiallyFundedEvent
from .models.payment_intent_payment_failed_event import PaymentIntentPaymentFailedEvent
from .models.payment_intent_processing_event import PaymentIntentProcessingEvent
from .models.payment_intent_requires_action_event import PaymentIntentRequiresActionEvent
from .models.payment_intent_succeeded_event import PaymentIntentSucceededEvent
from .models.payment_link_created_event import PaymentLinkCreatedEvent
from .models.payment_link_updated_event import PaymentLinkUpdatedEvent
from .models.payment_method_attached_event import PaymentMethodAttachedEvent
from .models.payment_method_automatically_updated_event import (
    PaymentMethodAutomaticallyUpdatedEvent,
)
from .models.payment_method_detached_event import PaymentMethodDetachedEvent
from .models.payment_method_updated_event import PaymentMethodUpdatedEvent
from .models.payout_canceled_event import PayoutCanceledEvent
from .models.payout_created_event import PayoutCreatedEvent
from .models.payout_failed_event import PayoutFailedEvent
from .models.payout_paid_event import PayoutPaidEvent
from .models.payout_reconciliation_completed_event import PayoutReconciliationCompletedEvent
from .models.payout_updated_event import PayoutUpdatedEvent
from .models.person_created_event import PersonCreatedEvent
from .models.person_deleted_event import PersonDeletedEvent
from .models.person_updated_event import PersonUpdatedEvent
from .models.plan_created_event import PlanCreatedEvent
from .models.plan_deleted_event import PlanDeletedEvent
from .models.plan_updated_event import PlanUpdatedEvent
from .models.price_created_event import PriceCreatedEvent
from .models.price_deleted_event import PriceDeletedEvent
from .models.price_updated_event import PriceUpdatedEvent
from .models.product_created_event import ProductCreatedEvent
from .models.product_deleted_event import ProductDeletedEvent
from .models.product_updated_event import ProductUpdatedEvent
from .models.promotion_code_created_event import PromotionCodeCreatedEvent
from .models.promotion_code_updated_event import PromotionCodeUpdatedEvent
from .models.quote_accepted_event import QuoteAcceptedEvent
from .models.quote_canceled_event import QuoteCanceledEvent
from .models.quote_created_event import QuoteCreatedEvent
from .models.quote_finalized_event import QuoteFinalizedEvent
from .models.radar_early_fraud_warning_created_event import RadarEarlyFraudWarningCreatedEvent
from .models.radar_early_fraud_warning_updated_event import RadarEarlyFraudWarningUpdatedEvent
from .models.recipient_created_event import RecipientCreatedEvent
from .models.recipient_deleted_event import RecipientDeletedEvent
from .models.recipient_updated_event import RecipientUpdatedEvent
from .models.refund_created_event import RefundCreatedEvent
from .models.refund_updated_event import RefundUpdatedEvent
from .models.reporting_report_run_failed_event import ReportingReportRunFailedEvent
from .models.reporting_report_run_succeeded_event import ReportingReportRunSucceededEvent
from .models.reporting_report_type_updated_event import ReportingReportTypeUpdatedEvent
from .models.review_closed_event import ReviewClosedEvent
from .models.review_opened_event import ReviewOpenedEvent
from .models.setup_intent_canceled_event import SetupIntentCanceledEvent
from .models.setup_intent_created_event import SetupIntentCreatedEvent
from .models.setup_intent_requires_action_event import SetupIntentRequiresActionEvent
from .models.setup_intent_setup_failed_event import SetupIntentSetupFailedEvent
from .models.setup_intent_succeeded_event import SetupIntentSucceededEvent
from .models.sigma_scheduled_query_run_created_event import SigmaScheduledQueryRunCreatedEvent
from .models.sku_created_event import SkuCreatedEvent
from .models.sku_deleted_event import SkuDeletedEvent
from .models.sku_updated_event import SkuUpdatedEvent
from .models.source_canceled_event import SourceCanceledEvent
from .models.source_chargeable_event import SourceChargeableEvent
from .models.source_failed_event import SourceFailedEvent
from .models.source_mandate_notification_event import SourceMandateNotificationEvent
from .models.source_refund_attributes_required_event import SourceRefundAttributesRequiredEvent
from .models.source_transaction_created_event import SourceTransactionCreatedEvent
from .models.source_transaction_updated_event import SourceTransactionUpdatedEvent
from .models.subscription_schedule_aborted_event import SubscriptionScheduleAbortedEvent
from .models.subscription_schedule_canceled_event import SubscriptionScheduleCanceledEvent
from .models.subscription_schedule_completed_event import SubscriptionScheduleCompletedEvent
from .models.subscription_schedule_created_event import SubscriptionScheduleCreatedEvent
from .models.subscription_schedule_expiring_event import SubscriptionScheduleExpiringEvent
from .models.subscription_schedule_released_event import SubscriptionScheduleReleasedEvent
from .models.subscription_schedule_updated_event import SubscriptionScheduleUpdatedEvent
from .models.tax_settings_updated_event import TaxSettingsUpdatedEvent
from .models.tax_rate_created_event import TaxRateCreatedEvent
from .models.tax_rate_updated_event import TaxRateUpdatedEvent
from .models.terminal_reader_action_failed_event import TerminalReaderActionFailedEvent
from .models.terminal_reader_action_succeeded_event import TerminalReaderActionSucceededEvent
from .models.test_helpers_test_clock_advancing_event import TestHelpersTestClockAdvancingEvent
from .models.test_helpers_test_clock_created_event import TestHelpersTestClockCreatedEvent
from .models.test_helpers_test_clock_deleted_event import TestHelpersTestClockDeletedEvent
from .models.test_helpers_test_clock_internal_failure_event import (
    TestHelpersTestClockInternalFailureEvent,
)
from .models.test_helpers_test_clock_ready_event import TestHelpersTestClockReadyEvent
from .models.topup_canceled_event import TopupCanceledEvent
from .models.topup_created_event import TopupCreatedEvent
from .models.topup_failed_event import TopupFailedEvent
from .models.topup_reversed_event import TopupReversedEvent
from .models.topup_succeeded_event import TopupSucceededEvent
from .models.transfer_created_event import TransferCreatedEvent
from .models.transfer_reversed_event import TransferReversedEvent
from .models.transfer_updated_event import TransferUpdatedEvent
from .models.treasury_credit_reversal_created_event import TreasuryCreditReversalCreatedEvent
from .models.treasury_credit_reversal_posted_event import TreasuryCreditReversalPostedEvent
from .models.treasury_debit_reversal_completed_event import TreasuryDebitReversalCompletedEvent
from .models.treasury_debit_reversal_created_event import TreasuryDebitReversalCreatedEvent
from .models.treasury_debit_reversal_initial_credit_granted_event import (
    TreasuryDebitReversalInitialCreditGrantedEvent,
)
from .models.treasury_financial_account_closed_event import TreasuryFinancialAccountClosedEvent
from .models.treasury_financial_account_created_event import TreasuryFinancialAccountCreatedEvent
from .models.treasury_financial_account_features_status_updated_event import (
    TreasuryFinancialAccountFeaturesStatusUpdatedEvent,
)
from .models.treasury_inbound_transfer_canceled_event import TreasuryInboundTransferCanceledEvent
from .models.treasury_inbound_transfer_created_event import TreasuryInboundTransferCreatedEvent
from .models.treasury_inbound_transfer_failed_event import TreasuryInboundTransferFailedEvent
from .models.treasury_inbound_transfer_succeeded_event import TreasuryInboundTransferSucceededEvent
from .models.treasury_outbound_payment_canceled_event import TreasuryOutboundPaymentCanceledEvent
from .models.treasury_outbound_payment_created_event import TreasuryOutboundPaymentCreatedEvent
from .models.treasury_outbound_payment_expected_arrival_date_updated_event import (
    TreasuryOutboundPaymentExpectedArrivalDateUpdatedEvent,
)
from .models.treasury_outbound_payment_failed_event import TreasuryOutboundPaymentFailedEvent
from .models.treasury_outbound_payment_posted_event import TreasuryOutboundPaymentPostedEvent
from .models.treasury_outbound_payment_returned_event import TreasuryOutboundPaymentReturnedEvent
from .models.treasury_outbound_transfer_canceled_event import TreasuryOutboundTransferCanceledEvent
from .models.treasury_outbound_transfer_created_event import TreasuryOutboundTransferCreatedEvent
from .models.treasury_outbound_transfer_expected_arrival_date_updated_event import (
    TreasuryOutboundTransferExpectedArrivalDateUpdatedEvent,
)
from .models.treasury_outbound_transfer_failed_event import TreasuryOutboundTransferFailedEvent
from .models.treasury_outbound_transfer_posted_event import TreasuryOutboundTransferPostedEvent
from .models.treasury_outbound_transfer_returned_event import TreasuryOutboundTransferReturnedEvent
from .models.treasury_received_credit_created_event import TreasuryReceivedCreditCreatedEvent
from .models.treasury_received_credit_failed_event import TreasuryReceivedCreditFailedEvent
from .models.treasury_received_credit_succeeded_event import TreasuryReceivedCreditSucceededEvent
from .models.treasury_received_debit_created_event import TreasuryReceivedDebitCreatedEvent

EVENT_TYPES: tuple[str, ...] = (
    "account.application.authorized",
    "account.application.deauthorized",
    "account.external_account.created",
    "account.external_account.deleted",
    "account.external_account.updated",
    "account.updated",
    "application_fee.created",
    "application_fee.refund.updated",
    "application_fee.refunded",
    "balance.available",
    "billing_portal.configuration.created",
    "billing_portal.configuration.updated",
    "billing_portal.session.created",
    "capability.updated",
    "cash_balance.funds_available",
    "charge.captured",
    "charge.dispute.closed",
    "charge.dispute.created",
    "charge.dispute.funds_reinstated",
    "charge.dispute.funds_withdrawn",
    "charge.dispute.updated",
    "charge.expired",
    "charge.failed",
    "charge.pending",
    "charge.refund.updated",
    "charge.refunded",
    "charge.succeeded",
    "charge.updated",
    "checkout.session.async_payment_failed",
    "checkout.session.async_payment_succeeded",
    "checkout.session.completed",
    "checkout.session.expired",
    "coupon.created",
    "coupon.deleted",
    "coupon.updated",
    "credit_note.created",
    "credit_note.updated",
    "credit_note.voided",
    "customer.created",
    "customer.deleted",
    "customer.discount.created",
    "customer.discount.deleted",
    "customer.discount.updated",
    "customer.source.created",
    "customer.source.deleted",
    "customer.source.expiring",
    "customer.source.updated",
    "customer.subscription.created",
    "customer.subscription.deleted",
    "customer.subscription.paused",
    "customer.subscription.pending_update_applied",
    "customer.subscription.pending_update_expired",
    "customer.subscription.resumed",
    "customer.subscription.trial_will_end",
    "customer.subscription.updated",
    "customer.tax_id.created",
    "customer.tax_id.deleted",
    "customer.tax_id.updated",
    "customer.updated",
    "customer_cash_balance_transaction.created",
    "file.created",
    "financial_connections.account.created",
    "financial_connections.account.deactivated",
    "financial_connections.account.disconnected",
    "financial_connections.account.reactivated",
    "financial_connections.account.refreshed_balance",
    "identity.verification_session.canceled",
    "identity.verification_session.created",
    "identity.verification_session.processing",
    "identity.verification_session.redacted",
    "identity.verification_session.requires_input",
    "identity.verification_session.verified",
    "invoice.created",
    "invoice.deleted",
    "invoice.finalization_failed",
    "invoice.finalized",
    "invoice.marked_uncollectible",
    "invoice.paid",
    "invoice.payment_action_required",
    "invoice.payment_failed",
    "invoice.payment_succeeded",
    "invoice.sent",
    "invoice.upcoming",
    "invoice.updated",
    "invoice.voided",
    "invoiceitem.created",
    "invoiceitem.deleted",
    "issuing_authorization.created",
    "issuing_authorization.request",
    "issuing_authorization.updated",
    "issuing_card.created",
    "issuing_card.updated",
    "issuing_cardholder.created",
    "issuing_cardholder.updated",
    "issuing_dispute.closed",
    "issuing_dispute.created",
    "issuing_dispute.funds_reinstated",
    "issuing_dispute.submitted",
    "issuing_dispute.updated",
    "issuing_transaction.created",
    "issuing_transaction.updated",
    "mandate.updated",
    "order.created",
    "payment_intent.amount_capturable_updated",
    "payment_intent.canceled",
    "payment_intent.created",
    "payment_intent.partially_funded",
    "payment_intent.payment_failed",
    "payment_intent.processing",
    "payment_intent.requires_action",
    "payment_intent.succeeded",
    "payment_link.created",
    "payment_link.updated",
    "payment_method.attached",
    "payment_method.automatically_updated",
    "payment_method.detached",
    "payment_method.updated",
    "payout.canceled",
    "payout.created",
    "payout.failed",
    "payout.paid",
    "payout.reconciliation_completed",
    "payout.updated",
    "person.created",
    "person.deleted",
    "person.updated",
    "plan.created",
    "plan.deleted",
    "plan.updated",
    "price.created",
    "price.deleted",
    "price.updated",
    "product.created",
    "product.deleted",
    "product.updated",
    "promotion_code.created",
    "promotion_code.updated",
    "quote.accepted",
    "quote.canceled",
    "quote.created",
    "quote.finalized",
    "radar.early_fraud_warning.created",
    "radar.early_fraud_warning.updated",
    "recipient.created",
    "recipient.deleted",
    "recipient.updated",
    "refund.created",
    "refund.updated",
    "reporting.report_run.failed",
    "reporting.report_run.succeeded",
    "reporting.report_type.updated",
    "review.closed",
    "review.opened",
    "setup_intent.canceled",
    "setup_intent.created",
    "setup_intent.requires_action",
    "setup_intent.setup_failed",
    "setup_intent.succeeded",
    "sigma.scheduled_query_run.created",
    "sku.created",
    "sku.deleted",
    "sku.updated",
    "source.canceled",
    "source.chargeable",
    "source.failed",
    "source.mandate_notification",
    "source.refund_attributes_required",
    "source.transaction.created",
    "source.transaction.updated",
    "subscription_schedule.aborted",
    "subscription_schedule.canceled",
    "subscription_schedule.completed",
    "subscription_schedule.created",
    "subscription_schedule.expiring",
    "subscription_schedule.released",
    "subscription_schedule.updated",
    "tax.settings.updated",
    "tax_rate.created",
    "tax_rate.updated",
    "terminal.reader.action_failed",
    "terminal.reader.action_succeeded",
    "test_helpers.test_clock.advancing",
    "test_helpers.test_clock.created",
    "test_helpers.test_clock.deleted",
    "test_helpers.test_clock.internal_failure",
    "test_helpers.test_clock.ready",
    "topup.canceled",
    "topup.created",
    "topup.failed",
    "topup.reversed",
    "topup.succeeded",
    "transfer.created",
    "transfer.reversed",
    "transfer.updated",
    "treasury.credit_reversal.created",
    "treasury.credit_reversal.posted",
    "treasury.debit_reversal.completed",
    "treasury.debit_reversal.created",
    "treasury.debit_reversal.initial_credit_granted",
    "treasury.financial_account.closed",
    "treasury.financial_account.created",
    "treasury.financial_account.features_status_updated",
    "treasury.inbound_transfer.canceled",
    "treasury.inbound_transfer.created",
    "treasury.inbound_transfer.failed",
    "treasury.inbound_transfer.succeeded",
    "treasury.outbound_payment.canceled",
    "treasury.outbound_payment.created",
    "treasury.outbound_payment.expected_arrival_date_updated",
    "treasury.outbound_payment.failed",
    "treasury.outbound_payment.posted",
    "treasury.outbound_payment.returned",
    "treasury.outbound_transfer.canceled",
    "treasury.outbound_transfer.created",
    "treasury.outbound_transfer.expected_arrival_date_updated",
    "treasury.outbound_transfer.failed",
    "treasury.outbound_transfer.posted",
    "treasury.outbound_transfer.returned",
    "treasury.received_credit.created",
    "treasury.received_credit.failed",
    "treasury.received_credit.succeeded",
    "treasury.received_debit.created",
)
"""Every event type this API version describes."""

Event = Annotated[
    Union[
        Annotated[AccountApplicationAuthorizedEvent, Tag("account.application.authorized")],
        Annotated[AccountApplicationDeauthorizedEvent, Tag("account.application.deauthorized")],
        Annotated[AccountExternalAccountCreatedEvent, Tag("account.external_account.created")],
        Annotated[AccountExternalAccountDeletedEvent, Tag("account.external_account.deleted")],
        Annotated[AccountExternalAccountUpdatedEvent, Tag("account.external_account.updated")],
        Annotated[AccountUpdatedEvent, Tag("account.updated")],
        Annotated[ApplicationFeeCreatedEvent, Tag("application_fee.created")],
        Annotated[ApplicationFeeRefundUpdatedEvent, Tag("application_fee.refund.updated")],
        Annotated[ApplicationFeeRefundedEvent, Tag("application_fee.refunded")],
        Annotated[BalanceAvailableEvent, Tag("balance.available")],
        Annotated[
            BillingPortalConfigurationCreatedEvent, Tag("billing_portal.configuration.created")
        ],
        Annotated[
            BillingPortalConfigurationUpdatedEvent, Tag("billing_portal.configuration.updated")
        ],
        Annotated[BillingPortalSessionCreatedEvent, Tag("billing_portal.session.created")],
        Annotated[CapabilityUpdatedEvent, Tag("capability.updated")],
        Annotated[CashBalanceFundsAvailableEvent, Tag("cash_balance.funds_available")],
        Annotated[ChargeCapturedEvent, Tag("charge.captured")],
        Annotated[ChargeDisputeClosedEvent, Tag("charge.dispute.closed")],
        Annotated[ChargeDisputeCreatedEvent, Tag("charge.dispute.created")],
        Annotated[ChargeDisputeFundsReinstatedEvent, Tag("charge.dispute.funds_reinstated")],
        Annotated[ChargeDisputeFundsWithdrawnEvent, Tag("charge.dispute.funds_withdrawn")],
        Annotated[ChargeDisputeUpdatedEvent, Tag("charge.dispute.updated")],
        Annotated[ChargeExpiredEvent, Tag("charge.expired")],
        Annotated[ChargeFailedEvent, Tag("charge.failed")],
        Annotated[ChargePendingEvent, Tag("charge.pending")],
        Annotated[ChargeRefundUpdatedEvent, Tag("charge.refund.updated")],
        Annotated[ChargeRefundedEvent, Tag("charge.refunded")],
        Annotated[ChargeSucceededEvent, Tag("charge.succeeded")],
        Annotated[ChargeUpdatedEvent, Tag("charge.updated")],
        Annotated[
            CheckoutSessionAsyncPaymentFailedEvent, Tag("checkout.session.async_payment_failed")
        ],
        Annotated[
            CheckoutSessionAsyncPaymentSucceededEvent,
            Tag("checkout.session.async_payment_succeeded"),
        ],
        Annotated[CheckoutSessionCompletedEvent, Tag("checkout.session.completed")],
        Annotated[CheckoutSessionExpiredEvent, Tag("checkout.session.expired")],
        Annotated[CouponCreatedEvent, Tag("coupon.created")],
        Annotated[CouponDeletedEvent, Tag("coupon.deleted")],
        Annotated[CouponUpdatedEvent, Tag("coupon.updated")],
        Annotated[CreditNoteCreatedEvent, Tag("credit_note.created")],
        Annotated[CreditNoteUpdatedEvent, Tag("credit_note.updated")],
        Annotated[CreditNoteVoidedEvent, Tag("credit_note.voided")],
        Annotated[CustomerCreatedEvent, Tag("customer.created")],
        Annotated[CustomerDeletedEvent, Tag("customer.deleted")],
        Annotated[CustomerDiscountCreatedEvent, Tag("customer.discount.created")],
        Annotated[CustomerDiscountDeletedEvent, Tag("customer.discount.deleted")],
        Annotated[CustomerDiscountUpdatedEvent, Tag("customer.discount.updated")],
        Annotated[CustomerSourceCreatedEvent, Tag("customer.source.created")],
        Annotated[CustomerSourceDeletedEvent, Tag("customer.source.deleted")],
        Annotated[CustomerSourceExpiringEvent, Tag("customer.source.expiring")],
        Annotated[CustomerSourceUpdatedEvent, Tag("customer.source.updated")],
        Annotated[CustomerSubscriptionCreatedEvent, Tag("customer.subscription.created")],
        Annotated[CustomerSubscriptionDeletedEvent, Tag("customer.subscription.deleted")],
        Annotated[CustomerSubscriptionPausedEvent, Tag("customer.subscription.paused")],
        Annotated[
            CustomerSubscriptionPendingUpdateAppliedEvent,
            Tag("customer.subscription.pending_update_applied"),
        ],
        Annotated[
            CustomerSubscriptionPendingUpdateExpiredEvent,
            Tag("customer.subscription.pending_update_expired"),
        ],
        Annotated[CustomerSubscriptionResumedEvent, Tag("customer.subscription.resumed")],
        Annotated[
            CustomerSubscriptionTrialWillEndEvent, Tag("customer.subscription.trial_will_end")
        ],
        Annotated[CustomerSubscriptionUpdatedEvent, Tag("customer.subscription.updated")],
        Annotated[CustomerTaxIdCreatedEvent, Tag("customer.tax_id.created")],
        Annotated[CustomerTaxIdDeletedEvent, Tag("customer.tax_id.deleted")],
        Annotated[CustomerTaxIdUpdatedEvent, Tag("customer.tax_id.updated")],
        Annotated[CustomerUpdatedEvent, Tag("customer.updated")],
        Annotated[
            CustomerCashBalanceTransactionCreatedEvent,
            Tag("customer_cash_balance_transaction.created"),
        ],
        Annotated[FileCreatedEvent, Tag("file.created")],
        Annotated[
            FinancialConnectionsAccountCreatedEvent, Tag("financial_connections.account.created")
        ],
        Annotated[
            FinancialConnectionsAccountDeactivatedEvent,
            Tag("financial_connections.account.deactivated"),
        ],
        Annotated[
            FinancialConnectionsAccountDisconnectedEvent,
            Tag("financial_connections.account.disconnected"),
        ],
        Annotated[
            FinancialConnectionsAccountReactivatedEvent,
            Tag("financial_connections.account.reactivated"),
        ],
        Annotated[
            FinancialConnectionsAccountRefreshedBalanceEvent,
            Tag("financial_connections.account.refreshed_balance"),
        ],
        Annotated[
            IdentityVerificationSessionCanceledEvent, Tag("identity.verification_session.canceled")
        ],
        Annotated[
            IdentityVerificationSessionCreatedEvent, Tag("identity.verification_session.created")
        ],
        Annotated[
            IdentityVerificationSessionProcessingEvent,
            Tag("identity.verification_session.processing"),
        ],
        Annotated[
            IdentityVerificationSessionRedactedEvent, Tag("identity.verification_session.redacted")
        ],
        Annotated[
            IdentityVerificationSessionRequiresInputEvent,
            Tag("identity.verification_session.requires_input"),
        ],
        Annotated[
            IdentityVerificationSessionVerifiedEvent, Tag("identity.verification_session.verified")
        ],
        Annotated[InvoiceCreatedEvent, Tag("invoice.created")],
        Annotated[InvoiceDeletedEvent, Tag("invoice.deleted")],
        Annotated[InvoiceFinalizationFailedEvent, Tag("invoice.finalization_failed")],
        Annotated[InvoiceFinalizedEvent, Tag("invoice.finalized")],
        Annotated[InvoiceMarkedUncollectibleEvent, Tag("invoice.marked_uncollectible")],
        Annotated[InvoicePaidEvent, Tag("invoice.paid")],
        Annotated[InvoicePaymentActionRequiredEvent, Tag("invoice.payment_action_required")],
        Annotated[InvoicePaymentFailedEvent, Tag("invoice.payment_failed")],
        Annotated[InvoicePaymentSucceededEvent, Tag("invoice.payment_succeeded")],
        Annotated[InvoiceSentEvent, Tag("invoice.sent")],
        Annotated[InvoiceUpcomingEvent, Tag("invoice.upcoming")],
        Annotated[InvoiceUpdatedEvent, Tag("invoice.updated")],
        Annotated[InvoiceVoidedEvent, Tag("invoice.voided")],
        Annotated[InvoiceitemCreatedEvent, Tag("invoiceitem.created")],
        Annotated[InvoiceitemDeletedEvent, Tag("invoiceitem.deleted")],
        Annotated[IssuingAuthorizationCreatedEvent, Tag("issuing_authorization.created")],
        Annotated[IssuingAuthorizationRequestEvent, Tag("issuing_authorization.request")],
        Annotated[IssuingAuthorizationUpdatedEvent, Tag("issuing_authorization.updated")],
        Annotated[IssuingCardCreatedEvent, Tag("issuing_card.created")],
        Annotated[IssuingCardUpdatedEvent, Tag("issuing_card.updated")],
        Annotated[IssuingCardholderCreatedEvent, Tag("issuing_cardholder.created")],
        Annotated[IssuingCardholderUpdatedEvent, Tag("issuing_cardholder.updated")],
        Annotated[IssuingDisputeClosedEvent, Tag("issuing_dispute.closed")],
        Annotated[IssuingDisputeCreatedEvent, Tag("issuing_dispute.created")],
        Annotated[IssuingDisputeFundsReinstatedEvent, Tag("issuing_dispute.funds_reinstated")],
        Annotated[IssuingDisputeSubmittedEvent, Tag("issuing_dispute.submitted")],
        Annotated[IssuingDisputeUpdatedEvent, Tag("issuing_dispute.updated")],
        Annotated[IssuingTransactionCreatedEvent, Tag("issuing_transaction.created")],
        Annotated[IssuingTransactionUpdatedEvent, Tag("issuing_transaction.updated")],
        Annotated[MandateUpdatedEvent, Tag("mandate.updated")],
        Annotated[OrderCreatedEvent, Tag("order.created")],
        Annotated[
            PaymentIntentAmountCapturableUpdatedEvent,
            Tag("payment_intent.amount_capturable_updated"),
        ],
        Annotated[PaymentIntentCanceledEvent, Tag("payment_intent.canceled")],
        Annotated[PaymentIntentCreatedEvent, Tag("payment_intent.created")],
        Annotated[PaymentIntentPartiallyFundedEvent, Tag("payment_intent.partially_funded")],
        Annotated[PaymentIntentPaymentFailedEvent, Tag("payment_intent.payment_failed")],
        Annotated[PaymentIntentProcessingEvent, Tag("payment_intent.processing")],
        Annotated[PaymentIntentRequiresActionEvent, Tag("payment_intent.requires_action")],
        Annotated[PaymentIntentSucceededEvent, Tag("payment_intent.succeeded")],
        Annotated[PaymentLinkCreatedEvent, Tag("payment_link.created")],
        Annotated[PaymentLinkUpdatedEvent, Tag("payment_link.updated")],
        Annotated[PaymentMethodAttachedEvent, Tag("payment_method.attached")],
        Annotated[
            PaymentMethodAutomaticallyUpdatedEvent, Tag("payment_method.automatically_updated")
        ],
        Annotated[PaymentMethodDetachedEvent, Tag("payment_method.detached")],
        Annotated[PaymentMethodUpdatedEvent, Tag("payment_method.updated")],
        Annotated[PayoutCanceledEvent, Tag("payout.canceled")],
        Annotated[PayoutCreatedEvent, Tag("payout.created")],
        Annotated[PayoutFailedEvent, Tag("payout.failed")],
        Annotated[PayoutPaidEvent, Tag("payout.paid")],
        Annotated[PayoutReconciliationCompletedEvent, Tag("payout.reconciliation_completed")],
        Annotated[PayoutUpdatedEvent, Tag("payout.updated")],
        Annotated[PersonCreatedEvent, Tag("person.created")],
        Annotated[PersonDeletedEvent, Tag("person.deleted")],
        Annotated[PersonUpdatedEvent, Tag("person.updated")],
        Annotated[PlanCreatedEvent, Tag("plan.created")],
        Annotated[PlanDeletedEvent, Tag("plan.deleted")],
        Annotated[PlanUpdatedEvent, Tag("plan.updated")],
        Annotated[PriceCreatedEvent, Tag("price.created")],
        Annotated[PriceDeletedEvent, Tag("price.deleted")],
        Annotated[PriceUpdatedEvent, Tag("price.updated")],
        Annotated[ProductCreatedEvent, Tag("product.created")],
        Annotated[ProductDeletedEvent, Tag("product.deleted")],
        Annotated[ProductUpdatedEvent, Tag("product.updated")],
        Annotated[PromotionCodeCreatedEvent, Tag("promotion_code.created")],
        Annotated[PromotionCodeUpdatedEvent, Tag("promotion_code.updated")],
        Annotated[QuoteAcceptedEvent, Tag("quote.accepted")],
        Annotated[QuoteCanceledEvent, Tag("quote.canceled")],
        Annotated[QuoteCreatedEvent, Tag("quote.created")],
        Annotated[QuoteFinalizedEvent, Tag("quote.finalized")],
        Annotated[RadarEarlyFraudWarningCreatedEvent, Tag("radar.early_fraud_warning.created")],
        Annotated[RadarEarlyFraudWarningUpdatedEvent, Tag("radar.early_fraud_warning.updated")],
        Annotated[RecipientCreatedEvent, Tag("recipient.created")],
        Annotated[RecipientDeletedEvent, Tag("recipient.deleted")],
        Annotated[RecipientUpdatedEvent, Tag("recipient.updated")],
        Annotated[RefundCreatedEvent, Tag("refund.created")],
        Annotated[RefundUpdatedEvent, Tag("refund.updated")],
        Annotated[ReportingReportRunFailedEvent, Tag("reporting.report_run.failed")],
        Annotated[ReportingReportRunSucceededEvent, Tag("reporting.report_run.succeeded")],
        Annotated[ReportingReportTypeUpdatedEvent, Tag("reporting.report_type.updated")],
        Annotated[ReviewClosedEvent, Tag("review.closed")],
        Annotated[ReviewOpenedEvent, Tag("review.opened")],
        Annotated[SetupIntentCanceledEvent, Tag("setup_intent.canceled")],
        Annotated[SetupIntentCreatedEvent, Tag("setup_intent.created")],
        Annotated[SetupIntentRequiresActionEvent, Tag("setup_intent.requires_action")],
        Annotated[SetupIntentSetupFailedEvent, Tag("setup_intent.setup_failed")],
        Annotated[SetupIntentSucceededEvent, Tag("setup_intent.succeeded")],
        Annotated[SigmaScheduledQueryRunCreatedEvent, Tag("sigma.scheduled_query_run.created")],
        Annotated[SkuCreatedEvent, Tag("sku.created")],
        Annotated[SkuDeletedEvent, Tag("sku.deleted")],
        Annotated[SkuUpdatedEvent, Tag("sku.updated")],
        Annotated[SourceCanceledEvent, Tag("source.canceled")],
        Annotated[SourceChargeableEvent, Tag("source.chargeable")],
        Annotated[SourceFailedEvent, Tag("source.failed")],
        Annotated[SourceMandateNotificationEvent, Tag("source.mandate_notification")],
        Annotated[SourceRefundAttributesRequiredEvent, Tag("source.refund_attributes_required")],
        Annotated[SourceTransactionCreatedEvent, Tag("source.transaction.created")],
        Annotated[SourceTransactionUpdatedEvent, Tag("source.transaction.updated")],
        Annotated[SubscriptionScheduleAbortedEvent, Tag("subscription_schedule.aborted")],
        Annotated[SubscriptionScheduleCanceledEvent, Tag("subscription_schedule.canceled")],
        Annotated[SubscriptionScheduleCompletedEvent, Tag("subscription_schedule.completed")],
        Annotated[SubscriptionScheduleCreatedEvent, Tag("subscription_schedule.created")],
        Annotated[SubscriptionScheduleExpiringEvent, Tag("subscription_schedule.expiring")],
        Annotated[SubscriptionScheduleReleasedEvent, Tag("subscription_schedule.released")],
        Annotated[SubscriptionScheduleUpdatedEvent, Tag("subscription_schedule.updated")],
        Annotated[TaxSettingsUpdatedEvent, Tag("tax.settings.updated")],
        Annotated[TaxRateCreatedEvent, Tag("tax_rate.created")],
        Annotated[TaxRateUpdatedEvent, Tag("tax_rate.updated")],
        Annotated[TerminalReaderActionFailedEvent, Tag("terminal.reader.action_failed")],
        Annotated[TerminalReaderActionSucceededEvent, Tag("terminal.reader.action_succeeded")],
        Annotated[TestHelpersTestClockAdvancingEvent, Tag("test_helpers.test_clock.advancing")],
        Annotated[TestHelpersTestClockCreatedEvent, Tag("test_helpers.test_clock.created")],
        Annotated[TestHelpersTestClockDeletedEvent, Tag("test_helpers.test_clock.deleted")],
        Annotated[
            TestHelpersTestClockInternalFailureEvent,
            Tag("test_helpers.test_clock.internal_failure"),
        ],
        Annotated[TestHelpersTestClockReadyEvent, Tag("test_helpers.test_clock.ready")],
        Annotated[TopupCanceledEvent, Tag("topup.canceled")],
        Annotated[TopupCreatedEvent, Tag("topup.created")],
        Annotated[TopupFailedEvent, Tag("topup.failed")],
        Annotated[TopupReversedEvent, Tag("topup.reversed")],
        Annotated[TopupSucceededEvent, Tag("topup.succeeded")],
        Annotated[TransferCreatedEvent, Tag("transfer.created")],
        Annotated[TransferReversedEvent, Tag("transfer.reversed")],
        Annotated[TransferUpdatedEvent, Tag("transfer.updated")],
        Annotated[TreasuryCreditReversalCreatedEvent, Tag("treasury.credit_reversal.created")],
        Annotated[TreasuryCreditReversalPostedEvent, Tag("treasury.credit_reversal.posted")],
        Annotated[TreasuryDebitReversalCompletedEvent, Tag("treasury.debit_reversal.completed")],
        Annotated[TreasuryDebitReversalCreatedEvent, Tag("treasury.debit_reversal.created")],
        Annotated[
            TreasuryDebitReversalInitialCreditGrantedEvent,
            Tag("treasury.debit_reversal.initial_credit_granted"),
        ],
        Annotated[TreasuryFinancialAccountClosedEvent, Tag("treasury.financial_account.closed")],
        Annotated[TreasuryFinancialAccountCreatedEvent, Tag("treasury.financial_account.created")],
        Annotated[
            TreasuryFinancialAccountFeaturesStatusUpdatedEvent,
            Tag("treasury.financial_account.features_status_updated"),
        ],
        Annotated[TreasuryInboundTransferCanceledEvent, Tag("treasury.inbound_transfer.canceled")],
        Annotated[TreasuryInboundTransferCreatedEvent, Tag("treasury.inbound_transfer.created")],
        Annotated[TreasuryInboundTransferFailedEvent, Tag("treasury.inbound_transfer.failed")],
        Annotated[
            TreasuryInboundTransferSucceededEvent, Tag("treasury.inbound_transfer.succeeded")
        ],
        Annotated[TreasuryOutboundPaymentCanceledEvent, Tag("treasury.outbound_payment.canceled")],
        Annotated[TreasuryOutboundPaymentCreatedEvent, Tag("treasury.outbound_payment.created")],
        Annotated[
            TreasuryOutboundPaymentExpectedArrivalDateUpdatedEvent,
            Tag("treasury.outbound_payment.expected_arrival_date_updated"),
        ],
        Annotated[TreasuryOutboundPaymentFailedEvent, Tag("treasury.outbound_payment.failed")],
        Annotated[TreasuryOutboundPaymentPostedEvent, Tag("treasury.outbound_payment.posted")],
        Annotated[TreasuryOutboundPaymentReturnedEvent, Tag("treasury.outbound_payment.returned")],
        Annotated[
            TreasuryOutboundTransferCanceledEvent, Tag("treasury.outbound_transfer.canceled")
        ],
        Annotated[TreasuryOutboundTransferCreatedEvent, Tag("treasury.outbound_transfer.created")],
        Annotated[
            TreasuryOutboundTransferExpectedArrivalDateUpdatedEvent,
            Tag("treasury.outbound_transfer.expected_arrival_date_updated"),
        ],
        Annotated[TreasuryOutboundTransferFailedEvent, Tag("treasury.outbound_transfer.failed")],
        Annotated[TreasuryOutboundTransferPostedEvent, Tag("treasury.outbound_transfer.posted")],
        Annotated[
            TreasuryOutboundTransferReturnedEvent, Tag("treasury.outbound_transfer.returned")
        ],
        Annotated[TreasuryReceivedCreditCreatedEvent, Tag("treasury.received_credit.created")],
        Annotated[TreasuryReceivedCreditFailedEvent, Tag("treasury.received_credit.failed")],
        Annotated[TreasuryReceivedCreditSucceededEvent, Tag("treasury.received_credit.succeeded")],
        Annotated[TreasuryReceivedDebitCreatedEvent, Tag("treasury.received_debit.created")],
        Annotated[UnknownEvent, Tag(UNKNOWN_TAG)],
    ],
    Discriminator(event_tag(EVENT_TYPES)),
]
"""Any event: narrow it with `isinstance` or by its `type`."""

_PARSER: EventParser[Event] = EventParser(Event, API_VERSION)


def parse_event(payload: dict[str, Any] | str | bytes | bytearray) -> Event | LenientEvent:
    """Parse an event payload (a dict, or JSON text) into its typed event model.

    A payload that does not fit these models gives a `LenientEvent` instead of an exception. When the
    event's `api_version` differs from this package's, an `EventVersionWarning` says so.
    """
    return _PARSER.parse(payload)


class Webhook(WebhookBase[Union[Event, LenientEvent]]):
    """`Webhook.construct_event(payload, sig_header, secret)`: verify the signature, then parse."""

    @staticmethod
    def _parse(data: dict[str, object]) -> Event | LenientEvent:
        return parse_event(data)


__all__ = [
    "Event",
    "EVENT_TYPES",
    "EventVersionWarning",
    "LenientEvent",
    "UnknownEvent",
    "Webhook",
    "parse_event",
]
