# File generated from spec/ by `python -m generator generate`.
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
    from .account_bacs_debit_payments_settings import (
        AccountBacsDebitPaymentsSettings as AccountBacsDebitPaymentsSettings,
    )
    from .account_branding_settings import AccountBrandingSettings as AccountBrandingSettings
    from .account_business_profile import AccountBusinessProfile as AccountBusinessProfile
    from .account_capabilities import AccountCapabilities as AccountCapabilities
    from .account_capability_future_requirements import (
        AccountCapabilityFutureRequirements as AccountCapabilityFutureRequirements,
    )
    from .account_capability_requirements import (
        AccountCapabilityRequirements as AccountCapabilityRequirements,
    )
    from .account_card_issuing_settings import (
        AccountCardIssuingSettings as AccountCardIssuingSettings,
    )
    from .account_card_payments_settings import (
        AccountCardPaymentsSettings as AccountCardPaymentsSettings,
    )
    from .account_dashboard_settings import AccountDashboardSettings as AccountDashboardSettings
    from .account_decline_charge_on import AccountDeclineChargeOn as AccountDeclineChargeOn
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
    from .account_future_requirements import AccountFutureRequirements as AccountFutureRequirements
    from .account_link import AccountLink as AccountLink
    from .account_payments_settings import AccountPaymentsSettings as AccountPaymentsSettings
    from .account_payout_settings import AccountPayoutSettings as AccountPayoutSettings
    from .account_previous_attributes import AccountPreviousAttributes as AccountPreviousAttributes
    from .account_requirements import AccountRequirements as AccountRequirements
    from .account_requirements_alternative import (
        AccountRequirementsAlternative as AccountRequirementsAlternative,
    )
    from .account_requirements_error import AccountRequirementsError as AccountRequirementsError
    from .account_sepa_debit_payments_settings import (
        AccountSepaDebitPaymentsSettings as AccountSepaDebitPaymentsSettings,
    )
    from .account_settings import AccountSettings as AccountSettings
    from .account_terms_of_service import AccountTermsOfService as AccountTermsOfService
    from .account_tos_acceptance import AccountTosAcceptance as AccountTosAcceptance
    from .account_treasury_settings import AccountTreasurySettings as AccountTreasurySettings
    from .account_unification_account_controller import (
        AccountUnificationAccountController as AccountUnificationAccountController,
    )
    from .account_updated_event import AccountUpdatedEvent as AccountUpdatedEvent
    from .address import Address as Address
    from .api_errors import ApiErrors as ApiErrors
    from .apple_pay_domain import ApplePayDomain as ApplePayDomain
    from .application import Application as Application
    from .application_event_data import ApplicationEventData as ApplicationEventData
    from .application_fee import ApplicationFee as ApplicationFee
    from .application_fee_created_event import (
        ApplicationFeeCreatedEvent as ApplicationFeeCreatedEvent,
    )
    from .application_fee_event_data import ApplicationFeeEventData as ApplicationFeeEventData
    from .application_fee_previous_attributes import (
        ApplicationFeePreviousAttributes as ApplicationFeePreviousAttributes,
    )
    from .application_fee_refund_updated_event import (
        ApplicationFeeRefundUpdatedEvent as ApplicationFeeRefundUpdatedEvent,
    )
    from .application_fee_refunded_event import (
        ApplicationFeeRefundedEvent as ApplicationFeeRefundedEvent,
    )
    from .application_fee_refunds import ApplicationFeeRefunds as ApplicationFeeRefunds
    from .application_previous_attributes import (
        ApplicationPreviousAttributes as ApplicationPreviousAttributes,
    )
    from .apps_secret import AppsSecret as AppsSecret
    from .automatic_tax import AutomaticTax as AutomaticTax
    from .balance import Balance as Balance
    from .balance_amount import BalanceAmount as BalanceAmount
    from .balance_amount_by_source_type import (
        BalanceAmountBySourceType as BalanceAmountBySourceType,
    )
    from .balance_available_event import BalanceAvailableEvent as BalanceAvailableEvent
    from .balance_detail import BalanceDetail as BalanceDetail
    from .balance_event_data import BalanceEventData as BalanceEventData
    from .balance_previous_attributes import BalancePreviousAttributes as BalancePreviousAttributes
    from .balance_transaction import BalanceTransaction as BalanceTransaction
    from .bank_account import BankAccount as BankAccount
    from .bank_account_or_card_event_data import (
        BankAccountOrCardEventData as BankAccountOrCardEventData,
    )
    from .bank_account_or_card_or_source_event_data import (
        BankAccountOrCardOrSourceEventData as BankAccountOrCardOrSourceEventData,
    )
    from .bank_connections_resource_accountholder import (
        BankConnectionsResourceAccountholder as BankConnectionsResourceAccountholder,
    )
    from .bank_connections_resource_balance import (
        BankConnectionsResourceBalance as BankConnectionsResourceBalance,
    )
    from .bank_connections_resource_balance_api_resource_cash_balance import (
        BankConnectionsResourceBalanceApiResourceCashBalance as BankConnectionsResourceBalanceApiResourceCashBalance,
    )
    from .bank_connections_resource_balance_api_resource_credit_balance import (
        BankConnectionsResourceBalanceApiResourceCreditBalance as BankConnectionsResourceBalanceApiResourceCreditBalance,
    )
    from .bank_connections_resource_balance_refresh import (
        BankConnectionsResourceBalanceRefresh as BankConnectionsResourceBalanceRefresh,
    )
    from .bank_connections_resource_link_account_session_filters import (
        BankConnectionsResourceLinkAccountSessionFilters as BankConnectionsResourceLinkAccountSessionFilters,
    )
    from .bank_connections_resource_ownership_refresh import (
        BankConnectionsResourceOwnershipRefresh as BankConnectionsResourceOwnershipRefresh,
    )
    from .billing_details import BillingDetails as BillingDetails
    from .billing_portal_configuration import (
        BillingPortalConfiguration as BillingPortalConfiguration,
    )
    from .billing_portal_configuration_created_event import (
        BillingPortalConfigurationCreatedEvent as BillingPortalConfigurationCreatedEvent,
    )
    from .billing_portal_configuration_event_data import (
        BillingPortalConfigurationEventData as BillingPortalConfigurationEventData,
    )
    from .billing_portal_configuration_previous_attributes import (
        BillingPortalConfigurationPreviousAttributes as BillingPortalConfigurationPreviousAttributes,
    )
    from .billing_portal_configuration_updated_event import (
        BillingPortalConfigurationUpdatedEvent as BillingPortalConfigurationUpdatedEvent,
    )
    from .billing_portal_session import BillingPortalSession as BillingPortalSession
    from .billing_portal_session_created_event import (
        BillingPortalSessionCreatedEvent as BillingPortalSessionCreatedEvent,
    )
    from .billing_portal_session_event_data import (
        BillingPortalSessionEventData as BillingPortalSessionEventData,
    )
    from .billing_portal_session_previous_attributes import (
        BillingPortalSessionPreviousAttributes as BillingPortalSessionPreviousAttributes,
    )
    from .capability import Capability as Capability
    from .capability_event_data import CapabilityEventData as CapabilityEventData
    from .capability_previous_attributes import (
        CapabilityPreviousAttributes as CapabilityPreviousAttributes,
    )
    from .capability_updated_event import CapabilityUpdatedEvent as CapabilityUpdatedEvent
    from .card import Card as Card
    from .card_generated_from_payment_method_details import (
        CardGeneratedFromPaymentMethodDetails as CardGeneratedFromPaymentMethodDetails,
    )
    from .card_issuing_account_terms_of_service import (
        CardIssuingAccountTermsOfService as CardIssuingAccountTermsOfService,
    )
    from .card_mandate_payment_method_details import (
        CardMandatePaymentMethodDetails as CardMandatePaymentMethodDetails,
    )
    from .cash_balance import CashBalance as CashBalance
    from .cash_balance_event_data import CashBalanceEventData as CashBalanceEventData
    from .cash_balance_funds_available_event import (
        CashBalanceFundsAvailableEvent as CashBalanceFundsAvailableEvent,
    )
    from .cash_balance_previous_attributes import (
        CashBalancePreviousAttributes as CashBalancePreviousAttributes,
    )
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
    from .checkout_acss_debit_mandate_options import (
        CheckoutAcssDebitMandateOptions as CheckoutAcssDebitMandateOptions,
    )
    from .checkout_acss_debit_payment_method_options import (
        CheckoutAcssDebitPaymentMethodOptions as CheckoutAcssDebitPaymentMethodOptions,
    )
    from .checkout_affirm_payment_method_options import (
        CheckoutAffirmPaymentMethodOptions as CheckoutAffirmPaymentMethodOptions,
    )
    from .checkout_afterpay_clearpay_payment_method_options import (
        CheckoutAfterpayClearpayPaymentMethodOptions as CheckoutAfterpayClearpayPaymentMethodOptions,
    )
    from .checkout_alipay_payment_method_options import (
        CheckoutAlipayPaymentMethodOptions as CheckoutAlipayPaymentMethodOptions,
    )
    from .checkout_au_becs_debit_payment_method_options import (
        CheckoutAuBecsDebitPaymentMethodOptions as CheckoutAuBecsDebitPaymentMethodOptions,
    )
    from .checkout_bacs_debit_payment_method_options import (
        CheckoutBacsDebitPaymentMethodOptions as CheckoutBacsDebitPaymentMethodOptions,
    )
    from .checkout_bancontact_payment_method_options import (
        CheckoutBancontactPaymentMethodOptions as CheckoutBancontactPaymentMethodOptions,
    )
    from .checkout_boleto_payment_method_options import (
        CheckoutBoletoPaymentMethodOptions as CheckoutBoletoPaymentMethodOptions,
    )
    from .checkout_card_installments_options import (
        CheckoutCardInstallmentsOptions as CheckoutCardInstallmentsOptions,
    )
    from .checkout_card_payment_method_options import (
        CheckoutCardPaymentMethodOptions as CheckoutCardPaymentMethodOptions,
    )
    from .checkout_customer_balance_bank_transfer_payment_method_options import (
        CheckoutCustomerBalanceBankTransferPaymentMethodOptions as CheckoutCustomerBalanceBankTransferPaymentMethodOptions,
    )
    from .checkout_customer_balance_payment_method_options import (
        CheckoutCustomerBalancePaymentMethodOptions as CheckoutCustomerBalancePaymentMethodOptions,
    )
    from .checkout_eps_payment_method_options import (
        CheckoutEpsPaymentMethodOptions as CheckoutEpsPaymentMethodOptions,
    )
    from .checkout_fpx_payment_method_options import (
        CheckoutFpxPaymentMethodOptions as CheckoutFpxPaymentMethodOptions,
    )
    from .checkout_giropay_payment_method_options import (
        CheckoutGiropayPaymentMethodOptions as CheckoutGiropayPaymentMethodOptions,
    )
    from .checkout_grab_pay_payment_method_options import (
        CheckoutGrabPayPaymentMethodOptions as CheckoutGrabPayPaymentMethodOptions,
    )
    from .checkout_ideal_payment_method_options import (
        CheckoutIdealPaymentMethodOptions as CheckoutIdealPaymentMethodOptions,
    )
    from .checkout_klarna_payment_method_options import (
        CheckoutKlarnaPaymentMethodOptions as CheckoutKlarnaPaymentMethodOptions,
    )
    from .checkout_konbini_payment_method_options import (
        CheckoutKonbiniPaymentMethodOptions as CheckoutKonbiniPaymentMethodOptions,
    )
    from .checkout_oxxo_payment_method_options import (
        CheckoutOxxoPaymentMethodOptions as CheckoutOxxoPaymentMethodOptions,
    )
    from .checkout_p24_payment_method_options import (
        CheckoutP24PaymentMethodOptions as CheckoutP24PaymentMethodOptions,
    )
    from .checkout_paynow_payment_method_options import (
        CheckoutPaynowPaymentMethodOptions as CheckoutPaynowPaymentMethodOptions,
    )
    from .checkout_pix_payment_method_options import (
        CheckoutPixPaymentMethodOptions as CheckoutPixPaymentMethodOptions,
    )
    from .checkout_sepa_debit_payment_method_options import (
        CheckoutSepaDebitPaymentMethodOptions as CheckoutSepaDebitPaymentMethodOptions,
    )
    from .checkout_session import CheckoutSession as CheckoutSession
    from .checkout_session_async_payment_failed_event import (
        CheckoutSessionAsyncPaymentFailedEvent as CheckoutSessionAsyncPaymentFailedEvent,
    )
    from .checkout_session_async_payment_succeeded_event import (
        CheckoutSessionAsyncPaymentSucceededEvent as CheckoutSessionAsyncPaymentSucceededEvent,
    )
    from .checkout_session_completed_event import (
        CheckoutSessionCompletedEvent as CheckoutSessionCompletedEvent,
    )
    from .checkout_session_event_data import CheckoutSessionEventData as CheckoutSessionEventData
    from .checkout_session_expired_event import (
        CheckoutSessionExpiredEvent as CheckoutSessionExpiredEvent,
    )
    from .checkout_session_line_items import CheckoutSessionLineItems as CheckoutSessionLineItems
    from .checkout_session_payment_method_options import (
        CheckoutSessionPaymentMethodOptions as CheckoutSessionPaymentMethodOptions,
    )
    from .checkout_session_previous_attributes import (
        CheckoutSessionPreviousAttributes as CheckoutSessionPreviousAttributes,
    )
    from .checkout_sofort_payment_method_options import (
        CheckoutSofortPaymentMethodOptions as CheckoutSofortPaymentMethodOptions,
    )
    from .checkout_us_bank_account_payment_method_options import (
        CheckoutUsBankAccountPaymentMethodOptions as CheckoutUsBankAccountPaymentMethodOptions,
    )
    from .connect_collection_transfer import ConnectCollectionTransfer as ConnectCollectionTransfer
    from .country_spec import CountrySpec as CountrySpec
    from .country_spec_verification_field_details import (
        CountrySpecVerificationFieldDetails as CountrySpecVerificationFieldDetails,
    )
    from .country_spec_verification_fields import (
        CountrySpecVerificationFields as CountrySpecVerificationFields,
    )
    from .coupon import Coupon as Coupon
    from .coupon_applies_to import CouponAppliesTo as CouponAppliesTo
    from .coupon_created_event import CouponCreatedEvent as CouponCreatedEvent
    from .coupon_currency_option import CouponCurrencyOption as CouponCurrencyOption
    from .coupon_deleted_event import CouponDeletedEvent as CouponDeletedEvent
    from .coupon_event_data import CouponEventData as CouponEventData
    from .coupon_previous_attributes import CouponPreviousAttributes as CouponPreviousAttributes
    from .coupon_updated_event import CouponUpdatedEvent as CouponUpdatedEvent
    from .credit_note import CreditNote as CreditNote
    from .credit_note_created_event import CreditNoteCreatedEvent as CreditNoteCreatedEvent
    from .credit_note_event_data import CreditNoteEventData as CreditNoteEventData
    from .credit_note_line_item import CreditNoteLineItem as CreditNoteLineItem
    from .credit_note_lines import CreditNoteLines as CreditNoteLines
    from .credit_note_previous_attributes import (
        CreditNotePreviousAttributes as CreditNotePreviousAttributes,
    )
    from .credit_note_tax_amount import CreditNoteTaxAmount as CreditNoteTaxAmount
    from .credit_note_updated_event import CreditNoteUpdatedEvent as CreditNoteUpdatedEvent
    from .credit_note_voided_event import CreditNoteVoidedEvent as CreditNoteVoidedEvent
    from .currency_option import CurrencyOption as CurrencyOption
    from .custom_unit_amount import CustomUnitAmount as CustomUnitAmount
    from .customer import Customer as Customer
    from .customer_acceptance import CustomerAcceptance as CustomerAcceptance
    from .customer_balance_customer_balance_settings import (
        CustomerBalanceCustomerBalanceSettings as CustomerBalanceCustomerBalanceSettings,
    )
    from .customer_balance_resource_cash_balance_transaction_resource_applied_to_payment_transaction import (
        CustomerBalanceResourceCashBalanceTransactionResourceAppliedToPaymentTransaction as CustomerBalanceResourceCashBalanceTransactionResourceAppliedToPaymentTransaction,
    )
    from .customer_balance_resource_cash_balance_transaction_resource_funded_transaction import (
        CustomerBalanceResourceCashBalanceTransactionResourceFundedTransaction as CustomerBalanceResourceCashBalanceTransactionResourceFundedTransaction,
    )
    from .customer_balance_resource_cash_balance_transaction_resource_funded_transaction_resource_bank_transfer import (
        CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransfer as CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransfer,
    )
    from .customer_balance_resource_cash_balance_transaction_resource_funded_transaction_resource_bank_transfer_resource_eu_bank_transfer import (
        CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceEuBankTransfer as CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceEuBankTransfer,
    )
    from .customer_balance_resource_cash_balance_transaction_resource_refunded_from_payment_transaction import (
        CustomerBalanceResourceCashBalanceTransactionResourceRefundedFromPaymentTransaction as CustomerBalanceResourceCashBalanceTransactionResourceRefundedFromPaymentTransaction,
    )
    from .customer_balance_resource_cash_balance_transaction_resource_unapplied_from_payment_transaction import (
        CustomerBalanceResourceCashBalanceTransactionResourceUnappliedFromPaymentTransaction as CustomerBalanceResourceCashBalanceTransactionResourceUnappliedFromPaymentTransaction,
    )
    from .customer_balance_transaction import (
        CustomerBalanceTransaction as CustomerBalanceTransaction,
    )
    from .customer_cash_balance_transaction import (
        CustomerCashBalanceTransaction as CustomerCashBalanceTransaction,
    )
    from .customer_cash_balance_transaction_created_event import (
        CustomerCashBalanceTransactionCreatedEvent as CustomerCashBalanceTransactionCreatedEvent,
    )
    from .customer_cash_balance_transaction_event_data import (
        CustomerCashBalanceTransactionEventData as CustomerCashBalanceTransactionEventData,
    )
    from .customer_cash_balance_transaction_previous_attributes import (
        CustomerCashBalanceTransactionPreviousAttributes as CustomerCashBalanceTransactionPreviousAttributes,
    )
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
    from .customer_subscription_pending_update_applied_event import (
        CustomerSubscriptionPendingUpdateAppliedEvent as CustomerSubscriptionPendingUpdateAppliedEvent,
    )
    from .customer_subscription_pending_update_expired_event import (
        CustomerSubscriptionPendingUpdateExpiredEvent as CustomerSubscriptionPendingUpdateExpiredEvent,
    )
    from .customer_subscription_trial_will_end_event import (
        CustomerSubscriptionTrialWillEndEvent as CustomerSubscriptionTrialWillEndEvent,
    )
    from .customer_subscription_updated_event import (
        CustomerSubscriptionUpdatedEvent as CustomerSubscriptionUpdatedEvent,
    )
    from .customer_subscriptions import CustomerSubscriptions as CustomerSubscriptions
    from .customer_tax import CustomerTax as CustomerTax
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
    from .customer_tax_location import CustomerTaxLocation as CustomerTaxLocation
    from .customer_updated_event import CustomerUpdatedEvent as CustomerUpdatedEvent
    from .deleted_account import DeletedAccount as DeletedAccount
    from .deleted_apple_pay_domain import DeletedApplePayDomain as DeletedApplePayDomain
    from .deleted_application import DeletedApplication as DeletedApplication
    from .deleted_bank_account import DeletedBankAccount as DeletedBankAccount
    from .deleted_card import DeletedCard as DeletedCard
    from .deleted_coupon import DeletedCoupon as DeletedCoupon
    from .deleted_customer import DeletedCustomer as DeletedCustomer
    from .deleted_discount import DeletedDiscount as DeletedDiscount
    from .deleted_invoice import DeletedInvoice as DeletedInvoice
    from .deleted_invoiceitem import DeletedInvoiceitem as DeletedInvoiceitem
    from .deleted_person import DeletedPerson as DeletedPerson
    from .deleted_plan import DeletedPlan as DeletedPlan
    from .deleted_price import DeletedPrice as DeletedPrice
    from .deleted_product import DeletedProduct as DeletedProduct
    from .deleted_radar_value_list import DeletedRadarValueList as DeletedRadarValueList
    from .deleted_radar_value_list_item import (
        DeletedRadarValueListItem as DeletedRadarValueListItem,
    )
    from .deleted_subscription_item import DeletedSubscriptionItem as DeletedSubscriptionItem
    from .deleted_tax_id import DeletedTaxId as DeletedTaxId
    from .deleted_terminal_configuration import (
        DeletedTerminalConfiguration as DeletedTerminalConfiguration,
    )
    from .deleted_terminal_location import DeletedTerminalLocation as DeletedTerminalLocation
    from .deleted_terminal_reader import DeletedTerminalReader as DeletedTerminalReader
    from .deleted_test_helpers_test_clock import (
        DeletedTestHelpersTestClock as DeletedTestHelpersTestClock,
    )
    from .deleted_webhook_endpoint import DeletedWebhookEndpoint as DeletedWebhookEndpoint
    from .discount import Discount as Discount
    from .discount_event_data import DiscountEventData as DiscountEventData
    from .discount_previous_attributes import (
        DiscountPreviousAttributes as DiscountPreviousAttributes,
    )
    from .discounts_resource_discount_amount import (
        DiscountsResourceDiscountAmount as DiscountsResourceDiscountAmount,
    )
    from .dispute import Dispute as Dispute
    from .dispute_event_data import DisputeEventData as DisputeEventData
    from .dispute_evidence import DisputeEvidence as DisputeEvidence
    from .dispute_evidence_details import DisputeEvidenceDetails as DisputeEvidenceDetails
    from .dispute_previous_attributes import DisputePreviousAttributes as DisputePreviousAttributes
    from .email_sent import EmailSent as EmailSent
    from .ephemeral_key import EphemeralKey as EphemeralKey
    from .error import Error as Error
    from .event import Event as Event
    from .exchange_rate import ExchangeRate as ExchangeRate
    from .fee import Fee as Fee
    from .fee_refund import FeeRefund as FeeRefund
    from .fee_refund_event_data import FeeRefundEventData as FeeRefundEventData
    from .fee_refund_previous_attributes import (
        FeeRefundPreviousAttributes as FeeRefundPreviousAttributes,
    )
    from .file import File as File
    from .file_created_event import FileCreatedEvent as FileCreatedEvent
    from .file_event_data import FileEventData as FileEventData
    from .file_link import FileLink as FileLink
    from .file_links import FileLinks as FileLinks
    from .file_previous_attributes import FilePreviousAttributes as FilePreviousAttributes
    from .financial_connections_account import (
        FinancialConnectionsAccount as FinancialConnectionsAccount,
    )
    from .financial_connections_account_created_event import (
        FinancialConnectionsAccountCreatedEvent as FinancialConnectionsAccountCreatedEvent,
    )
    from .financial_connections_account_deactivated_event import (
        FinancialConnectionsAccountDeactivatedEvent as FinancialConnectionsAccountDeactivatedEvent,
    )
    from .financial_connections_account_disconnected_event import (
        FinancialConnectionsAccountDisconnectedEvent as FinancialConnectionsAccountDisconnectedEvent,
    )
    from .financial_connections_account_event_data import (
        FinancialConnectionsAccountEventData as FinancialConnectionsAccountEventData,
    )
    from .financial_connections_account_owner import (
        FinancialConnectionsAccountOwner as FinancialConnectionsAccountOwner,
    )
    from .financial_connections_account_ownership import (
        FinancialConnectionsAccountOwnership as FinancialConnectionsAccountOwnership,
    )
    from .financial_connections_account_ownership_owners import (
        FinancialConnectionsAccountOwnershipOwners as FinancialConnectionsAccountOwnershipOwners,
    )
    from .financial_connections_account_previous_attributes import (
        FinancialConnectionsAccountPreviousAttributes as FinancialConnectionsAccountPreviousAttributes,
    )
    from .financial_connections_account_reactivated_event import (
        FinancialConnectionsAccountReactivatedEvent as FinancialConnectionsAccountReactivatedEvent,
    )
    from .financial_connections_account_refreshed_balance_event import (
        FinancialConnectionsAccountRefreshedBalanceEvent as FinancialConnectionsAccountRefreshedBalanceEvent,
    )
    from .financial_connections_session import (
        FinancialConnectionsSession as FinancialConnectionsSession,
    )
    from .financial_connections_session_accounts import (
        FinancialConnectionsSessionAccounts as FinancialConnectionsSessionAccounts,
    )
    from .financial_reporting_finance_report_run_run_parameters import (
        FinancialReportingFinanceReportRunRunParameters as FinancialReportingFinanceReportRunRunParameters,
    )
    from .funding_instructions import FundingInstructions as FundingInstructions
    from .funding_instructions_bank_transfer import (
        FundingInstructionsBankTransfer as FundingInstructionsBankTransfer,
    )
    from .funding_instructions_bank_transfer_financial_address import (
        FundingInstructionsBankTransferFinancialAddress as FundingInstructionsBankTransferFinancialAddress,
    )
    from .funding_instructions_bank_transfer_iban_record import (
        FundingInstructionsBankTransferIbanRecord as FundingInstructionsBankTransferIbanRecord,
    )
    from .funding_instructions_bank_transfer_sort_code_record import (
        FundingInstructionsBankTransferSortCodeRecord as FundingInstructionsBankTransferSortCodeRecord,
    )
    from .funding_instructions_bank_transfer_spei_record import (
        FundingInstructionsBankTransferSpeiRecord as FundingInstructionsBankTransferSpeiRecord,
    )
    from .funding_instructions_bank_transfer_zengin_record import (
        FundingInstructionsBankTransferZenginRecord as FundingInstructionsBankTransferZenginRecord,
    )
    from .gelato_data_document_report_date_of_birth import (
        GelatoDataDocumentReportDateOfBirth as GelatoDataDocumentReportDateOfBirth,
    )
    from .gelato_data_document_report_expiration_date import (
        GelatoDataDocumentReportExpirationDate as GelatoDataDocumentReportExpirationDate,
    )
    from .gelato_data_document_report_issued_date import (
        GelatoDataDocumentReportIssuedDate as GelatoDataDocumentReportIssuedDate,
    )
    from .gelato_data_id_number_report_date import (
        GelatoDataIdNumberReportDate as GelatoDataIdNumberReportDate,
    )
    from .gelato_data_verified_outputs_date import (
        GelatoDataVerifiedOutputsDate as GelatoDataVerifiedOutputsDate,
    )
    from .gelato_document_report import GelatoDocumentReport as GelatoDocumentReport
    from .gelato_document_report_error import GelatoDocumentReportError as GelatoDocumentReportError
    from .gelato_id_number_report import GelatoIdNumberReport as GelatoIdNumberReport
    from .gelato_id_number_report_error import (
        GelatoIdNumberReportError as GelatoIdNumberReportError,
    )
    from .gelato_report_document_options import (
        GelatoReportDocumentOptions as GelatoReportDocumentOptions,
    )
    from .gelato_report_id_number_options import (
        GelatoReportIdNumberOptions as GelatoReportIdNumberOptions,
    )
    from .gelato_selfie_report import GelatoSelfieReport as GelatoSelfieReport
    from .gelato_selfie_report_error import GelatoSelfieReportError as GelatoSelfieReportError
    from .gelato_session_document_options import (
        GelatoSessionDocumentOptions as GelatoSessionDocumentOptions,
    )
    from .gelato_session_id_number_options import (
        GelatoSessionIdNumberOptions as GelatoSessionIdNumberOptions,
    )
    from .gelato_session_last_error import GelatoSessionLastError as GelatoSessionLastError
    from .gelato_verification_report_options import (
        GelatoVerificationReportOptions as GelatoVerificationReportOptions,
    )
    from .gelato_verification_session_options import (
        GelatoVerificationSessionOptions as GelatoVerificationSessionOptions,
    )
    from .gelato_verified_outputs import GelatoVerifiedOutputs as GelatoVerifiedOutputs
    from .identity_verification_report import (
        IdentityVerificationReport as IdentityVerificationReport,
    )
    from .identity_verification_session import (
        IdentityVerificationSession as IdentityVerificationSession,
    )
    from .identity_verification_session_canceled_event import (
        IdentityVerificationSessionCanceledEvent as IdentityVerificationSessionCanceledEvent,
    )
    from .identity_verification_session_created_event import (
        IdentityVerificationSessionCreatedEvent as IdentityVerificationSessionCreatedEvent,
    )
    from .identity_verification_session_event_data import (
        IdentityVerificationSessionEventData as IdentityVerificationSessionEventData,
    )
    from .identity_verification_session_previous_attributes import (
        IdentityVerificationSessionPreviousAttributes as IdentityVerificationSessionPreviousAttributes,
    )
    from .identity_verification_session_processing_event import (
        IdentityVerificationSessionProcessingEvent as IdentityVerificationSessionProcessingEvent,
    )
    from .identity_verification_session_redacted_event import (
        IdentityVerificationSessionRedactedEvent as IdentityVerificationSessionRedactedEvent,
    )
    from .identity_verification_session_requires_input_event import (
        IdentityVerificationSessionRequiresInputEvent as IdentityVerificationSessionRequiresInputEvent,
    )
    from .identity_verification_session_verified_event import (
        IdentityVerificationSessionVerifiedEvent as IdentityVerificationSessionVerifiedEvent,
    )
    from .inbound_transfers import InboundTransfers as InboundTransfers
    from .inbound_transfers_payment_method_details_us_bank_account import (
        InboundTransfersPaymentMethodDetailsUsBankAccount as InboundTransfersPaymentMethodDetailsUsBankAccount,
    )
    from .invoice import Invoice as Invoice
    from .invoice_created_event import InvoiceCreatedEvent as InvoiceCreatedEvent
    from .invoice_deleted_event import InvoiceDeletedEvent as InvoiceDeletedEvent
    from .invoice_event_data import InvoiceEventData as InvoiceEventData
    from .invoice_finalization_failed_event import (
        InvoiceFinalizationFailedEvent as InvoiceFinalizationFailedEvent,
    )
    from .invoice_finalized_event import InvoiceFinalizedEvent as InvoiceFinalizedEvent
    from .invoice_installments_card import InvoiceInstallmentsCard as InvoiceInstallmentsCard
    from .invoice_item_threshold_reason import (
        InvoiceItemThresholdReason as InvoiceItemThresholdReason,
    )
    from .invoice_line_item_period import InvoiceLineItemPeriod as InvoiceLineItemPeriod
    from .invoice_lines import InvoiceLines as InvoiceLines
    from .invoice_mandate_options_card import InvoiceMandateOptionsCard as InvoiceMandateOptionsCard
    from .invoice_marked_uncollectible_event import (
        InvoiceMarkedUncollectibleEvent as InvoiceMarkedUncollectibleEvent,
    )
    from .invoice_paid_event import InvoicePaidEvent as InvoicePaidEvent
    from .invoice_payment_action_required_event import (
        InvoicePaymentActionRequiredEvent as InvoicePaymentActionRequiredEvent,
    )
    from .invoice_payment_failed_event import InvoicePaymentFailedEvent as InvoicePaymentFailedEvent
    from .invoice_payment_method_options_acss_debit import (
        InvoicePaymentMethodOptionsAcssDebit as InvoicePaymentMethodOptionsAcssDebit,
    )
    from .invoice_payment_method_options_acss_debit_mandate_options import (
        InvoicePaymentMethodOptionsAcssDebitMandateOptions as InvoicePaymentMethodOptionsAcssDebitMandateOptions,
    )
    from .invoice_payment_method_options_bancontact import (
        InvoicePaymentMethodOptionsBancontact as InvoicePaymentMethodOptionsBancontact,
    )
    from .invoice_payment_method_options_card import (
        InvoicePaymentMethodOptionsCard as InvoicePaymentMethodOptionsCard,
    )
    from .invoice_payment_method_options_customer_balance import (
        InvoicePaymentMethodOptionsCustomerBalance as InvoicePaymentMethodOptionsCustomerBalance,
    )
    from .invoice_payment_method_options_customer_balance_bank_transfer import (
        InvoicePaymentMethodOptionsCustomerBalanceBankTransfer as InvoicePaymentMethodOptionsCustomerBalanceBankTransfer,
    )
    from .invoice_payment_method_options_customer_balance_bank_transfer_eu_bank_transfer import (
        InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer as InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer,
    )
    from .invoice_payment_method_options_konbini import (
        InvoicePaymentMethodOptionsKonbini as InvoicePaymentMethodOptionsKonbini,
    )
    from .invoice_payment_method_options_us_bank_account import (
        InvoicePaymentMethodOptionsUsBankAccount as InvoicePaymentMethodOptionsUsBankAccount,
    )
    from .invoice_payment_method_options_us_bank_account_linked_account_options import (
        InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions as InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions,
    )
    from .invoice_payment_succeeded_event import (
        InvoicePaymentSucceededEvent as InvoicePaymentSucceededEvent,
    )
    from .invoice_previous_attributes import InvoicePreviousAttributes as InvoicePreviousAttributes
    from .invoice_sent_event import InvoiceSentEvent as InvoiceSentEvent
    from .invoice_setting_custom_field import InvoiceSettingCustomField as InvoiceSettingCustomField
    from .invoice_setting_customer_setting import (
        InvoiceSettingCustomerSetting as InvoiceSettingCustomerSetting,
    )
    from .invoice_setting_quote_setting import (
        InvoiceSettingQuoteSetting as InvoiceSettingQuoteSetting,
    )
    from .invoice_setting_rendering_options import (
        InvoiceSettingRenderingOptions as InvoiceSettingRenderingOptions,
    )
    from .invoice_setting_subscription_schedule_setting import (
        InvoiceSettingSubscriptionScheduleSetting as InvoiceSettingSubscriptionScheduleSetting,
    )
    from .invoice_tax_amount import InvoiceTaxAmount as InvoiceTaxAmount
    from .invoice_threshold_reason import InvoiceThresholdReason as InvoiceThresholdReason
    from .invoice_transfer_data import InvoiceTransferData as InvoiceTransferData
    from .invoice_upcoming_event import InvoiceUpcomingEvent as InvoiceUpcomingEvent
    from .invoice_updated_event import InvoiceUpdatedEvent as InvoiceUpdatedEvent
    from .invoice_voided_event import InvoiceVoidedEvent as InvoiceVoidedEvent
    from .invoiceitem import Invoiceitem as Invoiceitem
    from .invoiceitem_created_event import InvoiceitemCreatedEvent as InvoiceitemCreatedEvent
    from .invoiceitem_deleted_event import InvoiceitemDeletedEvent as InvoiceitemDeletedEvent
    from .invoiceitem_event_data import InvoiceitemEventData as InvoiceitemEventData
    from .invoiceitem_previous_attributes import (
        InvoiceitemPreviousAttributes as InvoiceitemPreviousAttributes,
    )
    from .invoiceitem_updated_event import InvoiceitemUpdatedEvent as InvoiceitemUpdatedEvent
    from .invoices_from_invoice import InvoicesFromInvoice as InvoicesFromInvoice
    from .invoices_line_items_credited_items import (
        InvoicesLineItemsCreditedItems as InvoicesLineItemsCreditedItems,
    )
    from .invoices_line_items_proration_details import (
        InvoicesLineItemsProrationDetails as InvoicesLineItemsProrationDetails,
    )
    from .invoices_payment_method_options import (
        InvoicesPaymentMethodOptions as InvoicesPaymentMethodOptions,
    )
    from .invoices_payment_settings import InvoicesPaymentSettings as InvoicesPaymentSettings
    from .invoices_resource_invoice_tax_id import (
        InvoicesResourceInvoiceTaxId as InvoicesResourceInvoiceTaxId,
    )
    from .invoices_status_transitions import InvoicesStatusTransitions as InvoicesStatusTransitions
    from .issuing_authorization import IssuingAuthorization as IssuingAuthorization
    from .issuing_authorization_amount_details import (
        IssuingAuthorizationAmountDetails as IssuingAuthorizationAmountDetails,
    )
    from .issuing_authorization_created_event import (
        IssuingAuthorizationCreatedEvent as IssuingAuthorizationCreatedEvent,
    )
    from .issuing_authorization_event_data import (
        IssuingAuthorizationEventData as IssuingAuthorizationEventData,
    )
    from .issuing_authorization_merchant_data import (
        IssuingAuthorizationMerchantData as IssuingAuthorizationMerchantData,
    )
    from .issuing_authorization_network_data import (
        IssuingAuthorizationNetworkData as IssuingAuthorizationNetworkData,
    )
    from .issuing_authorization_pending_request import (
        IssuingAuthorizationPendingRequest as IssuingAuthorizationPendingRequest,
    )
    from .issuing_authorization_previous_attributes import (
        IssuingAuthorizationPreviousAttributes as IssuingAuthorizationPreviousAttributes,
    )
    from .issuing_authorization_request import (
        IssuingAuthorizationRequest as IssuingAuthorizationRequest,
    )
    from .issuing_authorization_request_event import (
        IssuingAuthorizationRequestEvent as IssuingAuthorizationRequestEvent,
    )
    from .issuing_authorization_treasury import (
        IssuingAuthorizationTreasury as IssuingAuthorizationTreasury,
    )
    from .issuing_authorization_updated_event import (
        IssuingAuthorizationUpdatedEvent as IssuingAuthorizationUpdatedEvent,
    )
    from .issuing_authorization_verification_data import (
        IssuingAuthorizationVerificationData as IssuingAuthorizationVerificationData,
    )
    from .issuing_card import IssuingCard as IssuingCard
    from .issuing_card_apple_pay import IssuingCardApplePay as IssuingCardApplePay
    from .issuing_card_authorization_controls import (
        IssuingCardAuthorizationControls as IssuingCardAuthorizationControls,
    )
    from .issuing_card_created_event import IssuingCardCreatedEvent as IssuingCardCreatedEvent
    from .issuing_card_event_data import IssuingCardEventData as IssuingCardEventData
    from .issuing_card_google_pay import IssuingCardGooglePay as IssuingCardGooglePay
    from .issuing_card_previous_attributes import (
        IssuingCardPreviousAttributes as IssuingCardPreviousAttributes,
    )
    from .issuing_card_shipping import IssuingCardShipping as IssuingCardShipping
    from .issuing_card_shipping_customs import (
        IssuingCardShippingCustoms as IssuingCardShippingCustoms,
    )
    from .issuing_card_spending_limit import IssuingCardSpendingLimit as IssuingCardSpendingLimit
    from .issuing_card_updated_event import IssuingCardUpdatedEvent as IssuingCardUpdatedEvent
    from .issuing_card_wallets import IssuingCardWallets as IssuingCardWallets
    from .issuing_cardholder import IssuingCardholder as IssuingCardholder
    from .issuing_cardholder_address import IssuingCardholderAddress as IssuingCardholderAddress
    from .issuing_cardholder_authorization_controls import (
        IssuingCardholderAuthorizationControls as IssuingCardholderAuthorizationControls,
    )
    from .issuing_cardholder_company import IssuingCardholderCompany as IssuingCardholderCompany
    from .issuing_cardholder_created_event import (
        IssuingCardholderCreatedEvent as IssuingCardholderCreatedEvent,
    )
    from .issuing_cardholder_event_data import (
        IssuingCardholderEventData as IssuingCardholderEventData,
    )
    from .issuing_cardholder_id_document import (
        IssuingCardholderIdDocument as IssuingCardholderIdDocument,
    )
    from .issuing_cardholder_individual import (
        IssuingCardholderIndividual as IssuingCardholderIndividual,
    )
    from .issuing_cardholder_individual_dob import (
        IssuingCardholderIndividualDob as IssuingCardholderIndividualDob,
    )
    from .issuing_cardholder_previous_attributes import (
        IssuingCardholderPreviousAttributes as IssuingCardholderPreviousAttributes,
    )
    from .issuing_cardholder_requirements import (
        IssuingCardholderRequirements as IssuingCardholderRequirements,
    )
    from .issuing_cardholder_spending_limit import (
        IssuingCardholderSpendingLimit as IssuingCardholderSpendingLimit,
    )
    from .issuing_cardholder_updated_event import (
        IssuingCardholderUpdatedEvent as IssuingCardholderUpdatedEvent,
    )
    from .issuing_cardholder_verification import (
        IssuingCardholderVerification as IssuingCardholderVerification,
    )
    from .issuing_dispute import IssuingDispute as IssuingDispute
    from .issuing_dispute_canceled_evidence import (
        IssuingDisputeCanceledEvidence as IssuingDisputeCanceledEvidence,
    )
    from .issuing_dispute_closed_event import IssuingDisputeClosedEvent as IssuingDisputeClosedEvent
    from .issuing_dispute_created_event import (
        IssuingDisputeCreatedEvent as IssuingDisputeCreatedEvent,
    )
    from .issuing_dispute_duplicate_evidence import (
        IssuingDisputeDuplicateEvidence as IssuingDisputeDuplicateEvidence,
    )
    from .issuing_dispute_event_data import IssuingDisputeEventData as IssuingDisputeEventData
    from .issuing_dispute_evidence import IssuingDisputeEvidence as IssuingDisputeEvidence
    from .issuing_dispute_fraudulent_evidence import (
        IssuingDisputeFraudulentEvidence as IssuingDisputeFraudulentEvidence,
    )
    from .issuing_dispute_funds_reinstated_event import (
        IssuingDisputeFundsReinstatedEvent as IssuingDisputeFundsReinstatedEvent,
    )
    from .issuing_dispute_merchandise_not_as_described_evidence import (
        IssuingDisputeMerchandiseNotAsDescribedEvidence as IssuingDisputeMerchandiseNotAsDescribedEvidence,
    )
    from .issuing_dispute_not_received_evidence import (
        IssuingDisputeNotReceivedEvidence as IssuingDisputeNotReceivedEvidence,
    )
    from .issuing_dispute_other_evidence import (
        IssuingDisputeOtherEvidence as IssuingDisputeOtherEvidence,
    )
    from .issuing_dispute_previous_attributes import (
        IssuingDisputePreviousAttributes as IssuingDisputePreviousAttributes,
    )
    from .issuing_dispute_service_not_as_described_evidence import (
        IssuingDisputeServiceNotAsDescribedEvidence as IssuingDisputeServiceNotAsDescribedEvidence,
    )
    from .issuing_dispute_submitted_event import (
        IssuingDisputeSubmittedEvent as IssuingDisputeSubmittedEvent,
    )
    from .issuing_dispute_treasury import IssuingDisputeTreasury as IssuingDisputeTreasury
    from .issuing_dispute_updated_event import (
        IssuingDisputeUpdatedEvent as IssuingDisputeUpdatedEvent,
    )
    from .issuing_settlement import IssuingSettlement as IssuingSettlement
    from .issuing_transaction import IssuingTransaction as IssuingTransaction
    from .issuing_transaction_amount_details import (
        IssuingTransactionAmountDetails as IssuingTransactionAmountDetails,
    )
    from .issuing_transaction_created_event import (
        IssuingTransactionCreatedEvent as IssuingTransactionCreatedEvent,
    )
    from .issuing_transaction_event_data import (
        IssuingTransactionEventData as IssuingTransactionEventData,
    )
    from .issuing_transaction_flight_data import (
        IssuingTransactionFlightData as IssuingTransactionFlightData,
    )
    from .issuing_transaction_flight_data_leg import (
        IssuingTransactionFlightDataLeg as IssuingTransactionFlightDataLeg,
    )
    from .issuing_transaction_fuel_data import (
        IssuingTransactionFuelData as IssuingTransactionFuelData,
    )
    from .issuing_transaction_lodging_data import (
        IssuingTransactionLodgingData as IssuingTransactionLodgingData,
    )
    from .issuing_transaction_previous_attributes import (
        IssuingTransactionPreviousAttributes as IssuingTransactionPreviousAttributes,
    )
    from .issuing_transaction_purchase_details import (
        IssuingTransactionPurchaseDetails as IssuingTransactionPurchaseDetails,
    )
    from .issuing_transaction_receipt_data import (
        IssuingTransactionReceiptData as IssuingTransactionReceiptData,
    )
    from .issuing_transaction_treasury import (
        IssuingTransactionTreasury as IssuingTransactionTreasury,
    )
    from .issuing_transaction_updated_event import (
        IssuingTransactionUpdatedEvent as IssuingTransactionUpdatedEvent,
    )
    from .item import Item as Item
    from .legal_entity_company import LegalEntityCompany as LegalEntityCompany
    from .legal_entity_company_verification import (
        LegalEntityCompanyVerification as LegalEntityCompanyVerification,
    )
    from .legal_entity_company_verification_document import (
        LegalEntityCompanyVerificationDocument as LegalEntityCompanyVerificationDocument,
    )
    from .legal_entity_dob import LegalEntityDob as LegalEntityDob
    from .legal_entity_japan_address import LegalEntityJapanAddress as LegalEntityJapanAddress
    from .legal_entity_person_verification import (
        LegalEntityPersonVerification as LegalEntityPersonVerification,
    )
    from .legal_entity_person_verification_document import (
        LegalEntityPersonVerificationDocument as LegalEntityPersonVerificationDocument,
    )
    from .legal_entity_ubo_declaration import LegalEntityUboDeclaration as LegalEntityUboDeclaration
    from .line_item import LineItem as LineItem
    from .line_items_discount_amount import LineItemsDiscountAmount as LineItemsDiscountAmount
    from .line_items_tax_amount import LineItemsTaxAmount as LineItemsTaxAmount
    from .linked_account_options_us_bank_account import (
        LinkedAccountOptionsUsBankAccount as LinkedAccountOptionsUsBankAccount,
    )
    from .login_link import LoginLink as LoginLink
    from .mandate import Mandate as Mandate
    from .mandate_acss_debit import MandateAcssDebit as MandateAcssDebit
    from .mandate_au_becs_debit import MandateAuBecsDebit as MandateAuBecsDebit
    from .mandate_bacs_debit import MandateBacsDebit as MandateBacsDebit
    from .mandate_blik import MandateBlik as MandateBlik
    from .mandate_event_data import MandateEventData as MandateEventData
    from .mandate_link import MandateLink as MandateLink
    from .mandate_multi_use import MandateMultiUse as MandateMultiUse
    from .mandate_options_off_session_details_blik import (
        MandateOptionsOffSessionDetailsBlik as MandateOptionsOffSessionDetailsBlik,
    )
    from .mandate_payment_method_details import (
        MandatePaymentMethodDetails as MandatePaymentMethodDetails,
    )
    from .mandate_previous_attributes import MandatePreviousAttributes as MandatePreviousAttributes
    from .mandate_sepa_debit import MandateSepaDebit as MandateSepaDebit
    from .mandate_single_use import MandateSingleUse as MandateSingleUse
    from .mandate_updated_event import MandateUpdatedEvent as MandateUpdatedEvent
    from .mandate_us_bank_account import MandateUsBankAccount as MandateUsBankAccount
    from .networks import Networks as Networks
    from .notification_event_data import NotificationEventData as NotificationEventData
    from .notification_event_request import NotificationEventRequest as NotificationEventRequest
    from .oauth_deauthorization import OauthDeauthorization as OauthDeauthorization
    from .oauth_error import OauthError as OauthError
    from .oauth_token import OauthToken as OauthToken
    from .offline_acceptance import OfflineAcceptance as OfflineAcceptance
    from .online_acceptance import OnlineAcceptance as OnlineAcceptance
    from .order_created_event import OrderCreatedEvent as OrderCreatedEvent
    from .outbound_payments_payment_method_details import (
        OutboundPaymentsPaymentMethodDetails as OutboundPaymentsPaymentMethodDetails,
    )
    from .outbound_payments_payment_method_details_financial_account import (
        OutboundPaymentsPaymentMethodDetailsFinancialAccount as OutboundPaymentsPaymentMethodDetailsFinancialAccount,
    )
    from .outbound_payments_payment_method_details_us_bank_account import (
        OutboundPaymentsPaymentMethodDetailsUsBankAccount as OutboundPaymentsPaymentMethodDetailsUsBankAccount,
    )
    from .outbound_transfers_payment_method_details import (
        OutboundTransfersPaymentMethodDetails as OutboundTransfersPaymentMethodDetails,
    )
    from .outbound_transfers_payment_method_details_us_bank_account import (
        OutboundTransfersPaymentMethodDetailsUsBankAccount as OutboundTransfersPaymentMethodDetailsUsBankAccount,
    )
    from .package_dimensions import PackageDimensions as PackageDimensions
    from .payment_flows_amount_details import PaymentFlowsAmountDetails as PaymentFlowsAmountDetails
    from .payment_flows_amount_details_resource_tip import (
        PaymentFlowsAmountDetailsResourceTip as PaymentFlowsAmountDetailsResourceTip,
    )
    from .payment_flows_automatic_payment_methods_payment_intent import (
        PaymentFlowsAutomaticPaymentMethodsPaymentIntent as PaymentFlowsAutomaticPaymentMethodsPaymentIntent,
    )
    from .payment_flows_installment_options import (
        PaymentFlowsInstallmentOptions as PaymentFlowsInstallmentOptions,
    )
    from .payment_flows_private_payment_methods_alipay import (
        PaymentFlowsPrivatePaymentMethodsAlipay as PaymentFlowsPrivatePaymentMethodsAlipay,
    )
    from .payment_flows_private_payment_methods_alipay_details import (
        PaymentFlowsPrivatePaymentMethodsAlipayDetails as PaymentFlowsPrivatePaymentMethodsAlipayDetails,
    )
    from .payment_flows_private_payment_methods_klarna_dob import (
        PaymentFlowsPrivatePaymentMethodsKlarnaDob as PaymentFlowsPrivatePaymentMethodsKlarnaDob,
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
    from .payment_intent_next_action_alipay_handle_redirect import (
        PaymentIntentNextActionAlipayHandleRedirect as PaymentIntentNextActionAlipayHandleRedirect,
    )
    from .payment_intent_next_action_boleto import (
        PaymentIntentNextActionBoleto as PaymentIntentNextActionBoleto,
    )
    from .payment_intent_next_action_card_await_notification import (
        PaymentIntentNextActionCardAwaitNotification as PaymentIntentNextActionCardAwaitNotification,
    )
    from .payment_intent_next_action_display_bank_transfer_instructions import (
        PaymentIntentNextActionDisplayBankTransferInstructions as PaymentIntentNextActionDisplayBankTransferInstructions,
    )
    from .payment_intent_next_action_display_oxxo_details import (
        PaymentIntentNextActionDisplayOxxoDetails as PaymentIntentNextActionDisplayOxxoDetails,
    )
    from .payment_intent_next_action_konbini import (
        PaymentIntentNextActionKonbini as PaymentIntentNextActionKonbini,
    )
    from .payment_intent_next_action_konbini_familymart import (
        PaymentIntentNextActionKonbiniFamilymart as PaymentIntentNextActionKonbiniFamilymart,
    )
    from .payment_intent_next_action_konbini_lawson import (
        PaymentIntentNextActionKonbiniLawson as PaymentIntentNextActionKonbiniLawson,
    )
    from .payment_intent_next_action_konbini_ministop import (
        PaymentIntentNextActionKonbiniMinistop as PaymentIntentNextActionKonbiniMinistop,
    )
    from .payment_intent_next_action_konbini_seicomart import (
        PaymentIntentNextActionKonbiniSeicomart as PaymentIntentNextActionKonbiniSeicomart,
    )
    from .payment_intent_next_action_konbini_stores import (
        PaymentIntentNextActionKonbiniStores as PaymentIntentNextActionKonbiniStores,
    )
    from .payment_intent_next_action_paynow_display_qr_code import (
        PaymentIntentNextActionPaynowDisplayQrCode as PaymentIntentNextActionPaynowDisplayQrCode,
    )
    from .payment_intent_next_action_pix_display_qr_code import (
        PaymentIntentNextActionPixDisplayQrCode as PaymentIntentNextActionPixDisplayQrCode,
    )
    from .payment_intent_next_action_promptpay_display_qr_code import (
        PaymentIntentNextActionPromptpayDisplayQrCode as PaymentIntentNextActionPromptpayDisplayQrCode,
    )
    from .payment_intent_next_action_redirect_to_url import (
        PaymentIntentNextActionRedirectToUrl as PaymentIntentNextActionRedirectToUrl,
    )
    from .payment_intent_next_action_verify_with_microdeposits import (
        PaymentIntentNextActionVerifyWithMicrodeposits as PaymentIntentNextActionVerifyWithMicrodeposits,
    )
    from .payment_intent_next_action_wechat_pay_display_qr_code import (
        PaymentIntentNextActionWechatPayDisplayQrCode as PaymentIntentNextActionWechatPayDisplayQrCode,
    )
    from .payment_intent_next_action_wechat_pay_redirect_to_android_app import (
        PaymentIntentNextActionWechatPayRedirectToAndroidApp as PaymentIntentNextActionWechatPayRedirectToAndroidApp,
    )
    from .payment_intent_next_action_wechat_pay_redirect_to_ios_app import (
        PaymentIntentNextActionWechatPayRedirectToIosApp as PaymentIntentNextActionWechatPayRedirectToIosApp,
    )
    from .payment_intent_partially_funded_event import (
        PaymentIntentPartiallyFundedEvent as PaymentIntentPartiallyFundedEvent,
    )
    from .payment_intent_payment_failed_event import (
        PaymentIntentPaymentFailedEvent as PaymentIntentPaymentFailedEvent,
    )
    from .payment_intent_payment_method_options import (
        PaymentIntentPaymentMethodOptions as PaymentIntentPaymentMethodOptions,
    )
    from .payment_intent_payment_method_options_acss_debit import (
        PaymentIntentPaymentMethodOptionsAcssDebit as PaymentIntentPaymentMethodOptionsAcssDebit,
    )
    from .payment_intent_payment_method_options_au_becs_debit import (
        PaymentIntentPaymentMethodOptionsAuBecsDebit as PaymentIntentPaymentMethodOptionsAuBecsDebit,
    )
    from .payment_intent_payment_method_options_blik import (
        PaymentIntentPaymentMethodOptionsBlik as PaymentIntentPaymentMethodOptionsBlik,
    )
    from .payment_intent_payment_method_options_card import (
        PaymentIntentPaymentMethodOptionsCard as PaymentIntentPaymentMethodOptionsCard,
    )
    from .payment_intent_payment_method_options_eps import (
        PaymentIntentPaymentMethodOptionsEps as PaymentIntentPaymentMethodOptionsEps,
    )
    from .payment_intent_payment_method_options_link import (
        PaymentIntentPaymentMethodOptionsLink as PaymentIntentPaymentMethodOptionsLink,
    )
    from .payment_intent_payment_method_options_mandate_options_acss_debit import (
        PaymentIntentPaymentMethodOptionsMandateOptionsAcssDebit as PaymentIntentPaymentMethodOptionsMandateOptionsAcssDebit,
    )
    from .payment_intent_payment_method_options_mandate_options_sepa_debit import (
        PaymentIntentPaymentMethodOptionsMandateOptionsSepaDebit as PaymentIntentPaymentMethodOptionsMandateOptionsSepaDebit,
    )
    from .payment_intent_payment_method_options_sepa_debit import (
        PaymentIntentPaymentMethodOptionsSepaDebit as PaymentIntentPaymentMethodOptionsSepaDebit,
    )
    from .payment_intent_payment_method_options_us_bank_account import (
        PaymentIntentPaymentMethodOptionsUsBankAccount as PaymentIntentPaymentMethodOptionsUsBankAccount,
    )
    from .payment_intent_previous_attributes import (
        PaymentIntentPreviousAttributes as PaymentIntentPreviousAttributes,
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
    from .payment_intent_type_specific_payment_method_options_client import (
        PaymentIntentTypeSpecificPaymentMethodOptionsClient as PaymentIntentTypeSpecificPaymentMethodOptionsClient,
    )
    from .payment_link import PaymentLink as PaymentLink
    from .payment_link_created_event import PaymentLinkCreatedEvent as PaymentLinkCreatedEvent
    from .payment_link_event_data import PaymentLinkEventData as PaymentLinkEventData
    from .payment_link_line_items import PaymentLinkLineItems as PaymentLinkLineItems
    from .payment_link_previous_attributes import (
        PaymentLinkPreviousAttributes as PaymentLinkPreviousAttributes,
    )
    from .payment_link_updated_event import PaymentLinkUpdatedEvent as PaymentLinkUpdatedEvent
    from .payment_links_resource_after_completion import (
        PaymentLinksResourceAfterCompletion as PaymentLinksResourceAfterCompletion,
    )
    from .payment_links_resource_automatic_tax import (
        PaymentLinksResourceAutomaticTax as PaymentLinksResourceAutomaticTax,
    )
    from .payment_links_resource_completion_behavior_confirmation_page import (
        PaymentLinksResourceCompletionBehaviorConfirmationPage as PaymentLinksResourceCompletionBehaviorConfirmationPage,
    )
    from .payment_links_resource_completion_behavior_redirect import (
        PaymentLinksResourceCompletionBehaviorRedirect as PaymentLinksResourceCompletionBehaviorRedirect,
    )
    from .payment_links_resource_consent_collection import (
        PaymentLinksResourceConsentCollection as PaymentLinksResourceConsentCollection,
    )
    from .payment_links_resource_payment_intent_data import (
        PaymentLinksResourcePaymentIntentData as PaymentLinksResourcePaymentIntentData,
    )
    from .payment_links_resource_phone_number_collection import (
        PaymentLinksResourcePhoneNumberCollection as PaymentLinksResourcePhoneNumberCollection,
    )
    from .payment_links_resource_shipping_address_collection import (
        PaymentLinksResourceShippingAddressCollection as PaymentLinksResourceShippingAddressCollection,
    )
    from .payment_links_resource_shipping_option import (
        PaymentLinksResourceShippingOption as PaymentLinksResourceShippingOption,
    )
    from .payment_links_resource_subscription_data import (
        PaymentLinksResourceSubscriptionData as PaymentLinksResourceSubscriptionData,
    )
    from .payment_links_resource_tax_id_collection import (
        PaymentLinksResourceTaxIdCollection as PaymentLinksResourceTaxIdCollection,
    )
    from .payment_links_resource_transfer_data import (
        PaymentLinksResourceTransferData as PaymentLinksResourceTransferData,
    )
    from .payment_method import PaymentMethod as PaymentMethod
    from .payment_method_acss_debit import PaymentMethodAcssDebit as PaymentMethodAcssDebit
    from .payment_method_affirm import PaymentMethodAffirm as PaymentMethodAffirm
    from .payment_method_afterpay_clearpay import (
        PaymentMethodAfterpayClearpay as PaymentMethodAfterpayClearpay,
    )
    from .payment_method_attached_event import (
        PaymentMethodAttachedEvent as PaymentMethodAttachedEvent,
    )
    from .payment_method_au_becs_debit import PaymentMethodAuBecsDebit as PaymentMethodAuBecsDebit
    from .payment_method_automatically_updated_event import (
        PaymentMethodAutomaticallyUpdatedEvent as PaymentMethodAutomaticallyUpdatedEvent,
    )
    from .payment_method_bacs_debit import PaymentMethodBacsDebit as PaymentMethodBacsDebit
    from .payment_method_bancontact import PaymentMethodBancontact as PaymentMethodBancontact
    from .payment_method_blik import PaymentMethodBlik as PaymentMethodBlik
    from .payment_method_boleto import PaymentMethodBoleto as PaymentMethodBoleto
    from .payment_method_card import PaymentMethodCard as PaymentMethodCard
    from .payment_method_card_checks import PaymentMethodCardChecks as PaymentMethodCardChecks
    from .payment_method_card_generated_card import (
        PaymentMethodCardGeneratedCard as PaymentMethodCardGeneratedCard,
    )
    from .payment_method_card_present import PaymentMethodCardPresent as PaymentMethodCardPresent
    from .payment_method_card_wallet import PaymentMethodCardWallet as PaymentMethodCardWallet
    from .payment_method_card_wallet_amex_express_checkout import (
        PaymentMethodCardWalletAmexExpressCheckout as PaymentMethodCardWalletAmexExpressCheckout,
    )
    from .payment_method_card_wallet_apple_pay import (
        PaymentMethodCardWalletApplePay as PaymentMethodCardWalletApplePay,
    )
    from .payment_method_card_wallet_google_pay import (
        PaymentMethodCardWalletGooglePay as PaymentMethodCardWalletGooglePay,
    )
    from .payment_method_card_wallet_masterpass import (
        PaymentMethodCardWalletMasterpass as PaymentMethodCardWalletMasterpass,
    )
    from .payment_method_card_wallet_samsung_pay import (
        PaymentMethodCardWalletSamsungPay as PaymentMethodCardWalletSamsungPay,
    )
    from .payment_method_card_wallet_visa_checkout import (
        PaymentMethodCardWalletVisaCheckout as PaymentMethodCardWalletVisaCheckout,
    )
    from .payment_method_customer_balance import (
        PaymentMethodCustomerBalance as PaymentMethodCustomerBalance,
    )
    from .payment_method_detached_event import (
        PaymentMethodDetachedEvent as PaymentMethodDetachedEvent,
    )
    from .payment_method_details import PaymentMethodDetails as PaymentMethodDetails
    from .payment_method_details_ach_credit_transfer import (
        PaymentMethodDetailsAchCreditTransfer as PaymentMethodDetailsAchCreditTransfer,
    )
    from .payment_method_details_ach_debit import (
        PaymentMethodDetailsAchDebit as PaymentMethodDetailsAchDebit,
    )
    from .payment_method_details_acss_debit import (
        PaymentMethodDetailsAcssDebit as PaymentMethodDetailsAcssDebit,
    )
    from .payment_method_details_affirm import (
        PaymentMethodDetailsAffirm as PaymentMethodDetailsAffirm,
    )
    from .payment_method_details_afterpay_clearpay import (
        PaymentMethodDetailsAfterpayClearpay as PaymentMethodDetailsAfterpayClearpay,
    )
    from .payment_method_details_au_becs_debit import (
        PaymentMethodDetailsAuBecsDebit as PaymentMethodDetailsAuBecsDebit,
    )
    from .payment_method_details_bacs_debit import (
        PaymentMethodDetailsBacsDebit as PaymentMethodDetailsBacsDebit,
    )
    from .payment_method_details_bancontact import (
        PaymentMethodDetailsBancontact as PaymentMethodDetailsBancontact,
    )
    from .payment_method_details_blik import PaymentMethodDetailsBlik as PaymentMethodDetailsBlik
    from .payment_method_details_boleto import (
        PaymentMethodDetailsBoleto as PaymentMethodDetailsBoleto,
    )
    from .payment_method_details_card import PaymentMethodDetailsCard as PaymentMethodDetailsCard
    from .payment_method_details_card_checks import (
        PaymentMethodDetailsCardChecks as PaymentMethodDetailsCardChecks,
    )
    from .payment_method_details_card_installments import (
        PaymentMethodDetailsCardInstallments as PaymentMethodDetailsCardInstallments,
    )
    from .payment_method_details_card_installments_plan import (
        PaymentMethodDetailsCardInstallmentsPlan as PaymentMethodDetailsCardInstallmentsPlan,
    )
    from .payment_method_details_card_present import (
        PaymentMethodDetailsCardPresent as PaymentMethodDetailsCardPresent,
    )
    from .payment_method_details_card_present_receipt import (
        PaymentMethodDetailsCardPresentReceipt as PaymentMethodDetailsCardPresentReceipt,
    )
    from .payment_method_details_card_wallet import (
        PaymentMethodDetailsCardWallet as PaymentMethodDetailsCardWallet,
    )
    from .payment_method_details_card_wallet_amex_express_checkout import (
        PaymentMethodDetailsCardWalletAmexExpressCheckout as PaymentMethodDetailsCardWalletAmexExpressCheckout,
    )
    from .payment_method_details_card_wallet_apple_pay import (
        PaymentMethodDetailsCardWalletApplePay as PaymentMethodDetailsCardWalletApplePay,
    )
    from .payment_method_details_card_wallet_google_pay import (
        PaymentMethodDetailsCardWalletGooglePay as PaymentMethodDetailsCardWalletGooglePay,
    )
    from .payment_method_details_card_wallet_masterpass import (
        PaymentMethodDetailsCardWalletMasterpass as PaymentMethodDetailsCardWalletMasterpass,
    )
    from .payment_method_details_card_wallet_samsung_pay import (
        PaymentMethodDetailsCardWalletSamsungPay as PaymentMethodDetailsCardWalletSamsungPay,
    )
    from .payment_method_details_card_wallet_visa_checkout import (
        PaymentMethodDetailsCardWalletVisaCheckout as PaymentMethodDetailsCardWalletVisaCheckout,
    )
    from .payment_method_details_customer_balance import (
        PaymentMethodDetailsCustomerBalance as PaymentMethodDetailsCustomerBalance,
    )
    from .payment_method_details_eps import PaymentMethodDetailsEps as PaymentMethodDetailsEps
    from .payment_method_details_fpx import PaymentMethodDetailsFpx as PaymentMethodDetailsFpx
    from .payment_method_details_giropay import (
        PaymentMethodDetailsGiropay as PaymentMethodDetailsGiropay,
    )
    from .payment_method_details_grabpay import (
        PaymentMethodDetailsGrabpay as PaymentMethodDetailsGrabpay,
    )
    from .payment_method_details_ideal import PaymentMethodDetailsIdeal as PaymentMethodDetailsIdeal
    from .payment_method_details_interac_present import (
        PaymentMethodDetailsInteracPresent as PaymentMethodDetailsInteracPresent,
    )
    from .payment_method_details_interac_present_receipt import (
        PaymentMethodDetailsInteracPresentReceipt as PaymentMethodDetailsInteracPresentReceipt,
    )
    from .payment_method_details_klarna import (
        PaymentMethodDetailsKlarna as PaymentMethodDetailsKlarna,
    )
    from .payment_method_details_konbini import (
        PaymentMethodDetailsKonbini as PaymentMethodDetailsKonbini,
    )
    from .payment_method_details_konbini_store import (
        PaymentMethodDetailsKonbiniStore as PaymentMethodDetailsKonbiniStore,
    )
    from .payment_method_details_link import PaymentMethodDetailsLink as PaymentMethodDetailsLink
    from .payment_method_details_multibanco import (
        PaymentMethodDetailsMultibanco as PaymentMethodDetailsMultibanco,
    )
    from .payment_method_details_oxxo import PaymentMethodDetailsOxxo as PaymentMethodDetailsOxxo
    from .payment_method_details_p24 import PaymentMethodDetailsP24 as PaymentMethodDetailsP24
    from .payment_method_details_paynow import (
        PaymentMethodDetailsPaynow as PaymentMethodDetailsPaynow,
    )
    from .payment_method_details_pix import PaymentMethodDetailsPix as PaymentMethodDetailsPix
    from .payment_method_details_promptpay import (
        PaymentMethodDetailsPromptpay as PaymentMethodDetailsPromptpay,
    )
    from .payment_method_details_sepa_debit import (
        PaymentMethodDetailsSepaDebit as PaymentMethodDetailsSepaDebit,
    )
    from .payment_method_details_sofort import (
        PaymentMethodDetailsSofort as PaymentMethodDetailsSofort,
    )
    from .payment_method_details_stripe_account import (
        PaymentMethodDetailsStripeAccount as PaymentMethodDetailsStripeAccount,
    )
    from .payment_method_details_us_bank_account import (
        PaymentMethodDetailsUsBankAccount as PaymentMethodDetailsUsBankAccount,
    )
    from .payment_method_details_wechat import (
        PaymentMethodDetailsWechat as PaymentMethodDetailsWechat,
    )
    from .payment_method_details_wechat_pay import (
        PaymentMethodDetailsWechatPay as PaymentMethodDetailsWechatPay,
    )
    from .payment_method_eps import PaymentMethodEps as PaymentMethodEps
    from .payment_method_event_data import PaymentMethodEventData as PaymentMethodEventData
    from .payment_method_fpx import PaymentMethodFpx as PaymentMethodFpx
    from .payment_method_giropay import PaymentMethodGiropay as PaymentMethodGiropay
    from .payment_method_grabpay import PaymentMethodGrabpay as PaymentMethodGrabpay
    from .payment_method_ideal import PaymentMethodIdeal as PaymentMethodIdeal
    from .payment_method_interac_present import (
        PaymentMethodInteracPresent as PaymentMethodInteracPresent,
    )
    from .payment_method_klarna import PaymentMethodKlarna as PaymentMethodKlarna
    from .payment_method_konbini import PaymentMethodKonbini as PaymentMethodKonbini
    from .payment_method_link import PaymentMethodLink as PaymentMethodLink
    from .payment_method_options_affirm import (
        PaymentMethodOptionsAffirm as PaymentMethodOptionsAffirm,
    )
    from .payment_method_options_afterpay_clearpay import (
        PaymentMethodOptionsAfterpayClearpay as PaymentMethodOptionsAfterpayClearpay,
    )
    from .payment_method_options_alipay import (
        PaymentMethodOptionsAlipay as PaymentMethodOptionsAlipay,
    )
    from .payment_method_options_bacs_debit import (
        PaymentMethodOptionsBacsDebit as PaymentMethodOptionsBacsDebit,
    )
    from .payment_method_options_bancontact import (
        PaymentMethodOptionsBancontact as PaymentMethodOptionsBancontact,
    )
    from .payment_method_options_boleto import (
        PaymentMethodOptionsBoleto as PaymentMethodOptionsBoleto,
    )
    from .payment_method_options_card_installments import (
        PaymentMethodOptionsCardInstallments as PaymentMethodOptionsCardInstallments,
    )
    from .payment_method_options_card_mandate_options import (
        PaymentMethodOptionsCardMandateOptions as PaymentMethodOptionsCardMandateOptions,
    )
    from .payment_method_options_card_present import (
        PaymentMethodOptionsCardPresent as PaymentMethodOptionsCardPresent,
    )
    from .payment_method_options_customer_balance import (
        PaymentMethodOptionsCustomerBalance as PaymentMethodOptionsCustomerBalance,
    )
    from .payment_method_options_customer_balance_bank_transfer import (
        PaymentMethodOptionsCustomerBalanceBankTransfer as PaymentMethodOptionsCustomerBalanceBankTransfer,
    )
    from .payment_method_options_customer_balance_eu_bank_account import (
        PaymentMethodOptionsCustomerBalanceEuBankAccount as PaymentMethodOptionsCustomerBalanceEuBankAccount,
    )
    from .payment_method_options_fpx import PaymentMethodOptionsFpx as PaymentMethodOptionsFpx
    from .payment_method_options_giropay import (
        PaymentMethodOptionsGiropay as PaymentMethodOptionsGiropay,
    )
    from .payment_method_options_grabpay import (
        PaymentMethodOptionsGrabpay as PaymentMethodOptionsGrabpay,
    )
    from .payment_method_options_ideal import PaymentMethodOptionsIdeal as PaymentMethodOptionsIdeal
    from .payment_method_options_interac_present import (
        PaymentMethodOptionsInteracPresent as PaymentMethodOptionsInteracPresent,
    )
    from .payment_method_options_klarna import (
        PaymentMethodOptionsKlarna as PaymentMethodOptionsKlarna,
    )
    from .payment_method_options_konbini import (
        PaymentMethodOptionsKonbini as PaymentMethodOptionsKonbini,
    )
    from .payment_method_options_oxxo import PaymentMethodOptionsOxxo as PaymentMethodOptionsOxxo
    from .payment_method_options_p24 import PaymentMethodOptionsP24 as PaymentMethodOptionsP24
    from .payment_method_options_paynow import (
        PaymentMethodOptionsPaynow as PaymentMethodOptionsPaynow,
    )
    from .payment_method_options_pix import PaymentMethodOptionsPix as PaymentMethodOptionsPix
    from .payment_method_options_promptpay import (
        PaymentMethodOptionsPromptpay as PaymentMethodOptionsPromptpay,
    )
    from .payment_method_options_sofort import (
        PaymentMethodOptionsSofort as PaymentMethodOptionsSofort,
    )
    from .payment_method_options_wechat_pay import (
        PaymentMethodOptionsWechatPay as PaymentMethodOptionsWechatPay,
    )
    from .payment_method_oxxo import PaymentMethodOxxo as PaymentMethodOxxo
    from .payment_method_p24 import PaymentMethodP24 as PaymentMethodP24
    from .payment_method_paynow import PaymentMethodPaynow as PaymentMethodPaynow
    from .payment_method_pix import PaymentMethodPix as PaymentMethodPix
    from .payment_method_previous_attributes import (
        PaymentMethodPreviousAttributes as PaymentMethodPreviousAttributes,
    )
    from .payment_method_promptpay import PaymentMethodPromptpay as PaymentMethodPromptpay
    from .payment_method_sepa_debit import PaymentMethodSepaDebit as PaymentMethodSepaDebit
    from .payment_method_sofort import PaymentMethodSofort as PaymentMethodSofort
    from .payment_method_updated_event import PaymentMethodUpdatedEvent as PaymentMethodUpdatedEvent
    from .payment_method_us_bank_account import (
        PaymentMethodUsBankAccount as PaymentMethodUsBankAccount,
    )
    from .payment_method_wechat_pay import PaymentMethodWechatPay as PaymentMethodWechatPay
    from .payment_pages_checkout_session_after_expiration import (
        PaymentPagesCheckoutSessionAfterExpiration as PaymentPagesCheckoutSessionAfterExpiration,
    )
    from .payment_pages_checkout_session_after_expiration_recovery import (
        PaymentPagesCheckoutSessionAfterExpirationRecovery as PaymentPagesCheckoutSessionAfterExpirationRecovery,
    )
    from .payment_pages_checkout_session_automatic_tax import (
        PaymentPagesCheckoutSessionAutomaticTax as PaymentPagesCheckoutSessionAutomaticTax,
    )
    from .payment_pages_checkout_session_consent import (
        PaymentPagesCheckoutSessionConsent as PaymentPagesCheckoutSessionConsent,
    )
    from .payment_pages_checkout_session_consent_collection import (
        PaymentPagesCheckoutSessionConsentCollection as PaymentPagesCheckoutSessionConsentCollection,
    )
    from .payment_pages_checkout_session_customer_details import (
        PaymentPagesCheckoutSessionCustomerDetails as PaymentPagesCheckoutSessionCustomerDetails,
    )
    from .payment_pages_checkout_session_phone_number_collection import (
        PaymentPagesCheckoutSessionPhoneNumberCollection as PaymentPagesCheckoutSessionPhoneNumberCollection,
    )
    from .payment_pages_checkout_session_shipping_address_collection import (
        PaymentPagesCheckoutSessionShippingAddressCollection as PaymentPagesCheckoutSessionShippingAddressCollection,
    )
    from .payment_pages_checkout_session_shipping_cost import (
        PaymentPagesCheckoutSessionShippingCost as PaymentPagesCheckoutSessionShippingCost,
    )
    from .payment_pages_checkout_session_shipping_option import (
        PaymentPagesCheckoutSessionShippingOption as PaymentPagesCheckoutSessionShippingOption,
    )
    from .payment_pages_checkout_session_tax_id import (
        PaymentPagesCheckoutSessionTaxId as PaymentPagesCheckoutSessionTaxId,
    )
    from .payment_pages_checkout_session_tax_id_collection import (
        PaymentPagesCheckoutSessionTaxIdCollection as PaymentPagesCheckoutSessionTaxIdCollection,
    )
    from .payment_pages_checkout_session_total_details import (
        PaymentPagesCheckoutSessionTotalDetails as PaymentPagesCheckoutSessionTotalDetails,
    )
    from .payment_pages_checkout_session_total_details_resource_breakdown import (
        PaymentPagesCheckoutSessionTotalDetailsResourceBreakdown as PaymentPagesCheckoutSessionTotalDetailsResourceBreakdown,
    )
    from .payout import Payout as Payout
    from .payout_canceled_event import PayoutCanceledEvent as PayoutCanceledEvent
    from .payout_created_event import PayoutCreatedEvent as PayoutCreatedEvent
    from .payout_event_data import PayoutEventData as PayoutEventData
    from .payout_failed_event import PayoutFailedEvent as PayoutFailedEvent
    from .payout_paid_event import PayoutPaidEvent as PayoutPaidEvent
    from .payout_previous_attributes import PayoutPreviousAttributes as PayoutPreviousAttributes
    from .payout_updated_event import PayoutUpdatedEvent as PayoutUpdatedEvent
    from .period import Period as Period
    from .person import Person as Person
    from .person_created_event import PersonCreatedEvent as PersonCreatedEvent
    from .person_deleted_event import PersonDeletedEvent as PersonDeletedEvent
    from .person_event_data import PersonEventData as PersonEventData
    from .person_future_requirements import PersonFutureRequirements as PersonFutureRequirements
    from .person_previous_attributes import PersonPreviousAttributes as PersonPreviousAttributes
    from .person_relationship import PersonRelationship as PersonRelationship
    from .person_requirements import PersonRequirements as PersonRequirements
    from .person_updated_event import PersonUpdatedEvent as PersonUpdatedEvent
    from .plan import Plan as Plan
    from .plan_created_event import PlanCreatedEvent as PlanCreatedEvent
    from .plan_deleted_event import PlanDeletedEvent as PlanDeletedEvent
    from .plan_event_data import PlanEventData as PlanEventData
    from .plan_previous_attributes import PlanPreviousAttributes as PlanPreviousAttributes
    from .plan_tier import PlanTier as PlanTier
    from .plan_updated_event import PlanUpdatedEvent as PlanUpdatedEvent
    from .platform_tax_fee import PlatformTaxFee as PlatformTaxFee
    from .portal_business_profile import PortalBusinessProfile as PortalBusinessProfile
    from .portal_customer_update import PortalCustomerUpdate as PortalCustomerUpdate
    from .portal_features import PortalFeatures as PortalFeatures
    from .portal_invoice_list import PortalInvoiceList as PortalInvoiceList
    from .portal_login_page import PortalLoginPage as PortalLoginPage
    from .portal_payment_method_update import PortalPaymentMethodUpdate as PortalPaymentMethodUpdate
    from .portal_subscription_cancel import PortalSubscriptionCancel as PortalSubscriptionCancel
    from .portal_subscription_cancellation_reason import (
        PortalSubscriptionCancellationReason as PortalSubscriptionCancellationReason,
    )
    from .portal_subscription_pause import PortalSubscriptionPause as PortalSubscriptionPause
    from .portal_subscription_update import PortalSubscriptionUpdate as PortalSubscriptionUpdate
    from .portal_subscription_update_product import (
        PortalSubscriptionUpdateProduct as PortalSubscriptionUpdateProduct,
    )
    from .price import Price as Price
    from .price_created_event import PriceCreatedEvent as PriceCreatedEvent
    from .price_deleted_event import PriceDeletedEvent as PriceDeletedEvent
    from .price_event_data import PriceEventData as PriceEventData
    from .price_previous_attributes import PricePreviousAttributes as PricePreviousAttributes
    from .price_tier import PriceTier as PriceTier
    from .price_updated_event import PriceUpdatedEvent as PriceUpdatedEvent
    from .product import Product as Product
    from .product_created_event import ProductCreatedEvent as ProductCreatedEvent
    from .product_deleted_event import ProductDeletedEvent as ProductDeletedEvent
    from .product_event_data import ProductEventData as ProductEventData
    from .product_previous_attributes import ProductPreviousAttributes as ProductPreviousAttributes
    from .product_updated_event import ProductUpdatedEvent as ProductUpdatedEvent
    from .promotion_code import PromotionCode as PromotionCode
    from .promotion_code_created_event import PromotionCodeCreatedEvent as PromotionCodeCreatedEvent
    from .promotion_code_currency_option import (
        PromotionCodeCurrencyOption as PromotionCodeCurrencyOption,
    )
    from .promotion_code_event_data import PromotionCodeEventData as PromotionCodeEventData
    from .promotion_code_previous_attributes import (
        PromotionCodePreviousAttributes as PromotionCodePreviousAttributes,
    )
    from .promotion_code_updated_event import PromotionCodeUpdatedEvent as PromotionCodeUpdatedEvent
    from .promotion_codes_resource_restrictions import (
        PromotionCodesResourceRestrictions as PromotionCodesResourceRestrictions,
    )
    from .quote import Quote as Quote
    from .quote_accepted_event import QuoteAcceptedEvent as QuoteAcceptedEvent
    from .quote_canceled_event import QuoteCanceledEvent as QuoteCanceledEvent
    from .quote_created_event import QuoteCreatedEvent as QuoteCreatedEvent
    from .quote_event_data import QuoteEventData as QuoteEventData
    from .quote_finalized_event import QuoteFinalizedEvent as QuoteFinalizedEvent
    from .quote_line_items import QuoteLineItems as QuoteLineItems
    from .quote_previous_attributes import QuotePreviousAttributes as QuotePreviousAttributes
    from .quotes_resource_automatic_tax import (
        QuotesResourceAutomaticTax as QuotesResourceAutomaticTax,
    )
    from .quotes_resource_computed import QuotesResourceComputed as QuotesResourceComputed
    from .quotes_resource_from_quote import QuotesResourceFromQuote as QuotesResourceFromQuote
    from .quotes_resource_recurring import QuotesResourceRecurring as QuotesResourceRecurring
    from .quotes_resource_status_transitions import (
        QuotesResourceStatusTransitions as QuotesResourceStatusTransitions,
    )
    from .quotes_resource_subscription_data import (
        QuotesResourceSubscriptionData as QuotesResourceSubscriptionData,
    )
    from .quotes_resource_total_details import (
        QuotesResourceTotalDetails as QuotesResourceTotalDetails,
    )
    from .quotes_resource_total_details_resource_breakdown import (
        QuotesResourceTotalDetailsResourceBreakdown as QuotesResourceTotalDetailsResourceBreakdown,
    )
    from .quotes_resource_transfer_data import (
        QuotesResourceTransferData as QuotesResourceTransferData,
    )
    from .quotes_resource_upfront import QuotesResourceUpfront as QuotesResourceUpfront
    from .quotes_resource_upfront_line_items import (
        QuotesResourceUpfrontLineItems as QuotesResourceUpfrontLineItems,
    )
    from .radar_early_fraud_warning import RadarEarlyFraudWarning as RadarEarlyFraudWarning
    from .radar_early_fraud_warning_created_event import (
        RadarEarlyFraudWarningCreatedEvent as RadarEarlyFraudWarningCreatedEvent,
    )
    from .radar_early_fraud_warning_event_data import (
        RadarEarlyFraudWarningEventData as RadarEarlyFraudWarningEventData,
    )
    from .radar_early_fraud_warning_previous_attributes import (
        RadarEarlyFraudWarningPreviousAttributes as RadarEarlyFraudWarningPreviousAttributes,
    )
    from .radar_early_fraud_warning_updated_event import (
        RadarEarlyFraudWarningUpdatedEvent as RadarEarlyFraudWarningUpdatedEvent,
    )
    from .radar_radar_options import RadarRadarOptions as RadarRadarOptions
    from .radar_review_resource_location import (
        RadarReviewResourceLocation as RadarReviewResourceLocation,
    )
    from .radar_review_resource_session import (
        RadarReviewResourceSession as RadarReviewResourceSession,
    )
    from .radar_value_list import RadarValueList as RadarValueList
    from .radar_value_list_item import RadarValueListItem as RadarValueListItem
    from .radar_value_list_list_items import RadarValueListListItems as RadarValueListListItems
    from .received_payment_method_details_financial_account import (
        ReceivedPaymentMethodDetailsFinancialAccount as ReceivedPaymentMethodDetailsFinancialAccount,
    )
    from .recipient_created_event import RecipientCreatedEvent as RecipientCreatedEvent
    from .recipient_deleted_event import RecipientDeletedEvent as RecipientDeletedEvent
    from .recipient_updated_event import RecipientUpdatedEvent as RecipientUpdatedEvent
    from .recurring import Recurring as Recurring
    from .refund import Refund as Refund
    from .refund_event_data import RefundEventData as RefundEventData
    from .refund_next_action import RefundNextAction as RefundNextAction
    from .refund_next_action_display_details import (
        RefundNextActionDisplayDetails as RefundNextActionDisplayDetails,
    )
    from .refund_previous_attributes import RefundPreviousAttributes as RefundPreviousAttributes
    from .reporting_report_run import ReportingReportRun as ReportingReportRun
    from .reporting_report_run_event_data import (
        ReportingReportRunEventData as ReportingReportRunEventData,
    )
    from .reporting_report_run_failed_event import (
        ReportingReportRunFailedEvent as ReportingReportRunFailedEvent,
    )
    from .reporting_report_run_previous_attributes import (
        ReportingReportRunPreviousAttributes as ReportingReportRunPreviousAttributes,
    )
    from .reporting_report_run_succeeded_event import (
        ReportingReportRunSucceededEvent as ReportingReportRunSucceededEvent,
    )
    from .reporting_report_type import ReportingReportType as ReportingReportType
    from .reporting_report_type_event_data import (
        ReportingReportTypeEventData as ReportingReportTypeEventData,
    )
    from .reporting_report_type_previous_attributes import (
        ReportingReportTypePreviousAttributes as ReportingReportTypePreviousAttributes,
    )
    from .reporting_report_type_updated_event import (
        ReportingReportTypeUpdatedEvent as ReportingReportTypeUpdatedEvent,
    )
    from .reserve_transaction import ReserveTransaction as ReserveTransaction
    from .review import Review as Review
    from .review_closed_event import ReviewClosedEvent as ReviewClosedEvent
    from .review_event_data import ReviewEventData as ReviewEventData
    from .review_opened_event import ReviewOpenedEvent as ReviewOpenedEvent
    from .review_previous_attributes import ReviewPreviousAttributes as ReviewPreviousAttributes
    from .rule import Rule as Rule
    from .scheduled_query_run import ScheduledQueryRun as ScheduledQueryRun
    from .scheduled_query_run_event_data import (
        ScheduledQueryRunEventData as ScheduledQueryRunEventData,
    )
    from .scheduled_query_run_previous_attributes import (
        ScheduledQueryRunPreviousAttributes as ScheduledQueryRunPreviousAttributes,
    )
    from .schedules_phase_automatic_tax import (
        SchedulesPhaseAutomaticTax as SchedulesPhaseAutomaticTax,
    )
    from .secret_service_resource_scope import (
        SecretServiceResourceScope as SecretServiceResourceScope,
    )
    from .sepa_debit_generated_from import SepaDebitGeneratedFrom as SepaDebitGeneratedFrom
    from .setup_attempt import SetupAttempt as SetupAttempt
    from .setup_attempt_payment_method_details import (
        SetupAttemptPaymentMethodDetails as SetupAttemptPaymentMethodDetails,
    )
    from .setup_attempt_payment_method_details_acss_debit import (
        SetupAttemptPaymentMethodDetailsAcssDebit as SetupAttemptPaymentMethodDetailsAcssDebit,
    )
    from .setup_attempt_payment_method_details_au_becs_debit import (
        SetupAttemptPaymentMethodDetailsAuBecsDebit as SetupAttemptPaymentMethodDetailsAuBecsDebit,
    )
    from .setup_attempt_payment_method_details_bacs_debit import (
        SetupAttemptPaymentMethodDetailsBacsDebit as SetupAttemptPaymentMethodDetailsBacsDebit,
    )
    from .setup_attempt_payment_method_details_bancontact import (
        SetupAttemptPaymentMethodDetailsBancontact as SetupAttemptPaymentMethodDetailsBancontact,
    )
    from .setup_attempt_payment_method_details_blik import (
        SetupAttemptPaymentMethodDetailsBlik as SetupAttemptPaymentMethodDetailsBlik,
    )
    from .setup_attempt_payment_method_details_boleto import (
        SetupAttemptPaymentMethodDetailsBoleto as SetupAttemptPaymentMethodDetailsBoleto,
    )
    from .setup_attempt_payment_method_details_card import (
        SetupAttemptPaymentMethodDetailsCard as SetupAttemptPaymentMethodDetailsCard,
    )
    from .setup_attempt_payment_method_details_card_present import (
        SetupAttemptPaymentMethodDetailsCardPresent as SetupAttemptPaymentMethodDetailsCardPresent,
    )
    from .setup_attempt_payment_method_details_ideal import (
        SetupAttemptPaymentMethodDetailsIdeal as SetupAttemptPaymentMethodDetailsIdeal,
    )
    from .setup_attempt_payment_method_details_klarna import (
        SetupAttemptPaymentMethodDetailsKlarna as SetupAttemptPaymentMethodDetailsKlarna,
    )
    from .setup_attempt_payment_method_details_link import (
        SetupAttemptPaymentMethodDetailsLink as SetupAttemptPaymentMethodDetailsLink,
    )
    from .setup_attempt_payment_method_details_sepa_debit import (
        SetupAttemptPaymentMethodDetailsSepaDebit as SetupAttemptPaymentMethodDetailsSepaDebit,
    )
    from .setup_attempt_payment_method_details_sofort import (
        SetupAttemptPaymentMethodDetailsSofort as SetupAttemptPaymentMethodDetailsSofort,
    )
    from .setup_attempt_payment_method_details_us_bank_account import (
        SetupAttemptPaymentMethodDetailsUsBankAccount as SetupAttemptPaymentMethodDetailsUsBankAccount,
    )
    from .setup_intent import SetupIntent as SetupIntent
    from .setup_intent_canceled_event import SetupIntentCanceledEvent as SetupIntentCanceledEvent
    from .setup_intent_created_event import SetupIntentCreatedEvent as SetupIntentCreatedEvent
    from .setup_intent_event_data import SetupIntentEventData as SetupIntentEventData
    from .setup_intent_next_action import SetupIntentNextAction as SetupIntentNextAction
    from .setup_intent_next_action_redirect_to_url import (
        SetupIntentNextActionRedirectToUrl as SetupIntentNextActionRedirectToUrl,
    )
    from .setup_intent_next_action_verify_with_microdeposits import (
        SetupIntentNextActionVerifyWithMicrodeposits as SetupIntentNextActionVerifyWithMicrodeposits,
    )
    from .setup_intent_payment_method_options import (
        SetupIntentPaymentMethodOptions as SetupIntentPaymentMethodOptions,
    )
    from .setup_intent_payment_method_options_acss_debit import (
        SetupIntentPaymentMethodOptionsAcssDebit as SetupIntentPaymentMethodOptionsAcssDebit,
    )
    from .setup_intent_payment_method_options_blik import (
        SetupIntentPaymentMethodOptionsBlik as SetupIntentPaymentMethodOptionsBlik,
    )
    from .setup_intent_payment_method_options_card import (
        SetupIntentPaymentMethodOptionsCard as SetupIntentPaymentMethodOptionsCard,
    )
    from .setup_intent_payment_method_options_card_mandate_options import (
        SetupIntentPaymentMethodOptionsCardMandateOptions as SetupIntentPaymentMethodOptionsCardMandateOptions,
    )
    from .setup_intent_payment_method_options_link import (
        SetupIntentPaymentMethodOptionsLink as SetupIntentPaymentMethodOptionsLink,
    )
    from .setup_intent_payment_method_options_mandate_options_acss_debit import (
        SetupIntentPaymentMethodOptionsMandateOptionsAcssDebit as SetupIntentPaymentMethodOptionsMandateOptionsAcssDebit,
    )
    from .setup_intent_payment_method_options_mandate_options_blik import (
        SetupIntentPaymentMethodOptionsMandateOptionsBlik as SetupIntentPaymentMethodOptionsMandateOptionsBlik,
    )
    from .setup_intent_payment_method_options_mandate_options_sepa_debit import (
        SetupIntentPaymentMethodOptionsMandateOptionsSepaDebit as SetupIntentPaymentMethodOptionsMandateOptionsSepaDebit,
    )
    from .setup_intent_payment_method_options_sepa_debit import (
        SetupIntentPaymentMethodOptionsSepaDebit as SetupIntentPaymentMethodOptionsSepaDebit,
    )
    from .setup_intent_payment_method_options_us_bank_account import (
        SetupIntentPaymentMethodOptionsUsBankAccount as SetupIntentPaymentMethodOptionsUsBankAccount,
    )
    from .setup_intent_previous_attributes import (
        SetupIntentPreviousAttributes as SetupIntentPreviousAttributes,
    )
    from .setup_intent_requires_action_event import (
        SetupIntentRequiresActionEvent as SetupIntentRequiresActionEvent,
    )
    from .setup_intent_setup_failed_event import (
        SetupIntentSetupFailedEvent as SetupIntentSetupFailedEvent,
    )
    from .setup_intent_succeeded_event import SetupIntentSucceededEvent as SetupIntentSucceededEvent
    from .setup_intent_type_specific_payment_method_options_client import (
        SetupIntentTypeSpecificPaymentMethodOptionsClient as SetupIntentTypeSpecificPaymentMethodOptionsClient,
    )
    from .shipping import Shipping as Shipping
    from .shipping_rate import ShippingRate as ShippingRate
    from .shipping_rate_currency_option import (
        ShippingRateCurrencyOption as ShippingRateCurrencyOption,
    )
    from .shipping_rate_delivery_estimate import (
        ShippingRateDeliveryEstimate as ShippingRateDeliveryEstimate,
    )
    from .shipping_rate_delivery_estimate_bound import (
        ShippingRateDeliveryEstimateBound as ShippingRateDeliveryEstimateBound,
    )
    from .shipping_rate_fixed_amount import ShippingRateFixedAmount as ShippingRateFixedAmount
    from .sigma_scheduled_query_run_created_event import (
        SigmaScheduledQueryRunCreatedEvent as SigmaScheduledQueryRunCreatedEvent,
    )
    from .sigma_scheduled_query_run_error import (
        SigmaScheduledQueryRunError as SigmaScheduledQueryRunError,
    )
    from .sku_created_event import SkuCreatedEvent as SkuCreatedEvent
    from .sku_deleted_event import SkuDeletedEvent as SkuDeletedEvent
    from .sku_updated_event import SkuUpdatedEvent as SkuUpdatedEvent
    from .source import Source as Source
    from .source_canceled_event import SourceCanceledEvent as SourceCanceledEvent
    from .source_chargeable_event import SourceChargeableEvent as SourceChargeableEvent
    from .source_code_verification_flow import (
        SourceCodeVerificationFlow as SourceCodeVerificationFlow,
    )
    from .source_event_data import SourceEventData as SourceEventData
    from .source_failed_event import SourceFailedEvent as SourceFailedEvent
    from .source_mandate_notification import SourceMandateNotification as SourceMandateNotification
    from .source_mandate_notification_acss_debit_data import (
        SourceMandateNotificationAcssDebitData as SourceMandateNotificationAcssDebitData,
    )
    from .source_mandate_notification_bacs_debit_data import (
        SourceMandateNotificationBacsDebitData as SourceMandateNotificationBacsDebitData,
    )
    from .source_mandate_notification_event import (
        SourceMandateNotificationEvent as SourceMandateNotificationEvent,
    )
    from .source_mandate_notification_sepa_debit_data import (
        SourceMandateNotificationSepaDebitData as SourceMandateNotificationSepaDebitData,
    )
    from .source_order import SourceOrder as SourceOrder
    from .source_order_item import SourceOrderItem as SourceOrderItem
    from .source_owner import SourceOwner as SourceOwner
    from .source_previous_attributes import SourcePreviousAttributes as SourcePreviousAttributes
    from .source_receiver_flow import SourceReceiverFlow as SourceReceiverFlow
    from .source_redirect_flow import SourceRedirectFlow as SourceRedirectFlow
    from .source_refund_attributes_required_event import (
        SourceRefundAttributesRequiredEvent as SourceRefundAttributesRequiredEvent,
    )
    from .source_transaction import SourceTransaction as SourceTransaction
    from .source_transaction_ach_credit_transfer_data import (
        SourceTransactionAchCreditTransferData as SourceTransactionAchCreditTransferData,
    )
    from .source_transaction_chf_credit_transfer_data import (
        SourceTransactionChfCreditTransferData as SourceTransactionChfCreditTransferData,
    )
    from .source_transaction_created_event import (
        SourceTransactionCreatedEvent as SourceTransactionCreatedEvent,
    )
    from .source_transaction_event_data import (
        SourceTransactionEventData as SourceTransactionEventData,
    )
    from .source_transaction_gbp_credit_transfer_data import (
        SourceTransactionGbpCreditTransferData as SourceTransactionGbpCreditTransferData,
    )
    from .source_transaction_paper_check_data import (
        SourceTransactionPaperCheckData as SourceTransactionPaperCheckData,
    )
    from .source_transaction_previous_attributes import (
        SourceTransactionPreviousAttributes as SourceTransactionPreviousAttributes,
    )
    from .source_transaction_sepa_credit_transfer_data import (
        SourceTransactionSepaCreditTransferData as SourceTransactionSepaCreditTransferData,
    )
    from .source_transaction_updated_event import (
        SourceTransactionUpdatedEvent as SourceTransactionUpdatedEvent,
    )
    from .source_type_ach_credit_transfer import (
        SourceTypeAchCreditTransfer as SourceTypeAchCreditTransfer,
    )
    from .source_type_ach_debit import SourceTypeAchDebit as SourceTypeAchDebit
    from .source_type_acss_debit import SourceTypeAcssDebit as SourceTypeAcssDebit
    from .source_type_alipay import SourceTypeAlipay as SourceTypeAlipay
    from .source_type_au_becs_debit import SourceTypeAuBecsDebit as SourceTypeAuBecsDebit
    from .source_type_bancontact import SourceTypeBancontact as SourceTypeBancontact
    from .source_type_card import SourceTypeCard as SourceTypeCard
    from .source_type_card_present import SourceTypeCardPresent as SourceTypeCardPresent
    from .source_type_eps import SourceTypeEps as SourceTypeEps
    from .source_type_giropay import SourceTypeGiropay as SourceTypeGiropay
    from .source_type_ideal import SourceTypeIdeal as SourceTypeIdeal
    from .source_type_klarna import SourceTypeKlarna as SourceTypeKlarna
    from .source_type_multibanco import SourceTypeMultibanco as SourceTypeMultibanco
    from .source_type_p24 import SourceTypeP24 as SourceTypeP24
    from .source_type_sepa_debit import SourceTypeSepaDebit as SourceTypeSepaDebit
    from .source_type_sofort import SourceTypeSofort as SourceTypeSofort
    from .source_type_three_d_secure import SourceTypeThreeDSecure as SourceTypeThreeDSecure
    from .source_type_wechat import SourceTypeWechat as SourceTypeWechat
    from .subscription import Subscription as Subscription
    from .subscription_automatic_tax import SubscriptionAutomaticTax as SubscriptionAutomaticTax
    from .subscription_billing_thresholds import (
        SubscriptionBillingThresholds as SubscriptionBillingThresholds,
    )
    from .subscription_event_data import SubscriptionEventData as SubscriptionEventData
    from .subscription_item import SubscriptionItem as SubscriptionItem
    from .subscription_item_billing_thresholds import (
        SubscriptionItemBillingThresholds as SubscriptionItemBillingThresholds,
    )
    from .subscription_items import SubscriptionItems as SubscriptionItems
    from .subscription_payment_method_options_card import (
        SubscriptionPaymentMethodOptionsCard as SubscriptionPaymentMethodOptionsCard,
    )
    from .subscription_pending_invoice_item_interval import (
        SubscriptionPendingInvoiceItemInterval as SubscriptionPendingInvoiceItemInterval,
    )
    from .subscription_previous_attributes import (
        SubscriptionPreviousAttributes as SubscriptionPreviousAttributes,
    )
    from .subscription_schedule import SubscriptionSchedule as SubscriptionSchedule
    from .subscription_schedule_aborted_event import (
        SubscriptionScheduleAbortedEvent as SubscriptionScheduleAbortedEvent,
    )
    from .subscription_schedule_add_invoice_item import (
        SubscriptionScheduleAddInvoiceItem as SubscriptionScheduleAddInvoiceItem,
    )
    from .subscription_schedule_canceled_event import (
        SubscriptionScheduleCanceledEvent as SubscriptionScheduleCanceledEvent,
    )
    from .subscription_schedule_completed_event import (
        SubscriptionScheduleCompletedEvent as SubscriptionScheduleCompletedEvent,
    )
    from .subscription_schedule_configuration_item import (
        SubscriptionScheduleConfigurationItem as SubscriptionScheduleConfigurationItem,
    )
    from .subscription_schedule_created_event import (
        SubscriptionScheduleCreatedEvent as SubscriptionScheduleCreatedEvent,
    )
    from .subscription_schedule_current_phase import (
        SubscriptionScheduleCurrentPhase as SubscriptionScheduleCurrentPhase,
    )
    from .subscription_schedule_event_data import (
        SubscriptionScheduleEventData as SubscriptionScheduleEventData,
    )
    from .subscription_schedule_expiring_event import (
        SubscriptionScheduleExpiringEvent as SubscriptionScheduleExpiringEvent,
    )
    from .subscription_schedule_phase_configuration import (
        SubscriptionSchedulePhaseConfiguration as SubscriptionSchedulePhaseConfiguration,
    )
    from .subscription_schedule_previous_attributes import (
        SubscriptionSchedulePreviousAttributes as SubscriptionSchedulePreviousAttributes,
    )
    from .subscription_schedule_released_event import (
        SubscriptionScheduleReleasedEvent as SubscriptionScheduleReleasedEvent,
    )
    from .subscription_schedule_updated_event import (
        SubscriptionScheduleUpdatedEvent as SubscriptionScheduleUpdatedEvent,
    )
    from .subscription_schedules_resource_default_settings import (
        SubscriptionSchedulesResourceDefaultSettings as SubscriptionSchedulesResourceDefaultSettings,
    )
    from .subscription_schedules_resource_default_settings_automatic_tax import (
        SubscriptionSchedulesResourceDefaultSettingsAutomaticTax as SubscriptionSchedulesResourceDefaultSettingsAutomaticTax,
    )
    from .subscription_transfer_data import SubscriptionTransferData as SubscriptionTransferData
    from .subscriptions_resource_pause_collection import (
        SubscriptionsResourcePauseCollection as SubscriptionsResourcePauseCollection,
    )
    from .subscriptions_resource_payment_method_options import (
        SubscriptionsResourcePaymentMethodOptions as SubscriptionsResourcePaymentMethodOptions,
    )
    from .subscriptions_resource_payment_settings import (
        SubscriptionsResourcePaymentSettings as SubscriptionsResourcePaymentSettings,
    )
    from .subscriptions_resource_pending_update import (
        SubscriptionsResourcePendingUpdate as SubscriptionsResourcePendingUpdate,
    )
    from .tax_code import TaxCode as TaxCode
    from .tax_deducted_at_source import TaxDeductedAtSource as TaxDeductedAtSource
    from .tax_id import TaxId as TaxId
    from .tax_id_event_data import TaxIdEventData as TaxIdEventData
    from .tax_id_previous_attributes import TaxIdPreviousAttributes as TaxIdPreviousAttributes
    from .tax_id_verification import TaxIdVerification as TaxIdVerification
    from .tax_rate import TaxRate as TaxRate
    from .tax_rate_created_event import TaxRateCreatedEvent as TaxRateCreatedEvent
    from .tax_rate_event_data import TaxRateEventData as TaxRateEventData
    from .tax_rate_previous_attributes import TaxRatePreviousAttributes as TaxRatePreviousAttributes
    from .tax_rate_updated_event import TaxRateUpdatedEvent as TaxRateUpdatedEvent
    from .terminal_configuration import TerminalConfiguration as TerminalConfiguration
    from .terminal_configuration_configuration_resource_currency_specific_config import (
        TerminalConfigurationConfigurationResourceCurrencySpecificConfig as TerminalConfigurationConfigurationResourceCurrencySpecificConfig,
    )
    from .terminal_configuration_configuration_resource_device_type_specific_config import (
        TerminalConfigurationConfigurationResourceDeviceTypeSpecificConfig as TerminalConfigurationConfigurationResourceDeviceTypeSpecificConfig,
    )
    from .terminal_configuration_configuration_resource_tipping import (
        TerminalConfigurationConfigurationResourceTipping as TerminalConfigurationConfigurationResourceTipping,
    )
    from .terminal_connection_token import TerminalConnectionToken as TerminalConnectionToken
    from .terminal_location import TerminalLocation as TerminalLocation
    from .terminal_reader import TerminalReader as TerminalReader
    from .terminal_reader_action_failed_event import (
        TerminalReaderActionFailedEvent as TerminalReaderActionFailedEvent,
    )
    from .terminal_reader_action_succeeded_event import (
        TerminalReaderActionSucceededEvent as TerminalReaderActionSucceededEvent,
    )
    from .terminal_reader_event_data import TerminalReaderEventData as TerminalReaderEventData
    from .terminal_reader_previous_attributes import (
        TerminalReaderPreviousAttributes as TerminalReaderPreviousAttributes,
    )
    from .terminal_reader_reader_resource_cart import (
        TerminalReaderReaderResourceCart as TerminalReaderReaderResourceCart,
    )
    from .terminal_reader_reader_resource_line_item import (
        TerminalReaderReaderResourceLineItem as TerminalReaderReaderResourceLineItem,
    )
    from .terminal_reader_reader_resource_process_config import (
        TerminalReaderReaderResourceProcessConfig as TerminalReaderReaderResourceProcessConfig,
    )
    from .terminal_reader_reader_resource_process_payment_intent_action import (
        TerminalReaderReaderResourceProcessPaymentIntentAction as TerminalReaderReaderResourceProcessPaymentIntentAction,
    )
    from .terminal_reader_reader_resource_process_setup_intent_action import (
        TerminalReaderReaderResourceProcessSetupIntentAction as TerminalReaderReaderResourceProcessSetupIntentAction,
    )
    from .terminal_reader_reader_resource_reader_action import (
        TerminalReaderReaderResourceReaderAction as TerminalReaderReaderResourceReaderAction,
    )
    from .terminal_reader_reader_resource_set_reader_display_action import (
        TerminalReaderReaderResourceSetReaderDisplayAction as TerminalReaderReaderResourceSetReaderDisplayAction,
    )
    from .terminal_reader_reader_resource_tipping_config import (
        TerminalReaderReaderResourceTippingConfig as TerminalReaderReaderResourceTippingConfig,
    )
    from .test_helpers_test_clock import TestHelpersTestClock as TestHelpersTestClock
    from .test_helpers_test_clock_advancing_event import (
        TestHelpersTestClockAdvancingEvent as TestHelpersTestClockAdvancingEvent,
    )
    from .test_helpers_test_clock_created_event import (
        TestHelpersTestClockCreatedEvent as TestHelpersTestClockCreatedEvent,
    )
    from .test_helpers_test_clock_deleted_event import (
        TestHelpersTestClockDeletedEvent as TestHelpersTestClockDeletedEvent,
    )
    from .test_helpers_test_clock_event_data import (
        TestHelpersTestClockEventData as TestHelpersTestClockEventData,
    )
    from .test_helpers_test_clock_internal_failure_event import (
        TestHelpersTestClockInternalFailureEvent as TestHelpersTestClockInternalFailureEvent,
    )
    from .test_helpers_test_clock_previous_attributes import (
        TestHelpersTestClockPreviousAttributes as TestHelpersTestClockPreviousAttributes,
    )
    from .test_helpers_test_clock_ready_event import (
        TestHelpersTestClockReadyEvent as TestHelpersTestClockReadyEvent,
    )
    from .three_d_secure_details import ThreeDSecureDetails as ThreeDSecureDetails
    from .three_d_secure_usage import ThreeDSecureUsage as ThreeDSecureUsage
    from .token import Token as Token
    from .topup import Topup as Topup
    from .topup_canceled_event import TopupCanceledEvent as TopupCanceledEvent
    from .topup_created_event import TopupCreatedEvent as TopupCreatedEvent
    from .topup_event_data import TopupEventData as TopupEventData
    from .topup_failed_event import TopupFailedEvent as TopupFailedEvent
    from .topup_previous_attributes import TopupPreviousAttributes as TopupPreviousAttributes
    from .topup_reversed_event import TopupReversedEvent as TopupReversedEvent
    from .topup_succeeded_event import TopupSucceededEvent as TopupSucceededEvent
    from .transfer import Transfer as Transfer
    from .transfer_created_event import TransferCreatedEvent as TransferCreatedEvent
    from .transfer_data import TransferData as TransferData
    from .transfer_event_data import TransferEventData as TransferEventData
    from .transfer_previous_attributes import (
        TransferPreviousAttributes as TransferPreviousAttributes,
    )
    from .transfer_reversal import TransferReversal as TransferReversal
    from .transfer_reversals import TransferReversals as TransferReversals
    from .transfer_reversed_event import TransferReversedEvent as TransferReversedEvent
    from .transfer_schedule import TransferSchedule as TransferSchedule
    from .transfer_updated_event import TransferUpdatedEvent as TransferUpdatedEvent
    from .transform_quantity import TransformQuantity as TransformQuantity
    from .transform_usage import TransformUsage as TransformUsage
    from .treasury_credit_reversal import TreasuryCreditReversal as TreasuryCreditReversal
    from .treasury_credit_reversal_created_event import (
        TreasuryCreditReversalCreatedEvent as TreasuryCreditReversalCreatedEvent,
    )
    from .treasury_credit_reversal_event_data import (
        TreasuryCreditReversalEventData as TreasuryCreditReversalEventData,
    )
    from .treasury_credit_reversal_posted_event import (
        TreasuryCreditReversalPostedEvent as TreasuryCreditReversalPostedEvent,
    )
    from .treasury_credit_reversal_previous_attributes import (
        TreasuryCreditReversalPreviousAttributes as TreasuryCreditReversalPreviousAttributes,
    )
    from .treasury_debit_reversal import TreasuryDebitReversal as TreasuryDebitReversal
    from .treasury_debit_reversal_completed_event import (
        TreasuryDebitReversalCompletedEvent as TreasuryDebitReversalCompletedEvent,
    )
    from .treasury_debit_reversal_created_event import (
        TreasuryDebitReversalCreatedEvent as TreasuryDebitReversalCreatedEvent,
    )
    from .treasury_debit_reversal_event_data import (
        TreasuryDebitReversalEventData as TreasuryDebitReversalEventData,
    )
    from .treasury_debit_reversal_initial_credit_granted_event import (
        TreasuryDebitReversalInitialCreditGrantedEvent as TreasuryDebitReversalInitialCreditGrantedEvent,
    )
    from .treasury_debit_reversal_previous_attributes import (
        TreasuryDebitReversalPreviousAttributes as TreasuryDebitReversalPreviousAttributes,
    )
    from .treasury_financial_account import TreasuryFinancialAccount as TreasuryFinancialAccount
    from .treasury_financial_account_closed_event import (
        TreasuryFinancialAccountClosedEvent as TreasuryFinancialAccountClosedEvent,
    )
    from .treasury_financial_account_created_event import (
        TreasuryFinancialAccountCreatedEvent as TreasuryFinancialAccountCreatedEvent,
    )
    from .treasury_financial_account_event_data import (
        TreasuryFinancialAccountEventData as TreasuryFinancialAccountEventData,
    )
    from .treasury_financial_account_features import (
        TreasuryFinancialAccountFeatures as TreasuryFinancialAccountFeatures,
    )
    from .treasury_financial_account_features_status_updated_event import (
        TreasuryFinancialAccountFeaturesStatusUpdatedEvent as TreasuryFinancialAccountFeaturesStatusUpdatedEvent,
    )
    from .treasury_financial_account_previous_attributes import (
        TreasuryFinancialAccountPreviousAttributes as TreasuryFinancialAccountPreviousAttributes,
    )
    from .treasury_financial_accounts_resource_aba_record import (
        TreasuryFinancialAccountsResourceAbaRecord as TreasuryFinancialAccountsResourceAbaRecord,
    )
    from .treasury_financial_accounts_resource_ach_toggle_settings import (
        TreasuryFinancialAccountsResourceAchToggleSettings as TreasuryFinancialAccountsResourceAchToggleSettings,
    )
    from .treasury_financial_accounts_resource_balance import (
        TreasuryFinancialAccountsResourceBalance as TreasuryFinancialAccountsResourceBalance,
    )
    from .treasury_financial_accounts_resource_closed_status_details import (
        TreasuryFinancialAccountsResourceClosedStatusDetails as TreasuryFinancialAccountsResourceClosedStatusDetails,
    )
    from .treasury_financial_accounts_resource_financial_address import (
        TreasuryFinancialAccountsResourceFinancialAddress as TreasuryFinancialAccountsResourceFinancialAddress,
    )
    from .treasury_financial_accounts_resource_financial_addresses_features import (
        TreasuryFinancialAccountsResourceFinancialAddressesFeatures as TreasuryFinancialAccountsResourceFinancialAddressesFeatures,
    )
    from .treasury_financial_accounts_resource_inbound_transfers import (
        TreasuryFinancialAccountsResourceInboundTransfers as TreasuryFinancialAccountsResourceInboundTransfers,
    )
    from .treasury_financial_accounts_resource_outbound_payments import (
        TreasuryFinancialAccountsResourceOutboundPayments as TreasuryFinancialAccountsResourceOutboundPayments,
    )
    from .treasury_financial_accounts_resource_outbound_transfers import (
        TreasuryFinancialAccountsResourceOutboundTransfers as TreasuryFinancialAccountsResourceOutboundTransfers,
    )
    from .treasury_financial_accounts_resource_platform_restrictions import (
        TreasuryFinancialAccountsResourcePlatformRestrictions as TreasuryFinancialAccountsResourcePlatformRestrictions,
    )
    from .treasury_financial_accounts_resource_status_details import (
        TreasuryFinancialAccountsResourceStatusDetails as TreasuryFinancialAccountsResourceStatusDetails,
    )
    from .treasury_financial_accounts_resource_toggle_settings import (
        TreasuryFinancialAccountsResourceToggleSettings as TreasuryFinancialAccountsResourceToggleSettings,
    )
    from .treasury_financial_accounts_resource_toggles_setting_status_details import (
        TreasuryFinancialAccountsResourceTogglesSettingStatusDetails as TreasuryFinancialAccountsResourceTogglesSettingStatusDetails,
    )
    from .treasury_inbound_transfer import TreasuryInboundTransfer as TreasuryInboundTransfer
    from .treasury_inbound_transfer_canceled_event import (
        TreasuryInboundTransferCanceledEvent as TreasuryInboundTransferCanceledEvent,
    )
    from .treasury_inbound_transfer_created_event import (
        TreasuryInboundTransferCreatedEvent as TreasuryInboundTransferCreatedEvent,
    )
    from .treasury_inbound_transfer_event_data import (
        TreasuryInboundTransferEventData as TreasuryInboundTransferEventData,
    )
    from .treasury_inbound_transfer_failed_event import (
        TreasuryInboundTransferFailedEvent as TreasuryInboundTransferFailedEvent,
    )
    from .treasury_inbound_transfer_previous_attributes import (
        TreasuryInboundTransferPreviousAttributes as TreasuryInboundTransferPreviousAttributes,
    )
    from .treasury_inbound_transfer_succeeded_event import (
        TreasuryInboundTransferSucceededEvent as TreasuryInboundTransferSucceededEvent,
    )
    from .treasury_inbound_transfers_resource_failure_details import (
        TreasuryInboundTransfersResourceFailureDetails as TreasuryInboundTransfersResourceFailureDetails,
    )
    from .treasury_inbound_transfers_resource_inbound_transfer_resource_linked_flows import (
        TreasuryInboundTransfersResourceInboundTransferResourceLinkedFlows as TreasuryInboundTransfersResourceInboundTransferResourceLinkedFlows,
    )
    from .treasury_inbound_transfers_resource_inbound_transfer_resource_status_transitions import (
        TreasuryInboundTransfersResourceInboundTransferResourceStatusTransitions as TreasuryInboundTransfersResourceInboundTransferResourceStatusTransitions,
    )
    from .treasury_outbound_payment import TreasuryOutboundPayment as TreasuryOutboundPayment
    from .treasury_outbound_payment_canceled_event import (
        TreasuryOutboundPaymentCanceledEvent as TreasuryOutboundPaymentCanceledEvent,
    )
    from .treasury_outbound_payment_created_event import (
        TreasuryOutboundPaymentCreatedEvent as TreasuryOutboundPaymentCreatedEvent,
    )
    from .treasury_outbound_payment_event_data import (
        TreasuryOutboundPaymentEventData as TreasuryOutboundPaymentEventData,
    )
    from .treasury_outbound_payment_expected_arrival_date_updated_event import (
        TreasuryOutboundPaymentExpectedArrivalDateUpdatedEvent as TreasuryOutboundPaymentExpectedArrivalDateUpdatedEvent,
    )
    from .treasury_outbound_payment_failed_event import (
        TreasuryOutboundPaymentFailedEvent as TreasuryOutboundPaymentFailedEvent,
    )
    from .treasury_outbound_payment_posted_event import (
        TreasuryOutboundPaymentPostedEvent as TreasuryOutboundPaymentPostedEvent,
    )
    from .treasury_outbound_payment_previous_attributes import (
        TreasuryOutboundPaymentPreviousAttributes as TreasuryOutboundPaymentPreviousAttributes,
    )
    from .treasury_outbound_payment_returned_event import (
        TreasuryOutboundPaymentReturnedEvent as TreasuryOutboundPaymentReturnedEvent,
    )
    from .treasury_outbound_payments_resource_outbound_payment_resource_end_user_details import (
        TreasuryOutboundPaymentsResourceOutboundPaymentResourceEndUserDetails as TreasuryOutboundPaymentsResourceOutboundPaymentResourceEndUserDetails,
    )
    from .treasury_outbound_payments_resource_outbound_payment_resource_status_transitions import (
        TreasuryOutboundPaymentsResourceOutboundPaymentResourceStatusTransitions as TreasuryOutboundPaymentsResourceOutboundPaymentResourceStatusTransitions,
    )
    from .treasury_outbound_payments_resource_returned_status import (
        TreasuryOutboundPaymentsResourceReturnedStatus as TreasuryOutboundPaymentsResourceReturnedStatus,
    )
    from .treasury_outbound_transfer import TreasuryOutboundTransfer as TreasuryOutboundTransfer
    from .treasury_outbound_transfer_canceled_event import (
        TreasuryOutboundTransferCanceledEvent as TreasuryOutboundTransferCanceledEvent,
    )
    from .treasury_outbound_transfer_created_event import (
        TreasuryOutboundTransferCreatedEvent as TreasuryOutboundTransferCreatedEvent,
    )
    from .treasury_outbound_transfer_event_data import (
        TreasuryOutboundTransferEventData as TreasuryOutboundTransferEventData,
    )
    from .treasury_outbound_transfer_expected_arrival_date_updated_event import (
        TreasuryOutboundTransferExpectedArrivalDateUpdatedEvent as TreasuryOutboundTransferExpectedArrivalDateUpdatedEvent,
    )
    from .treasury_outbound_transfer_failed_event import (
        TreasuryOutboundTransferFailedEvent as TreasuryOutboundTransferFailedEvent,
    )
    from .treasury_outbound_transfer_posted_event import (
        TreasuryOutboundTransferPostedEvent as TreasuryOutboundTransferPostedEvent,
    )
    from .treasury_outbound_transfer_previous_attributes import (
        TreasuryOutboundTransferPreviousAttributes as TreasuryOutboundTransferPreviousAttributes,
    )
    from .treasury_outbound_transfer_returned_event import (
        TreasuryOutboundTransferReturnedEvent as TreasuryOutboundTransferReturnedEvent,
    )
    from .treasury_outbound_transfers_resource_returned_details import (
        TreasuryOutboundTransfersResourceReturnedDetails as TreasuryOutboundTransfersResourceReturnedDetails,
    )
    from .treasury_outbound_transfers_resource_status_transitions import (
        TreasuryOutboundTransfersResourceStatusTransitions as TreasuryOutboundTransfersResourceStatusTransitions,
    )
    from .treasury_received_credit import TreasuryReceivedCredit as TreasuryReceivedCredit
    from .treasury_received_credit_created_event import (
        TreasuryReceivedCreditCreatedEvent as TreasuryReceivedCreditCreatedEvent,
    )
    from .treasury_received_credit_event_data import (
        TreasuryReceivedCreditEventData as TreasuryReceivedCreditEventData,
    )
    from .treasury_received_credit_failed_event import (
        TreasuryReceivedCreditFailedEvent as TreasuryReceivedCreditFailedEvent,
    )
    from .treasury_received_credit_previous_attributes import (
        TreasuryReceivedCreditPreviousAttributes as TreasuryReceivedCreditPreviousAttributes,
    )
    from .treasury_received_credit_succeeded_event import (
        TreasuryReceivedCreditSucceededEvent as TreasuryReceivedCreditSucceededEvent,
    )
    from .treasury_received_credits_resource_linked_flows import (
        TreasuryReceivedCreditsResourceLinkedFlows as TreasuryReceivedCreditsResourceLinkedFlows,
    )
    from .treasury_received_credits_resource_reversal_details import (
        TreasuryReceivedCreditsResourceReversalDetails as TreasuryReceivedCreditsResourceReversalDetails,
    )
    from .treasury_received_credits_resource_source_flows_details import (
        TreasuryReceivedCreditsResourceSourceFlowsDetails as TreasuryReceivedCreditsResourceSourceFlowsDetails,
    )
    from .treasury_received_credits_resource_status_transitions import (
        TreasuryReceivedCreditsResourceStatusTransitions as TreasuryReceivedCreditsResourceStatusTransitions,
    )
    from .treasury_received_debit import TreasuryReceivedDebit as TreasuryReceivedDebit
    from .treasury_received_debit_created_event import (
        TreasuryReceivedDebitCreatedEvent as TreasuryReceivedDebitCreatedEvent,
    )
    from .treasury_received_debit_event_data import (
        TreasuryReceivedDebitEventData as TreasuryReceivedDebitEventData,
    )
    from .treasury_received_debit_previous_attributes import (
        TreasuryReceivedDebitPreviousAttributes as TreasuryReceivedDebitPreviousAttributes,
    )
    from .treasury_received_debits_resource_debit_reversal_linked_flows import (
        TreasuryReceivedDebitsResourceDebitReversalLinkedFlows as TreasuryReceivedDebitsResourceDebitReversalLinkedFlows,
    )
    from .treasury_received_debits_resource_linked_flows import (
        TreasuryReceivedDebitsResourceLinkedFlows as TreasuryReceivedDebitsResourceLinkedFlows,
    )
    from .treasury_received_debits_resource_reversal_details import (
        TreasuryReceivedDebitsResourceReversalDetails as TreasuryReceivedDebitsResourceReversalDetails,
    )
    from .treasury_received_debits_resource_status_transitions import (
        TreasuryReceivedDebitsResourceStatusTransitions as TreasuryReceivedDebitsResourceStatusTransitions,
    )
    from .treasury_shared_resource_billing_details import (
        TreasurySharedResourceBillingDetails as TreasurySharedResourceBillingDetails,
    )
    from .treasury_shared_resource_initiating_payment_method_details_initiating_payment_method_details import (
        TreasurySharedResourceInitiatingPaymentMethodDetailsInitiatingPaymentMethodDetails as TreasurySharedResourceInitiatingPaymentMethodDetailsInitiatingPaymentMethodDetails,
    )
    from .treasury_shared_resource_initiating_payment_method_details_us_bank_account import (
        TreasurySharedResourceInitiatingPaymentMethodDetailsUsBankAccount as TreasurySharedResourceInitiatingPaymentMethodDetailsUsBankAccount,
    )
    from .treasury_transaction import TreasuryTransaction as TreasuryTransaction
    from .treasury_transaction_entries import (
        TreasuryTransactionEntries as TreasuryTransactionEntries,
    )
    from .treasury_transaction_entry import TreasuryTransactionEntry as TreasuryTransactionEntry
    from .treasury_transactions_resource_abstract_transaction_resource_status_transitions import (
        TreasuryTransactionsResourceAbstractTransactionResourceStatusTransitions as TreasuryTransactionsResourceAbstractTransactionResourceStatusTransitions,
    )
    from .treasury_transactions_resource_balance_impact import (
        TreasuryTransactionsResourceBalanceImpact as TreasuryTransactionsResourceBalanceImpact,
    )
    from .treasury_transactions_resource_flow_details import (
        TreasuryTransactionsResourceFlowDetails as TreasuryTransactionsResourceFlowDetails,
    )
    from .untyped_event_data import UntypedEventData as UntypedEventData
    from .us_bank_account_networks import UsBankAccountNetworks as UsBankAccountNetworks
    from .usage_record import UsageRecord as UsageRecord
    from .usage_record_summary import UsageRecordSummary as UsageRecordSummary
    from .verification_session_redaction import (
        VerificationSessionRedaction as VerificationSessionRedaction,
    )
    from .webhook_endpoint import WebhookEndpoint as WebhookEndpoint

_MODULES: dict[str, str] = {
    "Account": "account",
    "AccountApplicationAuthorizedEvent": "account_application_authorized_event",
    "AccountApplicationDeauthorizedEvent": "account_application_deauthorized_event",
    "AccountBacsDebitPaymentsSettings": "account_bacs_debit_payments_settings",
    "AccountBrandingSettings": "account_branding_settings",
    "AccountBusinessProfile": "account_business_profile",
    "AccountCapabilities": "account_capabilities",
    "AccountCapabilityFutureRequirements": "account_capability_future_requirements",
    "AccountCapabilityRequirements": "account_capability_requirements",
    "AccountCardIssuingSettings": "account_card_issuing_settings",
    "AccountCardPaymentsSettings": "account_card_payments_settings",
    "AccountDashboardSettings": "account_dashboard_settings",
    "AccountDeclineChargeOn": "account_decline_charge_on",
    "AccountEventData": "account_event_data",
    "AccountExternalAccountCreatedEvent": "account_external_account_created_event",
    "AccountExternalAccountDeletedEvent": "account_external_account_deleted_event",
    "AccountExternalAccountUpdatedEvent": "account_external_account_updated_event",
    "AccountExternalAccounts": "account_external_accounts",
    "AccountFutureRequirements": "account_future_requirements",
    "AccountLink": "account_link",
    "AccountPaymentsSettings": "account_payments_settings",
    "AccountPayoutSettings": "account_payout_settings",
    "AccountPreviousAttributes": "account_previous_attributes",
    "AccountRequirements": "account_requirements",
    "AccountRequirementsAlternative": "account_requirements_alternative",
    "AccountRequirementsError": "account_requirements_error",
    "AccountSepaDebitPaymentsSettings": "account_sepa_debit_payments_settings",
    "AccountSettings": "account_settings",
    "AccountTermsOfService": "account_terms_of_service",
    "AccountTosAcceptance": "account_tos_acceptance",
    "AccountTreasurySettings": "account_treasury_settings",
    "AccountUnificationAccountController": "account_unification_account_controller",
    "AccountUpdatedEvent": "account_updated_event",
    "Address": "address",
    "ApiErrors": "api_errors",
    "ApplePayDomain": "apple_pay_domain",
    "Application": "application",
    "ApplicationEventData": "application_event_data",
    "ApplicationFee": "application_fee",
    "ApplicationFeeCreatedEvent": "application_fee_created_event",
    "ApplicationFeeEventData": "application_fee_event_data",
    "ApplicationFeePreviousAttributes": "application_fee_previous_attributes",
    "ApplicationFeeRefundUpdatedEvent": "application_fee_refund_updated_event",
    "ApplicationFeeRefundedEvent": "application_fee_refunded_event",
    "ApplicationFeeRefunds": "application_fee_refunds",
    "ApplicationPreviousAttributes": "application_previous_attributes",
    "AppsSecret": "apps_secret",
    "AutomaticTax": "automatic_tax",
    "Balance": "balance",
    "BalanceAmount": "balance_amount",
    "BalanceAmountBySourceType": "balance_amount_by_source_type",
    "BalanceAvailableEvent": "balance_available_event",
    "BalanceDetail": "balance_detail",
    "BalanceEventData": "balance_event_data",
    "BalancePreviousAttributes": "balance_previous_attributes",
    "BalanceTransaction": "balance_transaction",
    "BankAccount": "bank_account",
    "BankAccountOrCardEventData": "bank_account_or_card_event_data",
    "BankAccountOrCardOrSourceEventData": "bank_account_or_card_or_source_event_data",
    "BankConnectionsResourceAccountholder": "bank_connections_resource_accountholder",
    "BankConnectionsResourceBalance": "bank_connections_resource_balance",
    "BankConnectionsResourceBalanceApiResourceCashBalance": "bank_connections_resource_balance_api_resource_cash_balance",
    "BankConnectionsResourceBalanceApiResourceCreditBalance": "bank_connections_resource_balance_api_resource_credit_balance",
    "BankConnectionsResourceBalanceRefresh": "bank_connections_resource_balance_refresh",
    "BankConnectionsResourceLinkAccountSessionFilters": "bank_connections_resource_link_account_session_filters",
    "BankConnectionsResourceOwnershipRefresh": "bank_connections_resource_ownership_refresh",
    "BillingDetails": "billing_details",
    "BillingPortalConfiguration": "billing_portal_configuration",
    "BillingPortalConfigurationCreatedEvent": "billing_portal_configuration_created_event",
    "BillingPortalConfigurationEventData": "billing_portal_configuration_event_data",
    "BillingPortalConfigurationPreviousAttributes": "billing_portal_configuration_previous_attributes",
    "BillingPortalConfigurationUpdatedEvent": "billing_portal_configuration_updated_event",
    "BillingPortalSession": "billing_portal_session",
    "BillingPortalSessionCreatedEvent": "billing_portal_session_created_event",
    "BillingPortalSessionEventData": "billing_portal_session_event_data",
    "BillingPortalSessionPreviousAttributes": "billing_portal_session_previous_attributes",
    "Capability": "capability",
    "CapabilityEventData": "capability_event_data",
    "CapabilityPreviousAttributes": "capability_previous_attributes",
    "CapabilityUpdatedEvent": "capability_updated_event",
    "Card": "card",
    "CardGeneratedFromPaymentMethodDetails": "card_generated_from_payment_method_details",
    "CardIssuingAccountTermsOfService": "card_issuing_account_terms_of_service",
    "CardMandatePaymentMethodDetails": "card_mandate_payment_method_details",
    "CashBalance": "cash_balance",
    "CashBalanceEventData": "cash_balance_event_data",
    "CashBalanceFundsAvailableEvent": "cash_balance_funds_available_event",
    "CashBalancePreviousAttributes": "cash_balance_previous_attributes",
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
    "CheckoutAcssDebitMandateOptions": "checkout_acss_debit_mandate_options",
    "CheckoutAcssDebitPaymentMethodOptions": "checkout_acss_debit_payment_method_options",
    "CheckoutAffirmPaymentMethodOptions": "checkout_affirm_payment_method_options",
    "CheckoutAfterpayClearpayPaymentMethodOptions": "checkout_afterpay_clearpay_payment_method_options",
    "CheckoutAlipayPaymentMethodOptions": "checkout_alipay_payment_method_options",
    "CheckoutAuBecsDebitPaymentMethodOptions": "checkout_au_becs_debit_payment_method_options",
    "CheckoutBacsDebitPaymentMethodOptions": "checkout_bacs_debit_payment_method_options",
    "CheckoutBancontactPaymentMethodOptions": "checkout_bancontact_payment_method_options",
    "CheckoutBoletoPaymentMethodOptions": "checkout_boleto_payment_method_options",
    "CheckoutCardInstallmentsOptions": "checkout_card_installments_options",
    "CheckoutCardPaymentMethodOptions": "checkout_card_payment_method_options",
    "CheckoutCustomerBalanceBankTransferPaymentMethodOptions": "checkout_customer_balance_bank_transfer_payment_method_options",
    "CheckoutCustomerBalancePaymentMethodOptions": "checkout_customer_balance_payment_method_options",
    "CheckoutEpsPaymentMethodOptions": "checkout_eps_payment_method_options",
    "CheckoutFpxPaymentMethodOptions": "checkout_fpx_payment_method_options",
    "CheckoutGiropayPaymentMethodOptions": "checkout_giropay_payment_method_options",
    "CheckoutGrabPayPaymentMethodOptions": "checkout_grab_pay_payment_method_options",
    "CheckoutIdealPaymentMethodOptions": "checkout_ideal_payment_method_options",
    "CheckoutKlarnaPaymentMethodOptions": "checkout_klarna_payment_method_options",
    "CheckoutKonbiniPaymentMethodOptions": "checkout_konbini_payment_method_options",
    "CheckoutOxxoPaymentMethodOptions": "checkout_oxxo_payment_method_options",
    "CheckoutP24PaymentMethodOptions": "checkout_p24_payment_method_options",
    "CheckoutPaynowPaymentMethodOptions": "checkout_paynow_payment_method_options",
    "CheckoutPixPaymentMethodOptions": "checkout_pix_payment_method_options",
    "CheckoutSepaDebitPaymentMethodOptions": "checkout_sepa_debit_payment_method_options",
    "CheckoutSession": "checkout_session",
    "CheckoutSessionAsyncPaymentFailedEvent": "checkout_session_async_payment_failed_event",
    "CheckoutSessionAsyncPaymentSucceededEvent": "checkout_session_async_payment_succeeded_event",
    "CheckoutSessionCompletedEvent": "checkout_session_completed_event",
    "CheckoutSessionEventData": "checkout_session_event_data",
    "CheckoutSessionExpiredEvent": "checkout_session_expired_event",
    "CheckoutSessionLineItems": "checkout_session_line_items",
    "CheckoutSessionPaymentMethodOptions": "checkout_session_payment_method_options",
    "CheckoutSessionPreviousAttributes": "checkout_session_previous_attributes",
    "CheckoutSofortPaymentMethodOptions": "checkout_sofort_payment_method_options",
    "CheckoutUsBankAccountPaymentMethodOptions": "checkout_us_bank_account_payment_method_options",
    "ConnectCollectionTransfer": "connect_collection_transfer",
    "CountrySpec": "country_spec",
    "CountrySpecVerificationFieldDetails": "country_spec_verification_field_details",
    "CountrySpecVerificationFields": "country_spec_verification_fields",
    "Coupon": "coupon",
    "CouponAppliesTo": "coupon_applies_to",
    "CouponCreatedEvent": "coupon_created_event",
    "CouponCurrencyOption": "coupon_currency_option",
    "CouponDeletedEvent": "coupon_deleted_event",
    "CouponEventData": "coupon_event_data",
    "CouponPreviousAttributes": "coupon_previous_attributes",
    "CouponUpdatedEvent": "coupon_updated_event",
    "CreditNote": "credit_note",
    "CreditNoteCreatedEvent": "credit_note_created_event",
    "CreditNoteEventData": "credit_note_event_data",
    "CreditNoteLineItem": "credit_note_line_item",
    "CreditNoteLines": "credit_note_lines",
    "CreditNotePreviousAttributes": "credit_note_previous_attributes",
    "CreditNoteTaxAmount": "credit_note_tax_amount",
    "CreditNoteUpdatedEvent": "credit_note_updated_event",
    "CreditNoteVoidedEvent": "credit_note_voided_event",
    "CurrencyOption": "currency_option",
    "CustomUnitAmount": "custom_unit_amount",
    "Customer": "customer",
    "CustomerAcceptance": "customer_acceptance",
    "CustomerBalanceCustomerBalanceSettings": "customer_balance_customer_balance_settings",
    "CustomerBalanceResourceCashBalanceTransactionResourceAppliedToPaymentTransaction": "customer_balance_resource_cash_balance_transaction_resource_applied_to_payment_transaction",
    "CustomerBalanceResourceCashBalanceTransactionResourceFundedTransaction": "customer_balance_resource_cash_balance_transaction_resource_funded_transaction",
    "CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransfer": "customer_balance_resource_cash_balance_transaction_resource_funded_transaction_resource_bank_transfer",
    "CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceEuBankTransfer": "customer_balance_resource_cash_balance_transaction_resource_funded_transaction_resource_bank_transfer_resource_eu_bank_transfer",
    "CustomerBalanceResourceCashBalanceTransactionResourceRefundedFromPaymentTransaction": "customer_balance_resource_cash_balance_transaction_resource_refunded_from_payment_transaction",
    "CustomerBalanceResourceCashBalanceTransactionResourceUnappliedFromPaymentTransaction": "customer_balance_resource_cash_balance_transaction_resource_unapplied_from_payment_transaction",
    "CustomerBalanceTransaction": "customer_balance_transaction",
    "CustomerCashBalanceTransaction": "customer_cash_balance_transaction",
    "CustomerCashBalanceTransactionCreatedEvent": "customer_cash_balance_transaction_created_event",
    "CustomerCashBalanceTransactionEventData": "customer_cash_balance_transaction_event_data",
    "CustomerCashBalanceTransactionPreviousAttributes": "customer_cash_balance_transaction_previous_attributes",
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
    "CustomerSubscriptionPendingUpdateAppliedEvent": "customer_subscription_pending_update_applied_event",
    "CustomerSubscriptionPendingUpdateExpiredEvent": "customer_subscription_pending_update_expired_event",
    "CustomerSubscriptionTrialWillEndEvent": "customer_subscription_trial_will_end_event",
    "CustomerSubscriptionUpdatedEvent": "customer_subscription_updated_event",
    "CustomerSubscriptions": "customer_subscriptions",
    "CustomerTax": "customer_tax",
    "CustomerTaxIdCreatedEvent": "customer_tax_id_created_event",
    "CustomerTaxIdDeletedEvent": "customer_tax_id_deleted_event",
    "CustomerTaxIdUpdatedEvent": "customer_tax_id_updated_event",
    "CustomerTaxIds": "customer_tax_ids",
    "CustomerTaxLocation": "customer_tax_location",
    "CustomerUpdatedEvent": "customer_updated_event",
    "DeletedAccount": "deleted_account",
    "DeletedApplePayDomain": "deleted_apple_pay_domain",
    "DeletedApplication": "deleted_application",
    "DeletedBankAccount": "deleted_bank_account",
    "DeletedCard": "deleted_card",
    "DeletedCoupon": "deleted_coupon",
    "DeletedCustomer": "deleted_customer",
    "DeletedDiscount": "deleted_discount",
    "DeletedInvoice": "deleted_invoice",
    "DeletedInvoiceitem": "deleted_invoiceitem",
    "DeletedPerson": "deleted_person",
    "DeletedPlan": "deleted_plan",
    "DeletedPrice": "deleted_price",
    "DeletedProduct": "deleted_product",
    "DeletedRadarValueList": "deleted_radar_value_list",
    "DeletedRadarValueListItem": "deleted_radar_value_list_item",
    "DeletedSubscriptionItem": "deleted_subscription_item",
    "DeletedTaxId": "deleted_tax_id",
    "DeletedTerminalConfiguration": "deleted_terminal_configuration",
    "DeletedTerminalLocation": "deleted_terminal_location",
    "DeletedTerminalReader": "deleted_terminal_reader",
    "DeletedTestHelpersTestClock": "deleted_test_helpers_test_clock",
    "DeletedWebhookEndpoint": "deleted_webhook_endpoint",
    "Discount": "discount",
    "DiscountEventData": "discount_event_data",
    "DiscountPreviousAttributes": "discount_previous_attributes",
    "DiscountsResourceDiscountAmount": "discounts_resource_discount_amount",
    "Dispute": "dispute",
    "DisputeEventData": "dispute_event_data",
    "DisputeEvidence": "dispute_evidence",
    "DisputeEvidenceDetails": "dispute_evidence_details",
    "DisputePreviousAttributes": "dispute_previous_attributes",
    "EmailSent": "email_sent",
    "EphemeralKey": "ephemeral_key",
    "Error": "error",
    "Event": "event",
    "ExchangeRate": "exchange_rate",
    "Fee": "fee",
    "FeeRefund": "fee_refund",
    "FeeRefundEventData": "fee_refund_event_data",
    "FeeRefundPreviousAttributes": "fee_refund_previous_attributes",
    "File": "file",
    "FileCreatedEvent": "file_created_event",
    "FileEventData": "file_event_data",
    "FileLink": "file_link",
    "FileLinks": "file_links",
    "FilePreviousAttributes": "file_previous_attributes",
    "FinancialConnectionsAccount": "financial_connections_account",
    "FinancialConnectionsAccountCreatedEvent": "financial_connections_account_created_event",
    "FinancialConnectionsAccountDeactivatedEvent": "financial_connections_account_deactivated_event",
    "FinancialConnectionsAccountDisconnectedEvent": "financial_connections_account_disconnected_event",
    "FinancialConnectionsAccountEventData": "financial_connections_account_event_data",
    "FinancialConnectionsAccountOwner": "financial_connections_account_owner",
    "FinancialConnectionsAccountOwnership": "financial_connections_account_ownership",
    "FinancialConnectionsAccountOwnershipOwners": "financial_connections_account_ownership_owners",
    "FinancialConnectionsAccountPreviousAttributes": "financial_connections_account_previous_attributes",
    "FinancialConnectionsAccountReactivatedEvent": "financial_connections_account_reactivated_event",
    "FinancialConnectionsAccountRefreshedBalanceEvent": "financial_connections_account_refreshed_balance_event",
    "FinancialConnectionsSession": "financial_connections_session",
    "FinancialConnectionsSessionAccounts": "financial_connections_session_accounts",
    "FinancialReportingFinanceReportRunRunParameters": "financial_reporting_finance_report_run_run_parameters",
    "FundingInstructions": "funding_instructions",
    "FundingInstructionsBankTransfer": "funding_instructions_bank_transfer",
    "FundingInstructionsBankTransferFinancialAddress": "funding_instructions_bank_transfer_financial_address",
    "FundingInstructionsBankTransferIbanRecord": "funding_instructions_bank_transfer_iban_record",
    "FundingInstructionsBankTransferSortCodeRecord": "funding_instructions_bank_transfer_sort_code_record",
    "FundingInstructionsBankTransferSpeiRecord": "funding_instructions_bank_transfer_spei_record",
    "FundingInstructionsBankTransferZenginRecord": "funding_instructions_bank_transfer_zengin_record",
    "GelatoDataDocumentReportDateOfBirth": "gelato_data_document_report_date_of_birth",
    "GelatoDataDocumentReportExpirationDate": "gelato_data_document_report_expiration_date",
    "GelatoDataDocumentReportIssuedDate": "gelato_data_document_report_issued_date",
    "GelatoDataIdNumberReportDate": "gelato_data_id_number_report_date",
    "GelatoDataVerifiedOutputsDate": "gelato_data_verified_outputs_date",
    "GelatoDocumentReport": "gelato_document_report",
    "GelatoDocumentReportError": "gelato_document_report_error",
    "GelatoIdNumberReport": "gelato_id_number_report",
    "GelatoIdNumberReportError": "gelato_id_number_report_error",
    "GelatoReportDocumentOptions": "gelato_report_document_options",
    "GelatoReportIdNumberOptions": "gelato_report_id_number_options",
    "GelatoSelfieReport": "gelato_selfie_report",
    "GelatoSelfieReportError": "gelato_selfie_report_error",
    "GelatoSessionDocumentOptions": "gelato_session_document_options",
    "GelatoSessionIdNumberOptions": "gelato_session_id_number_options",
    "GelatoSessionLastError": "gelato_session_last_error",
    "GelatoVerificationReportOptions": "gelato_verification_report_options",
    "GelatoVerificationSessionOptions": "gelato_verification_session_options",
    "GelatoVerifiedOutputs": "gelato_verified_outputs",
    "IdentityVerificationReport": "identity_verification_report",
    "IdentityVerificationSession": "identity_verification_session",
    "IdentityVerificationSessionCanceledEvent": "identity_verification_session_canceled_event",
    "IdentityVerificationSessionCreatedEvent": "identity_verification_session_created_event",
    "IdentityVerificationSessionEventData": "identity_verification_session_event_data",
    "IdentityVerificationSessionPreviousAttributes": "identity_verification_session_previous_attributes",
    "IdentityVerificationSessionProcessingEvent": "identity_verification_session_processing_event",
    "IdentityVerificationSessionRedactedEvent": "identity_verification_session_redacted_event",
    "IdentityVerificationSessionRequiresInputEvent": "identity_verification_session_requires_input_event",
    "IdentityVerificationSessionVerifiedEvent": "identity_verification_session_verified_event",
    "InboundTransfers": "inbound_transfers",
    "InboundTransfersPaymentMethodDetailsUsBankAccount": "inbound_transfers_payment_method_details_us_bank_account",
    "Invoice": "invoice",
    "InvoiceCreatedEvent": "invoice_created_event",
    "InvoiceDeletedEvent": "invoice_deleted_event",
    "InvoiceEventData": "invoice_event_data",
    "InvoiceFinalizationFailedEvent": "invoice_finalization_failed_event",
    "InvoiceFinalizedEvent": "invoice_finalized_event",
    "InvoiceInstallmentsCard": "invoice_installments_card",
    "InvoiceItemThresholdReason": "invoice_item_threshold_reason",
    "InvoiceLineItemPeriod": "invoice_line_item_period",
    "InvoiceLines": "invoice_lines",
    "InvoiceMandateOptionsCard": "invoice_mandate_options_card",
    "InvoiceMarkedUncollectibleEvent": "invoice_marked_uncollectible_event",
    "InvoicePaidEvent": "invoice_paid_event",
    "InvoicePaymentActionRequiredEvent": "invoice_payment_action_required_event",
    "InvoicePaymentFailedEvent": "invoice_payment_failed_event",
    "InvoicePaymentMethodOptionsAcssDebit": "invoice_payment_method_options_acss_debit",
    "InvoicePaymentMethodOptionsAcssDebitMandateOptions": "invoice_payment_method_options_acss_debit_mandate_options",
    "InvoicePaymentMethodOptionsBancontact": "invoice_payment_method_options_bancontact",
    "InvoicePaymentMethodOptionsCard": "invoice_payment_method_options_card",
    "InvoicePaymentMethodOptionsCustomerBalance": "invoice_payment_method_options_customer_balance",
    "InvoicePaymentMethodOptionsCustomerBalanceBankTransfer": "invoice_payment_method_options_customer_balance_bank_transfer",
    "InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer": "invoice_payment_method_options_customer_balance_bank_transfer_eu_bank_transfer",
    "InvoicePaymentMethodOptionsKonbini": "invoice_payment_method_options_konbini",
    "InvoicePaymentMethodOptionsUsBankAccount": "invoice_payment_method_options_us_bank_account",
    "InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions": "invoice_payment_method_options_us_bank_account_linked_account_options",
    "InvoicePaymentSucceededEvent": "invoice_payment_succeeded_event",
    "InvoicePreviousAttributes": "invoice_previous_attributes",
    "InvoiceSentEvent": "invoice_sent_event",
    "InvoiceSettingCustomField": "invoice_setting_custom_field",
    "InvoiceSettingCustomerSetting": "invoice_setting_customer_setting",
    "InvoiceSettingQuoteSetting": "invoice_setting_quote_setting",
    "InvoiceSettingRenderingOptions": "invoice_setting_rendering_options",
    "InvoiceSettingSubscriptionScheduleSetting": "invoice_setting_subscription_schedule_setting",
    "InvoiceTaxAmount": "invoice_tax_amount",
    "InvoiceThresholdReason": "invoice_threshold_reason",
    "InvoiceTransferData": "invoice_transfer_data",
    "InvoiceUpcomingEvent": "invoice_upcoming_event",
    "InvoiceUpdatedEvent": "invoice_updated_event",
    "InvoiceVoidedEvent": "invoice_voided_event",
    "Invoiceitem": "invoiceitem",
    "InvoiceitemCreatedEvent": "invoiceitem_created_event",
    "InvoiceitemDeletedEvent": "invoiceitem_deleted_event",
    "InvoiceitemEventData": "invoiceitem_event_data",
    "InvoiceitemPreviousAttributes": "invoiceitem_previous_attributes",
    "InvoiceitemUpdatedEvent": "invoiceitem_updated_event",
    "InvoicesFromInvoice": "invoices_from_invoice",
    "InvoicesLineItemsCreditedItems": "invoices_line_items_credited_items",
    "InvoicesLineItemsProrationDetails": "invoices_line_items_proration_details",
    "InvoicesPaymentMethodOptions": "invoices_payment_method_options",
    "InvoicesPaymentSettings": "invoices_payment_settings",
    "InvoicesResourceInvoiceTaxId": "invoices_resource_invoice_tax_id",
    "InvoicesStatusTransitions": "invoices_status_transitions",
    "IssuingAuthorization": "issuing_authorization",
    "IssuingAuthorizationAmountDetails": "issuing_authorization_amount_details",
    "IssuingAuthorizationCreatedEvent": "issuing_authorization_created_event",
    "IssuingAuthorizationEventData": "issuing_authorization_event_data",
    "IssuingAuthorizationMerchantData": "issuing_authorization_merchant_data",
    "IssuingAuthorizationNetworkData": "issuing_authorization_network_data",
    "IssuingAuthorizationPendingRequest": "issuing_authorization_pending_request",
    "IssuingAuthorizationPreviousAttributes": "issuing_authorization_previous_attributes",
    "IssuingAuthorizationRequest": "issuing_authorization_request",
    "IssuingAuthorizationRequestEvent": "issuing_authorization_request_event",
    "IssuingAuthorizationTreasury": "issuing_authorization_treasury",
    "IssuingAuthorizationUpdatedEvent": "issuing_authorization_updated_event",
    "IssuingAuthorizationVerificationData": "issuing_authorization_verification_data",
    "IssuingCard": "issuing_card",
    "IssuingCardApplePay": "issuing_card_apple_pay",
    "IssuingCardAuthorizationControls": "issuing_card_authorization_controls",
    "IssuingCardCreatedEvent": "issuing_card_created_event",
    "IssuingCardEventData": "issuing_card_event_data",
    "IssuingCardGooglePay": "issuing_card_google_pay",
    "IssuingCardPreviousAttributes": "issuing_card_previous_attributes",
    "IssuingCardShipping": "issuing_card_shipping",
    "IssuingCardShippingCustoms": "issuing_card_shipping_customs",
    "IssuingCardSpendingLimit": "issuing_card_spending_limit",
    "IssuingCardUpdatedEvent": "issuing_card_updated_event",
    "IssuingCardWallets": "issuing_card_wallets",
    "IssuingCardholder": "issuing_cardholder",
    "IssuingCardholderAddress": "issuing_cardholder_address",
    "IssuingCardholderAuthorizationControls": "issuing_cardholder_authorization_controls",
    "IssuingCardholderCompany": "issuing_cardholder_company",
    "IssuingCardholderCreatedEvent": "issuing_cardholder_created_event",
    "IssuingCardholderEventData": "issuing_cardholder_event_data",
    "IssuingCardholderIdDocument": "issuing_cardholder_id_document",
    "IssuingCardholderIndividual": "issuing_cardholder_individual",
    "IssuingCardholderIndividualDob": "issuing_cardholder_individual_dob",
    "IssuingCardholderPreviousAttributes": "issuing_cardholder_previous_attributes",
    "IssuingCardholderRequirements": "issuing_cardholder_requirements",
    "IssuingCardholderSpendingLimit": "issuing_cardholder_spending_limit",
    "IssuingCardholderUpdatedEvent": "issuing_cardholder_updated_event",
    "IssuingCardholderVerification": "issuing_cardholder_verification",
    "IssuingDispute": "issuing_dispute",
    "IssuingDisputeCanceledEvidence": "issuing_dispute_canceled_evidence",
    "IssuingDisputeClosedEvent": "issuing_dispute_closed_event",
    "IssuingDisputeCreatedEvent": "issuing_dispute_created_event",
    "IssuingDisputeDuplicateEvidence": "issuing_dispute_duplicate_evidence",
    "IssuingDisputeEventData": "issuing_dispute_event_data",
    "IssuingDisputeEvidence": "issuing_dispute_evidence",
    "IssuingDisputeFraudulentEvidence": "issuing_dispute_fraudulent_evidence",
    "IssuingDisputeFundsReinstatedEvent": "issuing_dispute_funds_reinstated_event",
    "IssuingDisputeMerchandiseNotAsDescribedEvidence": "issuing_dispute_merchandise_not_as_described_evidence",
    "IssuingDisputeNotReceivedEvidence": "issuing_dispute_not_received_evidence",
    "IssuingDisputeOtherEvidence": "issuing_dispute_other_evidence",
    "IssuingDisputePreviousAttributes": "issuing_dispute_previous_attributes",
    "IssuingDisputeServiceNotAsDescribedEvidence": "issuing_dispute_service_not_as_described_evidence",
    "IssuingDisputeSubmittedEvent": "issuing_dispute_submitted_event",
    "IssuingDisputeTreasury": "issuing_dispute_treasury",
    "IssuingDisputeUpdatedEvent": "issuing_dispute_updated_event",
    "IssuingSettlement": "issuing_settlement",
    "IssuingTransaction": "issuing_transaction",
    "IssuingTransactionAmountDetails": "issuing_transaction_amount_details",
    "IssuingTransactionCreatedEvent": "issuing_transaction_created_event",
    "IssuingTransactionEventData": "issuing_transaction_event_data",
    "IssuingTransactionFlightData": "issuing_transaction_flight_data",
    "IssuingTransactionFlightDataLeg": "issuing_transaction_flight_data_leg",
    "IssuingTransactionFuelData": "issuing_transaction_fuel_data",
    "IssuingTransactionLodgingData": "issuing_transaction_lodging_data",
    "IssuingTransactionPreviousAttributes": "issuing_transaction_previous_attributes",
    "IssuingTransactionPurchaseDetails": "issuing_transaction_purchase_details",
    "IssuingTransactionReceiptData": "issuing_transaction_receipt_data",
    "IssuingTransactionTreasury": "issuing_transaction_treasury",
    "IssuingTransactionUpdatedEvent": "issuing_transaction_updated_event",
    "Item": "item",
    "LegalEntityCompany": "legal_entity_company",
    "LegalEntityCompanyVerification": "legal_entity_company_verification",
    "LegalEntityCompanyVerificationDocument": "legal_entity_company_verification_document",
    "LegalEntityDob": "legal_entity_dob",
    "LegalEntityJapanAddress": "legal_entity_japan_address",
    "LegalEntityPersonVerification": "legal_entity_person_verification",
    "LegalEntityPersonVerificationDocument": "legal_entity_person_verification_document",
    "LegalEntityUboDeclaration": "legal_entity_ubo_declaration",
    "LineItem": "line_item",
    "LineItemsDiscountAmount": "line_items_discount_amount",
    "LineItemsTaxAmount": "line_items_tax_amount",
    "LinkedAccountOptionsUsBankAccount": "linked_account_options_us_bank_account",
    "LoginLink": "login_link",
    "Mandate": "mandate",
    "MandateAcssDebit": "mandate_acss_debit",
    "MandateAuBecsDebit": "mandate_au_becs_debit",
    "MandateBacsDebit": "mandate_bacs_debit",
    "MandateBlik": "mandate_blik",
    "MandateEventData": "mandate_event_data",
    "MandateLink": "mandate_link",
    "MandateMultiUse": "mandate_multi_use",
    "MandateOptionsOffSessionDetailsBlik": "mandate_options_off_session_details_blik",
    "MandatePaymentMethodDetails": "mandate_payment_method_details",
    "MandatePreviousAttributes": "mandate_previous_attributes",
    "MandateSepaDebit": "mandate_sepa_debit",
    "MandateSingleUse": "mandate_single_use",
    "MandateUpdatedEvent": "mandate_updated_event",
    "MandateUsBankAccount": "mandate_us_bank_account",
    "Networks": "networks",
    "NotificationEventData": "notification_event_data",
    "NotificationEventRequest": "notification_event_request",
    "OauthDeauthorization": "oauth_deauthorization",
    "OauthError": "oauth_error",
    "OauthToken": "oauth_token",
    "OfflineAcceptance": "offline_acceptance",
    "OnlineAcceptance": "online_acceptance",
    "OrderCreatedEvent": "order_created_event",
    "OutboundPaymentsPaymentMethodDetails": "outbound_payments_payment_method_details",
    "OutboundPaymentsPaymentMethodDetailsFinancialAccount": "outbound_payments_payment_method_details_financial_account",
    "OutboundPaymentsPaymentMethodDetailsUsBankAccount": "outbound_payments_payment_method_details_us_bank_account",
    "OutboundTransfersPaymentMethodDetails": "outbound_transfers_payment_method_details",
    "OutboundTransfersPaymentMethodDetailsUsBankAccount": "outbound_transfers_payment_method_details_us_bank_account",
    "PackageDimensions": "package_dimensions",
    "PaymentFlowsAmountDetails": "payment_flows_amount_details",
    "PaymentFlowsAmountDetailsResourceTip": "payment_flows_amount_details_resource_tip",
    "PaymentFlowsAutomaticPaymentMethodsPaymentIntent": "payment_flows_automatic_payment_methods_payment_intent",
    "PaymentFlowsInstallmentOptions": "payment_flows_installment_options",
    "PaymentFlowsPrivatePaymentMethodsAlipay": "payment_flows_private_payment_methods_alipay",
    "PaymentFlowsPrivatePaymentMethodsAlipayDetails": "payment_flows_private_payment_methods_alipay_details",
    "PaymentFlowsPrivatePaymentMethodsKlarnaDob": "payment_flows_private_payment_methods_klarna_dob",
    "PaymentIntent": "payment_intent",
    "PaymentIntentAmountCapturableUpdatedEvent": "payment_intent_amount_capturable_updated_event",
    "PaymentIntentCanceledEvent": "payment_intent_canceled_event",
    "PaymentIntentCardProcessing": "payment_intent_card_processing",
    "PaymentIntentCreatedEvent": "payment_intent_created_event",
    "PaymentIntentEventData": "payment_intent_event_data",
    "PaymentIntentNextAction": "payment_intent_next_action",
    "PaymentIntentNextActionAlipayHandleRedirect": "payment_intent_next_action_alipay_handle_redirect",
    "PaymentIntentNextActionBoleto": "payment_intent_next_action_boleto",
    "PaymentIntentNextActionCardAwaitNotification": "payment_intent_next_action_card_await_notification",
    "PaymentIntentNextActionDisplayBankTransferInstructions": "payment_intent_next_action_display_bank_transfer_instructions",
    "PaymentIntentNextActionDisplayOxxoDetails": "payment_intent_next_action_display_oxxo_details",
    "PaymentIntentNextActionKonbini": "payment_intent_next_action_konbini",
    "PaymentIntentNextActionKonbiniFamilymart": "payment_intent_next_action_konbini_familymart",
    "PaymentIntentNextActionKonbiniLawson": "payment_intent_next_action_konbini_lawson",
    "PaymentIntentNextActionKonbiniMinistop": "payment_intent_next_action_konbini_ministop",
    "PaymentIntentNextActionKonbiniSeicomart": "payment_intent_next_action_konbini_seicomart",
    "PaymentIntentNextActionKonbiniStores": "payment_intent_next_action_konbini_stores",
    "PaymentIntentNextActionPaynowDisplayQrCode": "payment_intent_next_action_paynow_display_qr_code",
    "PaymentIntentNextActionPixDisplayQrCode": "payment_intent_next_action_pix_display_qr_code",
    "PaymentIntentNextActionPromptpayDisplayQrCode": "payment_intent_next_action_promptpay_display_qr_code",
    "PaymentIntentNextActionRedirectToUrl": "payment_intent_next_action_redirect_to_url",
    "PaymentIntentNextActionVerifyWithMicrodeposits": "payment_intent_next_action_verify_with_microdeposits",
    "PaymentIntentNextActionWechatPayDisplayQrCode": "payment_intent_next_action_wechat_pay_display_qr_code",
    "PaymentIntentNextActionWechatPayRedirectToAndroidApp": "payment_intent_next_action_wechat_pay_redirect_to_android_app",
    "PaymentIntentNextActionWechatPayRedirectToIosApp": "payment_intent_next_action_wechat_pay_redirect_to_ios_app",
    "PaymentIntentPartiallyFundedEvent": "payment_intent_partially_funded_event",
    "PaymentIntentPaymentFailedEvent": "payment_intent_payment_failed_event",
    "PaymentIntentPaymentMethodOptions": "payment_intent_payment_method_options",
    "PaymentIntentPaymentMethodOptionsAcssDebit": "payment_intent_payment_method_options_acss_debit",
    "PaymentIntentPaymentMethodOptionsAuBecsDebit": "payment_intent_payment_method_options_au_becs_debit",
    "PaymentIntentPaymentMethodOptionsBlik": "payment_intent_payment_method_options_blik",
    "PaymentIntentPaymentMethodOptionsCard": "payment_intent_payment_method_options_card",
    "PaymentIntentPaymentMethodOptionsEps": "payment_intent_payment_method_options_eps",
    "PaymentIntentPaymentMethodOptionsLink": "payment_intent_payment_method_options_link",
    "PaymentIntentPaymentMethodOptionsMandateOptionsAcssDebit": "payment_intent_payment_method_options_mandate_options_acss_debit",
    "PaymentIntentPaymentMethodOptionsMandateOptionsSepaDebit": "payment_intent_payment_method_options_mandate_options_sepa_debit",
    "PaymentIntentPaymentMethodOptionsSepaDebit": "payment_intent_payment_method_options_sepa_debit",
    "PaymentIntentPaymentMethodOptionsUsBankAccount": "payment_intent_payment_method_options_us_bank_account",
    "PaymentIntentPreviousAttributes": "payment_intent_previous_attributes",
    "PaymentIntentProcessing": "payment_intent_processing",
    "PaymentIntentProcessingCustomerNotification": "payment_intent_processing_customer_notification",
    "PaymentIntentProcessingEvent": "payment_intent_processing_event",
    "PaymentIntentRequiresActionEvent": "payment_intent_requires_action_event",
    "PaymentIntentSucceededEvent": "payment_intent_succeeded_event",
    "PaymentIntentTypeSpecificPaymentMethodOptionsClient": "payment_intent_type_specific_payment_method_options_client",
    "PaymentLink": "payment_link",
    "PaymentLinkCreatedEvent": "payment_link_created_event",
    "PaymentLinkEventData": "payment_link_event_data",
    "PaymentLinkLineItems": "payment_link_line_items",
    "PaymentLinkPreviousAttributes": "payment_link_previous_attributes",
    "PaymentLinkUpdatedEvent": "payment_link_updated_event",
    "PaymentLinksResourceAfterCompletion": "payment_links_resource_after_completion",
    "PaymentLinksResourceAutomaticTax": "payment_links_resource_automatic_tax",
    "PaymentLinksResourceCompletionBehaviorConfirmationPage": "payment_links_resource_completion_behavior_confirmation_page",
    "PaymentLinksResourceCompletionBehaviorRedirect": "payment_links_resource_completion_behavior_redirect",
    "PaymentLinksResourceConsentCollection": "payment_links_resource_consent_collection",
    "PaymentLinksResourcePaymentIntentData": "payment_links_resource_payment_intent_data",
    "PaymentLinksResourcePhoneNumberCollection": "payment_links_resource_phone_number_collection",
    "PaymentLinksResourceShippingAddressCollection": "payment_links_resource_shipping_address_collection",
    "PaymentLinksResourceShippingOption": "payment_links_resource_shipping_option",
    "PaymentLinksResourceSubscriptionData": "payment_links_resource_subscription_data",
    "PaymentLinksResourceTaxIdCollection": "payment_links_resource_tax_id_collection",
    "PaymentLinksResourceTransferData": "payment_links_resource_transfer_data",
    "PaymentMethod": "payment_method",
    "PaymentMethodAcssDebit": "payment_method_acss_debit",
    "PaymentMethodAffirm": "payment_method_affirm",
    "PaymentMethodAfterpayClearpay": "payment_method_afterpay_clearpay",
    "PaymentMethodAttachedEvent": "payment_method_attached_event",
    "PaymentMethodAuBecsDebit": "payment_method_au_becs_debit",
    "PaymentMethodAutomaticallyUpdatedEvent": "payment_method_automatically_updated_event",
    "PaymentMethodBacsDebit": "payment_method_bacs_debit",
    "PaymentMethodBancontact": "payment_method_bancontact",
    "PaymentMethodBlik": "payment_method_blik",
    "PaymentMethodBoleto": "payment_method_boleto",
    "PaymentMethodCard": "payment_method_card",
    "PaymentMethodCardChecks": "payment_method_card_checks",
    "PaymentMethodCardGeneratedCard": "payment_method_card_generated_card",
    "PaymentMethodCardPresent": "payment_method_card_present",
    "PaymentMethodCardWallet": "payment_method_card_wallet",
    "PaymentMethodCardWalletAmexExpressCheckout": "payment_method_card_wallet_amex_express_checkout",
    "PaymentMethodCardWalletApplePay": "payment_method_card_wallet_apple_pay",
    "PaymentMethodCardWalletGooglePay": "payment_method_card_wallet_google_pay",
    "PaymentMethodCardWalletMasterpass": "payment_method_card_wallet_masterpass",
    "PaymentMethodCardWalletSamsungPay": "payment_method_card_wallet_samsung_pay",
    "PaymentMethodCardWalletVisaCheckout": "payment_method_card_wallet_visa_checkout",
    "PaymentMethodCustomerBalance": "payment_method_customer_balance",
    "PaymentMethodDetachedEvent": "payment_method_detached_event",
    "PaymentMethodDetails": "payment_method_details",
    "PaymentMethodDetailsAchCreditTransfer": "payment_method_details_ach_credit_transfer",
    "PaymentMethodDetailsAchDebit": "payment_method_details_ach_debit",
    "PaymentMethodDetailsAcssDebit": "payment_method_details_acss_debit",
    "PaymentMethodDetailsAffirm": "payment_method_details_affirm",
    "PaymentMethodDetailsAfterpayClearpay": "payment_method_details_afterpay_clearpay",
    "PaymentMethodDetailsAuBecsDebit": "payment_method_details_au_becs_debit",
    "PaymentMethodDetailsBacsDebit": "payment_method_details_bacs_debit",
    "PaymentMethodDetailsBancontact": "payment_method_details_bancontact",
    "PaymentMethodDetailsBlik": "payment_method_details_blik",
    "PaymentMethodDetailsBoleto": "payment_method_details_boleto",
    "PaymentMethodDetailsCard": "payment_method_details_card",
    "PaymentMethodDetailsCardChecks": "payment_method_details_card_checks",
    "PaymentMethodDetailsCardInstallments": "payment_method_details_card_installments",
    "PaymentMethodDetailsCardInstallmentsPlan": "payment_method_details_card_installments_plan",
    "PaymentMethodDetailsCardPresent": "payment_method_details_card_present",
    "PaymentMethodDetailsCardPresentReceipt": "payment_method_details_card_present_receipt",
    "PaymentMethodDetailsCardWallet": "payment_method_details_card_wallet",
    "PaymentMethodDetailsCardWalletAmexExpressCheckout": "payment_method_details_card_wallet_amex_express_checkout",
    "PaymentMethodDetailsCardWalletApplePay": "payment_method_details_card_wallet_apple_pay",
    "PaymentMethodDetailsCardWalletGooglePay": "payment_method_details_card_wallet_google_pay",
    "PaymentMethodDetailsCardWalletMasterpass": "payment_method_details_card_wallet_masterpass",
    "PaymentMethodDetailsCardWalletSamsungPay": "payment_method_details_card_wallet_samsung_pay",
    "PaymentMethodDetailsCardWalletVisaCheckout": "payment_method_details_card_wallet_visa_checkout",
    "PaymentMethodDetailsCustomerBalance": "payment_method_details_customer_balance",
    "PaymentMethodDetailsEps": "payment_method_details_eps",
    "PaymentMethodDetailsFpx": "payment_method_details_fpx",
    "PaymentMethodDetailsGiropay": "payment_method_details_giropay",
    "PaymentMethodDetailsGrabpay": "payment_method_details_grabpay",
    "PaymentMethodDetailsIdeal": "payment_method_details_ideal",
    "PaymentMethodDetailsInteracPresent": "payment_method_details_interac_present",
    "PaymentMethodDetailsInteracPresentReceipt": "payment_method_details_interac_present_receipt",
    "PaymentMethodDetailsKlarna": "payment_method_details_klarna",
    "PaymentMethodDetailsKonbini": "payment_method_details_konbini",
    "PaymentMethodDetailsKonbiniStore": "payment_method_details_konbini_store",
    "PaymentMethodDetailsLink": "payment_method_details_link",
    "PaymentMethodDetailsMultibanco": "payment_method_details_multibanco",
    "PaymentMethodDetailsOxxo": "payment_method_details_oxxo",
    "PaymentMethodDetailsP24": "payment_method_details_p24",
    "PaymentMethodDetailsPaynow": "payment_method_details_paynow",
    "PaymentMethodDetailsPix": "payment_method_details_pix",
    "PaymentMethodDetailsPromptpay": "payment_method_details_promptpay",
    "PaymentMethodDetailsSepaDebit": "payment_method_details_sepa_debit",
    "PaymentMethodDetailsSofort": "payment_method_details_sofort",
    "PaymentMethodDetailsStripeAccount": "payment_method_details_stripe_account",
    "PaymentMethodDetailsUsBankAccount": "payment_method_details_us_bank_account",
    "PaymentMethodDetailsWechat": "payment_method_details_wechat",
    "PaymentMethodDetailsWechatPay": "payment_method_details_wechat_pay",
    "PaymentMethodEps": "payment_method_eps",
    "PaymentMethodEventData": "payment_method_event_data",
    "PaymentMethodFpx": "payment_method_fpx",
    "PaymentMethodGiropay": "payment_method_giropay",
    "PaymentMethodGrabpay": "payment_method_grabpay",
    "PaymentMethodIdeal": "payment_method_ideal",
    "PaymentMethodInteracPresent": "payment_method_interac_present",
    "PaymentMethodKlarna": "payment_method_klarna",
    "PaymentMethodKonbini": "payment_method_konbini",
    "PaymentMethodLink": "payment_method_link",
    "PaymentMethodOptionsAffirm": "payment_method_options_affirm",
    "PaymentMethodOptionsAfterpayClearpay": "payment_method_options_afterpay_clearpay",
    "PaymentMethodOptionsAlipay": "payment_method_options_alipay",
    "PaymentMethodOptionsBacsDebit": "payment_method_options_bacs_debit",
    "PaymentMethodOptionsBancontact": "payment_method_options_bancontact",
    "PaymentMethodOptionsBoleto": "payment_method_options_boleto",
    "PaymentMethodOptionsCardInstallments": "payment_method_options_card_installments",
    "PaymentMethodOptionsCardMandateOptions": "payment_method_options_card_mandate_options",
    "PaymentMethodOptionsCardPresent": "payment_method_options_card_present",
    "PaymentMethodOptionsCustomerBalance": "payment_method_options_customer_balance",
    "PaymentMethodOptionsCustomerBalanceBankTransfer": "payment_method_options_customer_balance_bank_transfer",
    "PaymentMethodOptionsCustomerBalanceEuBankAccount": "payment_method_options_customer_balance_eu_bank_account",
    "PaymentMethodOptionsFpx": "payment_method_options_fpx",
    "PaymentMethodOptionsGiropay": "payment_method_options_giropay",
    "PaymentMethodOptionsGrabpay": "payment_method_options_grabpay",
    "PaymentMethodOptionsIdeal": "payment_method_options_ideal",
    "PaymentMethodOptionsInteracPresent": "payment_method_options_interac_present",
    "PaymentMethodOptionsKlarna": "payment_method_options_klarna",
    "PaymentMethodOptionsKonbini": "payment_method_options_konbini",
    "PaymentMethodOptionsOxxo": "payment_method_options_oxxo",
    "PaymentMethodOptionsP24": "payment_method_options_p24",
    "PaymentMethodOptionsPaynow": "payment_method_options_paynow",
    "PaymentMethodOptionsPix": "payment_method_options_pix",
    "PaymentMethodOptionsPromptpay": "payment_method_options_promptpay",
    "PaymentMethodOptionsSofort": "payment_method_options_sofort",
    "PaymentMethodOptionsWechatPay": "payment_method_options_wechat_pay",
    "PaymentMethodOxxo": "payment_method_oxxo",
    "PaymentMethodP24": "payment_method_p24",
    "PaymentMethodPaynow": "payment_method_paynow",
    "PaymentMethodPix": "payment_method_pix",
    "PaymentMethodPreviousAttributes": "payment_method_previous_attributes",
    "PaymentMethodPromptpay": "payment_method_promptpay",
    "PaymentMethodSepaDebit": "payment_method_sepa_debit",
    "PaymentMethodSofort": "payment_method_sofort",
    "PaymentMethodUpdatedEvent": "payment_method_updated_event",
    "PaymentMethodUsBankAccount": "payment_method_us_bank_account",
    "PaymentMethodWechatPay": "payment_method_wechat_pay",
    "PaymentPagesCheckoutSessionAfterExpiration": "payment_pages_checkout_session_after_expiration",
    "PaymentPagesCheckoutSessionAfterExpirationRecovery": "payment_pages_checkout_session_after_expiration_recovery",
    "PaymentPagesCheckoutSessionAutomaticTax": "payment_pages_checkout_session_automatic_tax",
    "PaymentPagesCheckoutSessionConsent": "payment_pages_checkout_session_consent",
    "PaymentPagesCheckoutSessionConsentCollection": "payment_pages_checkout_session_consent_collection",
    "PaymentPagesCheckoutSessionCustomerDetails": "payment_pages_checkout_session_customer_details",
    "PaymentPagesCheckoutSessionPhoneNumberCollection": "payment_pages_checkout_session_phone_number_collection",
    "PaymentPagesCheckoutSessionShippingAddressCollection": "payment_pages_checkout_session_shipping_address_collection",
    "PaymentPagesCheckoutSessionShippingCost": "payment_pages_checkout_session_shipping_cost",
    "PaymentPagesCheckoutSessionShippingOption": "payment_pages_checkout_session_shipping_option",
    "PaymentPagesCheckoutSessionTaxId": "payment_pages_checkout_session_tax_id",
    "PaymentPagesCheckoutSessionTaxIdCollection": "payment_pages_checkout_session_tax_id_collection",
    "PaymentPagesCheckoutSessionTotalDetails": "payment_pages_checkout_session_total_details",
    "PaymentPagesCheckoutSessionTotalDetailsResourceBreakdown": "payment_pages_checkout_session_total_details_resource_breakdown",
    "Payout": "payout",
    "PayoutCanceledEvent": "payout_canceled_event",
    "PayoutCreatedEvent": "payout_created_event",
    "PayoutEventData": "payout_event_data",
    "PayoutFailedEvent": "payout_failed_event",
    "PayoutPaidEvent": "payout_paid_event",
    "PayoutPreviousAttributes": "payout_previous_attributes",
    "PayoutUpdatedEvent": "payout_updated_event",
    "Period": "period",
    "Person": "person",
    "PersonCreatedEvent": "person_created_event",
    "PersonDeletedEvent": "person_deleted_event",
    "PersonEventData": "person_event_data",
    "PersonFutureRequirements": "person_future_requirements",
    "PersonPreviousAttributes": "person_previous_attributes",
    "PersonRelationship": "person_relationship",
    "PersonRequirements": "person_requirements",
    "PersonUpdatedEvent": "person_updated_event",
    "Plan": "plan",
    "PlanCreatedEvent": "plan_created_event",
    "PlanDeletedEvent": "plan_deleted_event",
    "PlanEventData": "plan_event_data",
    "PlanPreviousAttributes": "plan_previous_attributes",
    "PlanTier": "plan_tier",
    "PlanUpdatedEvent": "plan_updated_event",
    "PlatformTaxFee": "platform_tax_fee",
    "PortalBusinessProfile": "portal_business_profile",
    "PortalCustomerUpdate": "portal_customer_update",
    "PortalFeatures": "portal_features",
    "PortalInvoiceList": "portal_invoice_list",
    "PortalLoginPage": "portal_login_page",
    "PortalPaymentMethodUpdate": "portal_payment_method_update",
    "PortalSubscriptionCancel": "portal_subscription_cancel",
    "PortalSubscriptionCancellationReason": "portal_subscription_cancellation_reason",
    "PortalSubscriptionPause": "portal_subscription_pause",
    "PortalSubscriptionUpdate": "portal_subscription_update",
    "PortalSubscriptionUpdateProduct": "portal_subscription_update_product",
    "Price": "price",
    "PriceCreatedEvent": "price_created_event",
    "PriceDeletedEvent": "price_deleted_event",
    "PriceEventData": "price_event_data",
    "PricePreviousAttributes": "price_previous_attributes",
    "PriceTier": "price_tier",
    "PriceUpdatedEvent": "price_updated_event",
    "Product": "product",
    "ProductCreatedEvent": "product_created_event",
    "ProductDeletedEvent": "product_deleted_event",
    "ProductEventData": "product_event_data",
    "ProductPreviousAttributes": "product_previous_attributes",
    "ProductUpdatedEvent": "product_updated_event",
    "PromotionCode": "promotion_code",
    "PromotionCodeCreatedEvent": "promotion_code_created_event",
    "PromotionCodeCurrencyOption": "promotion_code_currency_option",
    "PromotionCodeEventData": "promotion_code_event_data",
    "PromotionCodePreviousAttributes": "promotion_code_previous_attributes",
    "PromotionCodeUpdatedEvent": "promotion_code_updated_event",
    "PromotionCodesResourceRestrictions": "promotion_codes_resource_restrictions",
    "Quote": "quote",
    "QuoteAcceptedEvent": "quote_accepted_event",
    "QuoteCanceledEvent": "quote_canceled_event",
    "QuoteCreatedEvent": "quote_created_event",
    "QuoteEventData": "quote_event_data",
    "QuoteFinalizedEvent": "quote_finalized_event",
    "QuoteLineItems": "quote_line_items",
    "QuotePreviousAttributes": "quote_previous_attributes",
    "QuotesResourceAutomaticTax": "quotes_resource_automatic_tax",
    "QuotesResourceComputed": "quotes_resource_computed",
    "QuotesResourceFromQuote": "quotes_resource_from_quote",
    "QuotesResourceRecurring": "quotes_resource_recurring",
    "QuotesResourceStatusTransitions": "quotes_resource_status_transitions",
    "QuotesResourceSubscriptionData": "quotes_resource_subscription_data",
    "QuotesResourceTotalDetails": "quotes_resource_total_details",
    "QuotesResourceTotalDetailsResourceBreakdown": "quotes_resource_total_details_resource_breakdown",
    "QuotesResourceTransferData": "quotes_resource_transfer_data",
    "QuotesResourceUpfront": "quotes_resource_upfront",
    "QuotesResourceUpfrontLineItems": "quotes_resource_upfront_line_items",
    "RadarEarlyFraudWarning": "radar_early_fraud_warning",
    "RadarEarlyFraudWarningCreatedEvent": "radar_early_fraud_warning_created_event",
    "RadarEarlyFraudWarningEventData": "radar_early_fraud_warning_event_data",
    "RadarEarlyFraudWarningPreviousAttributes": "radar_early_fraud_warning_previous_attributes",
    "RadarEarlyFraudWarningUpdatedEvent": "radar_early_fraud_warning_updated_event",
    "RadarRadarOptions": "radar_radar_options",
    "RadarReviewResourceLocation": "radar_review_resource_location",
    "RadarReviewResourceSession": "radar_review_resource_session",
    "RadarValueList": "radar_value_list",
    "RadarValueListItem": "radar_value_list_item",
    "RadarValueListListItems": "radar_value_list_list_items",
    "ReceivedPaymentMethodDetailsFinancialAccount": "received_payment_method_details_financial_account",
    "RecipientCreatedEvent": "recipient_created_event",
    "RecipientDeletedEvent": "recipient_deleted_event",
    "RecipientUpdatedEvent": "recipient_updated_event",
    "Recurring": "recurring",
    "Refund": "refund",
    "RefundEventData": "refund_event_data",
    "RefundNextAction": "refund_next_action",
    "RefundNextActionDisplayDetails": "refund_next_action_display_details",
    "RefundPreviousAttributes": "refund_previous_attributes",
    "ReportingReportRun": "reporting_report_run",
    "ReportingReportRunEventData": "reporting_report_run_event_data",
    "ReportingReportRunFailedEvent": "reporting_report_run_failed_event",
    "ReportingReportRunPreviousAttributes": "reporting_report_run_previous_attributes",
    "ReportingReportRunSucceededEvent": "reporting_report_run_succeeded_event",
    "ReportingReportType": "reporting_report_type",
    "ReportingReportTypeEventData": "reporting_report_type_event_data",
    "ReportingReportTypePreviousAttributes": "reporting_report_type_previous_attributes",
    "ReportingReportTypeUpdatedEvent": "reporting_report_type_updated_event",
    "ReserveTransaction": "reserve_transaction",
    "Review": "review",
    "ReviewClosedEvent": "review_closed_event",
    "ReviewEventData": "review_event_data",
    "ReviewOpenedEvent": "review_opened_event",
    "ReviewPreviousAttributes": "review_previous_attributes",
    "Rule": "rule",
    "ScheduledQueryRun": "scheduled_query_run",
    "ScheduledQueryRunEventData": "scheduled_query_run_event_data",
    "ScheduledQueryRunPreviousAttributes": "scheduled_query_run_previous_attributes",
    "SchedulesPhaseAutomaticTax": "schedules_phase_automatic_tax",
    "SecretServiceResourceScope": "secret_service_resource_scope",
    "SepaDebitGeneratedFrom": "sepa_debit_generated_from",
    "SetupAttempt": "setup_attempt",
    "SetupAttemptPaymentMethodDetails": "setup_attempt_payment_method_details",
    "SetupAttemptPaymentMethodDetailsAcssDebit": "setup_attempt_payment_method_details_acss_debit",
    "SetupAttemptPaymentMethodDetailsAuBecsDebit": "setup_attempt_payment_method_details_au_becs_debit",
    "SetupAttemptPaymentMethodDetailsBacsDebit": "setup_attempt_payment_method_details_bacs_debit",
    "SetupAttemptPaymentMethodDetailsBancontact": "setup_attempt_payment_method_details_bancontact",
    "SetupAttemptPaymentMethodDetailsBlik": "setup_attempt_payment_method_details_blik",
    "SetupAttemptPaymentMethodDetailsBoleto": "setup_attempt_payment_method_details_boleto",
    "SetupAttemptPaymentMethodDetailsCard": "setup_attempt_payment_method_details_card",
    "SetupAttemptPaymentMethodDetailsCardPresent": "setup_attempt_payment_method_details_card_present",
    "SetupAttemptPaymentMethodDetailsIdeal": "setup_attempt_payment_method_details_ideal",
    "SetupAttemptPaymentMethodDetailsKlarna": "setup_attempt_payment_method_details_klarna",
    "SetupAttemptPaymentMethodDetailsLink": "setup_attempt_payment_method_details_link",
    "SetupAttemptPaymentMethodDetailsSepaDebit": "setup_attempt_payment_method_details_sepa_debit",
    "SetupAttemptPaymentMethodDetailsSofort": "setup_attempt_payment_method_details_sofort",
    "SetupAttemptPaymentMethodDetailsUsBankAccount": "setup_attempt_payment_method_details_us_bank_account",
    "SetupIntent": "setup_intent",
    "SetupIntentCanceledEvent": "setup_intent_canceled_event",
    "SetupIntentCreatedEvent": "setup_intent_created_event",
    "SetupIntentEventData": "setup_intent_event_data",
    "SetupIntentNextAction": "setup_intent_next_action",
    "SetupIntentNextActionRedirectToUrl": "setup_intent_next_action_redirect_to_url",
    "SetupIntentNextActionVerifyWithMicrodeposits": "setup_intent_next_action_verify_with_microdeposits",
    "SetupIntentPaymentMethodOptions": "setup_intent_payment_method_options",
    "SetupIntentPaymentMethodOptionsAcssDebit": "setup_intent_payment_method_options_acss_debit",
    "SetupIntentPaymentMethodOptionsBlik": "setup_intent_payment_method_options_blik",
    "SetupIntentPaymentMethodOptionsCard": "setup_intent_payment_method_options_card",
    "SetupIntentPaymentMethodOptionsCardMandateOptions": "setup_intent_payment_method_options_card_mandate_options",
    "SetupIntentPaymentMethodOptionsLink": "setup_intent_payment_method_options_link",
    "SetupIntentPaymentMethodOptionsMandateOptionsAcssDebit": "setup_intent_payment_method_options_mandate_options_acss_debit",
    "SetupIntentPaymentMethodOptionsMandateOptionsBlik": "setup_intent_payment_method_options_mandate_options_blik",
    "SetupIntentPaymentMethodOptionsMandateOptionsSepaDebit": "setup_intent_payment_method_options_mandate_options_sepa_debit",
    "SetupIntentPaymentMethodOptionsSepaDebit": "setup_intent_payment_method_options_sepa_debit",
    "SetupIntentPaymentMethodOptionsUsBankAccount": "setup_intent_payment_method_options_us_bank_account",
    "SetupIntentPreviousAttributes": "setup_intent_previous_attributes",
    "SetupIntentRequiresActionEvent": "setup_intent_requires_action_event",
    "SetupIntentSetupFailedEvent": "setup_intent_setup_failed_event",
    "SetupIntentSucceededEvent": "setup_intent_succeeded_event",
    "SetupIntentTypeSpecificPaymentMethodOptionsClient": "setup_intent_type_specific_payment_method_options_client",
    "Shipping": "shipping",
    "ShippingRate": "shipping_rate",
    "ShippingRateCurrencyOption": "shipping_rate_currency_option",
    "ShippingRateDeliveryEstimate": "shipping_rate_delivery_estimate",
    "ShippingRateDeliveryEstimateBound": "shipping_rate_delivery_estimate_bound",
    "ShippingRateFixedAmount": "shipping_rate_fixed_amount",
    "SigmaScheduledQueryRunCreatedEvent": "sigma_scheduled_query_run_created_event",
    "SigmaScheduledQueryRunError": "sigma_scheduled_query_run_error",
    "SkuCreatedEvent": "sku_created_event",
    "SkuDeletedEvent": "sku_deleted_event",
    "SkuUpdatedEvent": "sku_updated_event",
    "Source": "source",
    "SourceCanceledEvent": "source_canceled_event",
    "SourceChargeableEvent": "source_chargeable_event",
    "SourceCodeVerificationFlow": "source_code_verification_flow",
    "SourceEventData": "source_event_data",
    "SourceFailedEvent": "source_failed_event",
    "SourceMandateNotification": "source_mandate_notification",
    "SourceMandateNotificationAcssDebitData": "source_mandate_notification_acss_debit_data",
    "SourceMandateNotificationBacsDebitData": "source_mandate_notification_bacs_debit_data",
    "SourceMandateNotificationEvent": "source_mandate_notification_event",
    "SourceMandateNotificationSepaDebitData": "source_mandate_notification_sepa_debit_data",
    "SourceOrder": "source_order",
    "SourceOrderItem": "source_order_item",
    "SourceOwner": "source_owner",
    "SourcePreviousAttributes": "source_previous_attributes",
    "SourceReceiverFlow": "source_receiver_flow",
    "SourceRedirectFlow": "source_redirect_flow",
    "SourceRefundAttributesRequiredEvent": "source_refund_attributes_required_event",
    "SourceTransaction": "source_transaction",
    "SourceTransactionAchCreditTransferData": "source_transaction_ach_credit_transfer_data",
    "SourceTransactionChfCreditTransferData": "source_transaction_chf_credit_transfer_data",
    "SourceTransactionCreatedEvent": "source_transaction_created_event",
    "SourceTransactionEventData": "source_transaction_event_data",
    "SourceTransactionGbpCreditTransferData": "source_transaction_gbp_credit_transfer_data",
    "SourceTransactionPaperCheckData": "source_transaction_paper_check_data",
    "SourceTransactionPreviousAttributes": "source_transaction_previous_attributes",
    "SourceTransactionSepaCreditTransferData": "source_transaction_sepa_credit_transfer_data",
    "SourceTransactionUpdatedEvent": "source_transaction_updated_event",
    "SourceTypeAchCreditTransfer": "source_type_ach_credit_transfer",
    "SourceTypeAchDebit": "source_type_ach_debit",
    "SourceTypeAcssDebit": "source_type_acss_debit",
    "SourceTypeAlipay": "source_type_alipay",
    "SourceTypeAuBecsDebit": "source_type_au_becs_debit",
    "SourceTypeBancontact": "source_type_bancontact",
    "SourceTypeCard": "source_type_card",
    "SourceTypeCardPresent": "source_type_card_present",
    "SourceTypeEps": "source_type_eps",
    "SourceTypeGiropay": "source_type_giropay",
    "SourceTypeIdeal": "source_type_ideal",
    "SourceTypeKlarna": "source_type_klarna",
    "SourceTypeMultibanco": "source_type_multibanco",
    "SourceTypeP24": "source_type_p24",
    "SourceTypeSepaDebit": "source_type_sepa_debit",
    "SourceTypeSofort": "source_type_sofort",
    "SourceTypeThreeDSecure": "source_type_three_d_secure",
    "SourceTypeWechat": "source_type_wechat",
    "Subscription": "subscription",
    "SubscriptionAutomaticTax": "subscription_automatic_tax",
    "SubscriptionBillingThresholds": "subscription_billing_thresholds",
    "SubscriptionEventData": "subscription_event_data",
    "SubscriptionItem": "subscription_item",
    "SubscriptionItemBillingThresholds": "subscription_item_billing_thresholds",
    "SubscriptionItems": "subscription_items",
    "SubscriptionPaymentMethodOptionsCard": "subscription_payment_method_options_card",
    "SubscriptionPendingInvoiceItemInterval": "subscription_pending_invoice_item_interval",
    "SubscriptionPreviousAttributes": "subscription_previous_attributes",
    "SubscriptionSchedule": "subscription_schedule",
    "SubscriptionScheduleAbortedEvent": "subscription_schedule_aborted_event",
    "SubscriptionScheduleAddInvoiceItem": "subscription_schedule_add_invoice_item",
    "SubscriptionScheduleCanceledEvent": "subscription_schedule_canceled_event",
    "SubscriptionScheduleCompletedEvent": "subscription_schedule_completed_event",
    "SubscriptionScheduleConfigurationItem": "subscription_schedule_configuration_item",
    "SubscriptionScheduleCreatedEvent": "subscription_schedule_created_event",
    "SubscriptionScheduleCurrentPhase": "subscription_schedule_current_phase",
    "SubscriptionScheduleEventData": "subscription_schedule_event_data",
    "SubscriptionScheduleExpiringEvent": "subscription_schedule_expiring_event",
    "SubscriptionSchedulePhaseConfiguration": "subscription_schedule_phase_configuration",
    "SubscriptionSchedulePreviousAttributes": "subscription_schedule_previous_attributes",
    "SubscriptionScheduleReleasedEvent": "subscription_schedule_released_event",
    "SubscriptionScheduleUpdatedEvent": "subscription_schedule_updated_event",
    "SubscriptionSchedulesResourceDefaultSettings": "subscription_schedules_resource_default_settings",
    "SubscriptionSchedulesResourceDefaultSettingsAutomaticTax": "subscription_schedules_resource_default_settings_automatic_tax",
    "SubscriptionTransferData": "subscription_transfer_data",
    "SubscriptionsResourcePauseCollection": "subscriptions_resource_pause_collection",
    "SubscriptionsResourcePaymentMethodOptions": "subscriptions_resource_payment_method_options",
    "SubscriptionsResourcePaymentSettings": "subscriptions_resource_payment_settings",
    "SubscriptionsResourcePendingUpdate": "subscriptions_resource_pending_update",
    "TaxCode": "tax_code",
    "TaxDeductedAtSource": "tax_deducted_at_source",
    "TaxId": "tax_id",
    "TaxIdEventData": "tax_id_event_data",
    "TaxIdPreviousAttributes": "tax_id_previous_attributes",
    "TaxIdVerification": "tax_id_verification",
    "TaxRate": "tax_rate",
    "TaxRateCreatedEvent": "tax_rate_created_event",
    "TaxRateEventData": "tax_rate_event_data",
    "TaxRatePreviousAttributes": "tax_rate_previous_attributes",
    "TaxRateUpdatedEvent": "tax_rate_updated_event",
    "TerminalConfiguration": "terminal_configuration",
    "TerminalConfigurationConfigurationResourceCurrencySpecificConfig": "terminal_configuration_configuration_resource_currency_specific_config",
    "TerminalConfigurationConfigurationResourceDeviceTypeSpecificConfig": "terminal_configuration_configuration_resource_device_type_specific_config",
    "TerminalConfigurationConfigurationResourceTipping": "terminal_configuration_configuration_resource_tipping",
    "TerminalConnectionToken": "terminal_connection_token",
    "TerminalLocation": "terminal_location",
    "TerminalReader": "terminal_reader",
    "TerminalReaderActionFailedEvent": "terminal_reader_action_failed_event",
    "TerminalReaderActionSucceededEvent": "terminal_reader_action_succeeded_event",
    "TerminalReaderEventData": "terminal_reader_event_data",
    "TerminalReaderPreviousAttributes": "terminal_reader_previous_attributes",
    "TerminalReaderReaderResourceCart": "terminal_reader_reader_resource_cart",
    "TerminalReaderReaderResourceLineItem": "terminal_reader_reader_resource_line_item",
    "TerminalReaderReaderResourceProcessConfig": "terminal_reader_reader_resource_process_config",
    "TerminalReaderReaderResourceProcessPaymentIntentAction": "terminal_reader_reader_resource_process_payment_intent_action",
    "TerminalReaderReaderResourceProcessSetupIntentAction": "terminal_reader_reader_resource_process_setup_intent_action",
    "TerminalReaderReaderResourceReaderAction": "terminal_reader_reader_resource_reader_action",
    "TerminalReaderReaderResourceSetReaderDisplayAction": "terminal_reader_reader_resource_set_reader_display_action",
    "TerminalReaderReaderResourceTippingConfig": "terminal_reader_reader_resource_tipping_config",
    "TestHelpersTestClock": "test_helpers_test_clock",
    "TestHelpersTestClockAdvancingEvent": "test_helpers_test_clock_advancing_event",
    "TestHelpersTestClockCreatedEvent": "test_helpers_test_clock_created_event",
    "TestHelpersTestClockDeletedEvent": "test_helpers_test_clock_deleted_event",
    "TestHelpersTestClockEventData": "test_helpers_test_clock_event_data",
    "TestHelpersTestClockInternalFailureEvent": "test_helpers_test_clock_internal_failure_event",
    "TestHelpersTestClockPreviousAttributes": "test_helpers_test_clock_previous_attributes",
    "TestHelpersTestClockReadyEvent": "test_helpers_test_clock_ready_event",
    "ThreeDSecureDetails": "three_d_secure_details",
    "ThreeDSecureUsage": "three_d_secure_usage",
    "Token": "token",
    "Topup": "topup",
    "TopupCanceledEvent": "topup_canceled_event",
    "TopupCreatedEvent": "topup_created_event",
    "TopupEventData": "topup_event_data",
    "TopupFailedEvent": "topup_failed_event",
    "TopupPreviousAttributes": "topup_previous_attributes",
    "TopupReversedEvent": "topup_reversed_event",
    "TopupSucceededEvent": "topup_succeeded_event",
    "Transfer": "transfer",
    "TransferCreatedEvent": "transfer_created_event",
    "TransferData": "transfer_data",
    "TransferEventData": "transfer_event_data",
    "TransferPreviousAttributes": "transfer_previous_attributes",
    "TransferReversal": "transfer_reversal",
    "TransferReversals": "transfer_reversals",
    "TransferReversedEvent": "transfer_reversed_event",
    "TransferSchedule": "transfer_schedule",
    "TransferUpdatedEvent": "transfer_updated_event",
    "TransformQuantity": "transform_quantity",
    "TransformUsage": "transform_usage",
    "TreasuryCreditReversal": "treasury_credit_reversal",
    "TreasuryCreditReversalCreatedEvent": "treasury_credit_reversal_created_event",
    "TreasuryCreditReversalEventData": "treasury_credit_reversal_event_data",
    "TreasuryCreditReversalPostedEvent": "treasury_credit_reversal_posted_event",
    "TreasuryCreditReversalPreviousAttributes": "treasury_credit_reversal_previous_attributes",
    "TreasuryDebitReversal": "treasury_debit_reversal",
    "TreasuryDebitReversalCompletedEvent": "treasury_debit_reversal_completed_event",
    "TreasuryDebitReversalCreatedEvent": "treasury_debit_reversal_created_event",
    "TreasuryDebitReversalEventData": "treasury_debit_reversal_event_data",
    "TreasuryDebitReversalInitialCreditGrantedEvent": "treasury_debit_reversal_initial_credit_granted_event",
    "TreasuryDebitReversalPreviousAttributes": "treasury_debit_reversal_previous_attributes",
    "TreasuryFinancialAccount": "treasury_financial_account",
    "TreasuryFinancialAccountClosedEvent": "treasury_financial_account_closed_event",
    "TreasuryFinancialAccountCreatedEvent": "treasury_financial_account_created_event",
    "TreasuryFinancialAccountEventData": "treasury_financial_account_event_data",
    "TreasuryFinancialAccountFeatures": "treasury_financial_account_features",
    "TreasuryFinancialAccountFeaturesStatusUpdatedEvent": "treasury_financial_account_features_status_updated_event",
    "TreasuryFinancialAccountPreviousAttributes": "treasury_financial_account_previous_attributes",
    "TreasuryFinancialAccountsResourceAbaRecord": "treasury_financial_accounts_resource_aba_record",
    "TreasuryFinancialAccountsResourceAchToggleSettings": "treasury_financial_accounts_resource_ach_toggle_settings",
    "TreasuryFinancialAccountsResourceBalance": "treasury_financial_accounts_resource_balance",
    "TreasuryFinancialAccountsResourceClosedStatusDetails": "treasury_financial_accounts_resource_closed_status_details",
    "TreasuryFinancialAccountsResourceFinancialAddress": "treasury_financial_accounts_resource_financial_address",
    "TreasuryFinancialAccountsResourceFinancialAddressesFeatures": "treasury_financial_accounts_resource_financial_addresses_features",
    "TreasuryFinancialAccountsResourceInboundTransfers": "treasury_financial_accounts_resource_inbound_transfers",
    "TreasuryFinancialAccountsResourceOutboundPayments": "treasury_financial_accounts_resource_outbound_payments",
    "TreasuryFinancialAccountsResourceOutboundTransfers": "treasury_financial_accounts_resource_outbound_transfers",
    "TreasuryFinancialAccountsResourcePlatformRestrictions": "treasury_financial_accounts_resource_platform_restrictions",
    "TreasuryFinancialAccountsResourceStatusDetails": "treasury_financial_accounts_resource_status_details",
    "TreasuryFinancialAccountsResourceToggleSettings": "treasury_financial_accounts_resource_toggle_settings",
    "TreasuryFinancialAccountsResourceTogglesSettingStatusDetails": "treasury_financial_accounts_resource_toggles_setting_status_details",
    "TreasuryInboundTransfer": "treasury_inbound_transfer",
    "TreasuryInboundTransferCanceledEvent": "treasury_inbound_transfer_canceled_event",
    "TreasuryInboundTransferCreatedEvent": "treasury_inbound_transfer_created_event",
    "TreasuryInboundTransferEventData": "treasury_inbound_transfer_event_data",
    "TreasuryInboundTransferFailedEvent": "treasury_inbound_transfer_failed_event",
    "TreasuryInboundTransferPreviousAttributes": "treasury_inbound_transfer_previous_attributes",
    "TreasuryInboundTransferSucceededEvent": "treasury_inbound_transfer_succeeded_event",
    "TreasuryInboundTransfersResourceFailureDetails": "treasury_inbound_transfers_resource_failure_details",
    "TreasuryInboundTransfersResourceInboundTransferResourceLinkedFlows": "treasury_inbound_transfers_resource_inbound_transfer_resource_linked_flows",
    "TreasuryInboundTransfersResourceInboundTransferResourceStatusTransitions": "treasury_inbound_transfers_resource_inbound_transfer_resource_status_transitions",
    "TreasuryOutboundPayment": "treasury_outbound_payment",
    "TreasuryOutboundPaymentCanceledEvent": "treasury_outbound_payment_canceled_event",
    "TreasuryOutboundPaymentCreatedEvent": "treasury_outbound_payment_created_event",
    "TreasuryOutboundPaymentEventData": "treasury_outbound_payment_event_data",
    "TreasuryOutboundPaymentExpectedArrivalDateUpdatedEvent": "treasury_outbound_payment_expected_arrival_date_updated_event",
    "TreasuryOutboundPaymentFailedEvent": "treasury_outbound_payment_failed_event",
    "TreasuryOutboundPaymentPostedEvent": "treasury_outbound_payment_posted_event",
    "TreasuryOutboundPaymentPreviousAttributes": "treasury_outbound_payment_previous_attributes",
    "TreasuryOutboundPaymentReturnedEvent": "treasury_outbound_payment_returned_event",
    "TreasuryOutboundPaymentsResourceOutboundPaymentResourceEndUserDetails": "treasury_outbound_payments_resource_outbound_payment_resource_end_user_details",
    "TreasuryOutboundPaymentsResourceOutboundPaymentResourceStatusTransitions": "treasury_outbound_payments_resource_outbound_payment_resource_status_transitions",
    "TreasuryOutboundPaymentsResourceReturnedStatus": "treasury_outbound_payments_resource_returned_status",
    "TreasuryOutboundTransfer": "treasury_outbound_transfer",
    "TreasuryOutboundTransferCanceledEvent": "treasury_outbound_transfer_canceled_event",
    "TreasuryOutboundTransferCreatedEvent": "treasury_outbound_transfer_created_event",
    "TreasuryOutboundTransferEventData": "treasury_outbound_transfer_event_data",
    "TreasuryOutboundTransferExpectedArrivalDateUpdatedEvent": "treasury_outbound_transfer_expected_arrival_date_updated_event",
    "TreasuryOutboundTransferFailedEvent": "treasury_outbound_transfer_failed_event",
    "TreasuryOutboundTransferPostedEvent": "treasury_outbound_transfer_posted_event",
    "TreasuryOutboundTransferPreviousAttributes": "treasury_outbound_transfer_previous_attributes",
    "TreasuryOutboundTransferReturnedEvent": "treasury_outbound_transfer_returned_event",
    "TreasuryOutboundTransfersResourceReturnedDetails": "treasury_outbound_transfers_resource_returned_details",
    "TreasuryOutboundTransfersResourceStatusTransitions": "treasury_outbound_transfers_resource_status_transitions",
    "TreasuryReceivedCredit": "treasury_received_credit",
    "TreasuryReceivedCreditCreatedEvent": "treasury_received_credit_created_event",
    "TreasuryReceivedCreditEventData": "treasury_received_credit_event_data",
    "TreasuryReceivedCreditFailedEvent": "treasury_received_credit_failed_event",
    "TreasuryReceivedCreditPreviousAttributes": "treasury_received_credit_previous_attributes",
    "TreasuryReceivedCreditSucceededEvent": "treasury_received_credit_succeeded_event",
    "TreasuryReceivedCreditsResourceLinkedFlows": "treasury_received_credits_resource_linked_flows",
    "TreasuryReceivedCreditsResourceReversalDetails": "treasury_received_credits_resource_reversal_details",
    "TreasuryReceivedCreditsResourceSourceFlowsDetails": "treasury_received_credits_resource_source_flows_details",
    "TreasuryReceivedCreditsResourceStatusTransitions": "treasury_received_credits_resource_status_transitions",
    "TreasuryReceivedDebit": "treasury_received_debit",
    "TreasuryReceivedDebitCreatedEvent": "treasury_received_debit_created_event",
    "TreasuryReceivedDebitEventData": "treasury_received_debit_event_data",
    "TreasuryReceivedDebitPreviousAttributes": "treasury_received_debit_previous_attributes",
    "TreasuryReceivedDebitsResourceDebitReversalLinkedFlows": "treasury_received_debits_resource_debit_reversal_linked_flows",
    "TreasuryReceivedDebitsResourceLinkedFlows": "treasury_received_debits_resource_linked_flows",
    "TreasuryReceivedDebitsResourceReversalDetails": "treasury_received_debits_resource_reversal_details",
    "TreasuryReceivedDebitsResourceStatusTransitions": "treasury_received_debits_resource_status_transitions",
    "TreasurySharedResourceBillingDetails": "treasury_shared_resource_billing_details",
    "TreasurySharedResourceInitiatingPaymentMethodDetailsInitiatingPaymentMethodDetails": "treasury_shared_resource_initiating_payment_method_details_initiating_payment_method_details",
    "TreasurySharedResourceInitiatingPaymentMethodDetailsUsBankAccount": "treasury_shared_resource_initiating_payment_method_details_us_bank_account",
    "TreasuryTransaction": "treasury_transaction",
    "TreasuryTransactionEntries": "treasury_transaction_entries",
    "TreasuryTransactionEntry": "treasury_transaction_entry",
    "TreasuryTransactionsResourceAbstractTransactionResourceStatusTransitions": "treasury_transactions_resource_abstract_transaction_resource_status_transitions",
    "TreasuryTransactionsResourceBalanceImpact": "treasury_transactions_resource_balance_impact",
    "TreasuryTransactionsResourceFlowDetails": "treasury_transactions_resource_flow_details",
    "UntypedEventData": "untyped_event_data",
    "UsBankAccountNetworks": "us_bank_account_networks",
    "UsageRecord": "usage_record",
    "UsageRecordSummary": "usage_record_summary",
    "VerificationSessionRedaction": "verification_session_redaction",
    "WebhookEndpoint": "webhook_endpoint",
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
