# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`StripeClient` and `AsyncStripeClient`: one attribute per resource, pinned to API version 2022-11-15."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx
from pydantic import BaseModel

from stripe_client._runtime.client import AppInfo, AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from .resources.account import AccountResource, AsyncAccountResource
    from .resources.account_links import AccountLinksResource, AsyncAccountLinksResource
    from .resources.accounts import AccountsResource, AsyncAccountsResource
    from .resources.apple_pay import ApplePayResource, AsyncApplePayResource
    from .resources.application_fees import ApplicationFeesResource, AsyncApplicationFeesResource
    from .resources.apps import AppsResource, AsyncAppsResource
    from .resources.balance import BalanceResource, AsyncBalanceResource
    from .resources.balance_transactions import (
        BalanceTransactionsResource,
        AsyncBalanceTransactionsResource,
    )
    from .resources.billing_portal import BillingPortalResource, AsyncBillingPortalResource
    from .resources.charges import ChargesResource, AsyncChargesResource
    from .resources.checkout import CheckoutResource, AsyncCheckoutResource
    from .resources.country_specs import CountrySpecsResource, AsyncCountrySpecsResource
    from .resources.coupons import CouponsResource, AsyncCouponsResource
    from .resources.credit_notes import CreditNotesResource, AsyncCreditNotesResource
    from .resources.customers import CustomersResource, AsyncCustomersResource
    from .resources.disputes import DisputesResource, AsyncDisputesResource
    from .resources.ephemeral_keys import EphemeralKeysResource, AsyncEphemeralKeysResource
    from .resources.events import EventsResource, AsyncEventsResource
    from .resources.exchange_rates import ExchangeRatesResource, AsyncExchangeRatesResource
    from .resources.file_links import FileLinksResource, AsyncFileLinksResource
    from .resources.files import FilesResource, AsyncFilesResource
    from .resources.financial_connections import (
        FinancialConnectionsResource,
        AsyncFinancialConnectionsResource,
    )
    from .resources.identity import IdentityResource, AsyncIdentityResource
    from .resources.invoiceitems import InvoiceitemsResource, AsyncInvoiceitemsResource
    from .resources.invoices import InvoicesResource, AsyncInvoicesResource
    from .resources.issuing import IssuingResource, AsyncIssuingResource
    from .resources.link_account_sessions import (
        LinkAccountSessionsResource,
        AsyncLinkAccountSessionsResource,
    )
    from .resources.linked_accounts import LinkedAccountsResource, AsyncLinkedAccountsResource
    from .resources.mandates import MandatesResource, AsyncMandatesResource
    from .resources.oauth import OauthResource, AsyncOauthResource
    from .resources.payment_intents import PaymentIntentsResource, AsyncPaymentIntentsResource
    from .resources.payment_links import PaymentLinksResource, AsyncPaymentLinksResource
    from .resources.payment_methods import PaymentMethodsResource, AsyncPaymentMethodsResource
    from .resources.payouts import PayoutsResource, AsyncPayoutsResource
    from .resources.plans import PlansResource, AsyncPlansResource
    from .resources.prices import PricesResource, AsyncPricesResource
    from .resources.products import ProductsResource, AsyncProductsResource
    from .resources.promotion_codes import PromotionCodesResource, AsyncPromotionCodesResource
    from .resources.quotes import QuotesResource, AsyncQuotesResource
    from .resources.radar import RadarResource, AsyncRadarResource
    from .resources.refunds import RefundsResource, AsyncRefundsResource
    from .resources.reporting import ReportingResource, AsyncReportingResource
    from .resources.reviews import ReviewsResource, AsyncReviewsResource
    from .resources.setup_attempts import SetupAttemptsResource, AsyncSetupAttemptsResource
    from .resources.setup_intents import SetupIntentsResource, AsyncSetupIntentsResource
    from .resources.shipping_rates import ShippingRatesResource, AsyncShippingRatesResource
    from .resources.sigma import SigmaResource, AsyncSigmaResource
    from .resources.sources import SourcesResource, AsyncSourcesResource
    from .resources.subscription_items import (
        SubscriptionItemsResource,
        AsyncSubscriptionItemsResource,
    )
    from .resources.subscription_schedules import (
        SubscriptionSchedulesResource,
        AsyncSubscriptionSchedulesResource,
    )
    from .resources.subscriptions import SubscriptionsResource, AsyncSubscriptionsResource
    from .resources.tax_codes import TaxCodesResource, AsyncTaxCodesResource
    from .resources.tax_rates import TaxRatesResource, AsyncTaxRatesResource
    from .resources.terminal import TerminalResource, AsyncTerminalResource
    from .resources.test_helpers import TestHelpersResource, AsyncTestHelpersResource
    from .resources.tokens import TokensResource, AsyncTokensResource
    from .resources.topups import TopupsResource, AsyncTopupsResource
    from .resources.transfers import TransfersResource, AsyncTransfersResource
    from .resources.treasury import TreasuryResource, AsyncTreasuryResource
    from .resources.webhook_endpoints import WebhookEndpointsResource, AsyncWebhookEndpointsResource

API_VERSION = "2022-11-15"
"""The API version every request of these clients sends as `Stripe-Version`."""

DIALECT = "stripe"
"""What is Stripe's and not OpenAPI's is on only in the "stripe" dialect (headers, retries, errors)."""

SECURITY_SCHEMES: dict[str, tuple[str, str, str, tuple[str, ...]]] = {}

SERVERS: dict[str, str] = {
    "api": "https://api.stripe.com/",
    "files": "https://files.stripe.com/",
    "connect": "https://connect.stripe.com",
}


def _error_model() -> type[BaseModel]:
    """The error response's model of this version: errors carry its typed objects (imported on the first error)."""
    from .models.error import Error

    return Error


class StripeClient(SyncAPIClient):
    """Synchronous client for Stripe API, API version 2022-11-15.

    The API key comes from `api_key` or the STRIPE_API_KEY environment variable. `max_retries`
    (or its stripe-python name `max_network_retries`; default 2) and `timeout` apply to every
    request unless a call's `request_options` says otherwise. `app_info` (name, version, url,
    partner_id) names your plugin or platform to Stripe in the User-Agent headers.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        connect_base_url: str | None = None,
        stripe_account: str | None = None,
        max_retries: int | None = None,
        max_network_retries: int | None = None,
        timeout: float = 80.0,
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
        app_info: AppInfo | None = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            stripe_version=API_VERSION or None,
            base_url=base_url or SERVERS["api"] or None,
            connect_base_url=connect_base_url or SERVERS.get("connect") or None,
            stripe_account=stripe_account,
            max_retries=max_retries,
            max_network_retries=max_network_retries,
            timeout=timeout,
            http_client=http_client,
            default_headers=default_headers,
            app_info=app_info,
            servers={key: url for key, url in SERVERS.items() if key not in ("api", "connect")},
            error_model=_error_model,
        )

    @cached_property
    def account(self) -> AccountResource:
        from .resources.account import AccountResource

        return AccountResource(self)

    @cached_property
    def account_links(self) -> AccountLinksResource:
        from .resources.account_links import AccountLinksResource

        return AccountLinksResource(self)

    @cached_property
    def accounts(self) -> AccountsResource:
        from .resources.accounts import AccountsResource

        return AccountsResource(self)

    @cached_property
    def apple_pay(self) -> ApplePayResource:
        from .resources.apple_pay import ApplePayResource

        return ApplePayResource(self)

    @cached_property
    def application_fees(self) -> ApplicationFeesResource:
        from .resources.application_fees import ApplicationFeesResource

        return ApplicationFeesResource(self)

    @cached_property
    def apps(self) -> AppsResource:
        from .resources.apps import AppsResource

        return AppsResource(self)

    @cached_property
    def balance(self) -> BalanceResource:
        from .resources.balance import BalanceResource

        return BalanceResource(self)

    @cached_property
    def balance_transactions(self) -> BalanceTransactionsResource:
        from .resources.balance_transactions import BalanceTransactionsResource

        return BalanceTransactionsResource(self)

    @cached_property
    def billing_portal(self) -> BillingPortalResource:
        from .resources.billing_portal import BillingPortalResource

        return BillingPortalResource(self)

    @cached_property
    def charges(self) -> ChargesResource:
        from .resources.charges import ChargesResource

        return ChargesResource(self)

    @cached_property
    def checkout(self) -> CheckoutResource:
        from .resources.checkout import CheckoutResource

        return CheckoutResource(self)

    @cached_property
    def country_specs(self) -> CountrySpecsResource:
        from .resources.country_specs import CountrySpecsResource

        return CountrySpecsResource(self)

    @cached_property
    def coupons(self) -> CouponsResource:
        from .resources.coupons import CouponsResource

        return CouponsResource(self)

    @cached_property
    def credit_notes(self) -> CreditNotesResource:
        from .resources.credit_notes import CreditNotesResource

        return CreditNotesResource(self)

    @cached_property
    def customers(self) -> CustomersResource:
        from .resources.customers import CustomersResource

        return CustomersResource(self)

    @cached_property
    def disputes(self) -> DisputesResource:
        from .resources.disputes import DisputesResource

        return DisputesResource(self)

    @cached_property
    def ephemeral_keys(self) -> EphemeralKeysResource:
        from .resources.ephemeral_keys import EphemeralKeysResource

        return EphemeralKeysResource(self)

    @cached_property
    def events(self) -> EventsResource:
        from .resources.events import EventsResource

        return EventsResource(self)

    @cached_property
    def exchange_rates(self) -> ExchangeRatesResource:
        from .resources.exchange_rates import ExchangeRatesResource

        return ExchangeRatesResource(self)

    @cached_property
    def file_links(self) -> FileLinksResource:
        from .resources.file_links import FileLinksResource

        return FileLinksResource(self)

    @cached_property
    def files(self) -> FilesResource:
        from .resources.files import FilesResource

        return FilesResource(self)

    @cached_property
    def financial_connections(self) -> FinancialConnectionsResource:
        from .resources.financial_connections import FinancialConnectionsResource

        return FinancialConnectionsResource(self)

    @cached_property
    def identity(self) -> IdentityResource:
        from .resources.identity import IdentityResource

        return IdentityResource(self)

    @cached_property
    def invoiceitems(self) -> InvoiceitemsResource:
        from .resources.invoiceitems import InvoiceitemsResource

        return InvoiceitemsResource(self)

    @cached_property
    def invoices(self) -> InvoicesResource:
        from .resources.invoices import InvoicesResource

        return InvoicesResource(self)

    @cached_property
    def issuing(self) -> IssuingResource:
        from .resources.issuing import IssuingResource

        return IssuingResource(self)

    @cached_property
    def link_account_sessions(self) -> LinkAccountSessionsResource:
        from .resources.link_account_sessions import LinkAccountSessionsResource

        return LinkAccountSessionsResource(self)

    @cached_property
    def linked_accounts(self) -> LinkedAccountsResource:
        from .resources.linked_accounts import LinkedAccountsResource

        return LinkedAccountsResource(self)

    @cached_property
    def mandates(self) -> MandatesResource:
        from .resources.mandates import MandatesResource

        return MandatesResource(self)

    @cached_property
    def oauth(self) -> OauthResource:
        from .resources.oauth import OauthResource

        return OauthResource(self)

    @cached_property
    def payment_intents(self) -> PaymentIntentsResource:
        from .resources.payment_intents import PaymentIntentsResource

        return PaymentIntentsResource(self)

    @cached_property
    def payment_links(self) -> PaymentLinksResource:
        from .resources.payment_links import PaymentLinksResource

        return PaymentLinksResource(self)

    @cached_property
    def payment_methods(self) -> PaymentMethodsResource:
        from .resources.payment_methods import PaymentMethodsResource

        return PaymentMethodsResource(self)

    @cached_property
    def payouts(self) -> PayoutsResource:
        from .resources.payouts import PayoutsResource

        return PayoutsResource(self)

    @cached_property
    def plans(self) -> PlansResource:
        from .resources.plans import PlansResource

        return PlansResource(self)

    @cached_property
    def prices(self) -> PricesResource:
        from .resources.prices import PricesResource

        return PricesResource(self)

    @cached_property
    def products(self) -> ProductsResource:
        from .resources.products import ProductsResource

        return ProductsResource(self)

    @cached_property
    def promotion_codes(self) -> PromotionCodesResource:
        from .resources.promotion_codes import PromotionCodesResource

        return PromotionCodesResource(self)

    @cached_property
    def quotes(self) -> QuotesResource:
        from .resources.quotes import QuotesResource

        return QuotesResource(self)

    @cached_property
    def radar(self) -> RadarResource:
        from .resources.radar import RadarResource

        return RadarResource(self)

    @cached_property
    def refunds(self) -> RefundsResource:
        from .resources.refunds import RefundsResource

        return RefundsResource(self)

    @cached_property
    def reporting(self) -> ReportingResource:
        from .resources.reporting import ReportingResource

        return ReportingResource(self)

    @cached_property
    def reviews(self) -> ReviewsResource:
        from .resources.reviews import ReviewsResource

        return ReviewsResource(self)

    @cached_property
    def setup_attempts(self) -> SetupAttemptsResource:
        from .resources.setup_attempts import SetupAttemptsResource

        return SetupAttemptsResource(self)

    @cached_property
    def setup_intents(self) -> SetupIntentsResource:
        from .resources.setup_intents import SetupIntentsResource

        return SetupIntentsResource(self)

    @cached_property
    def shipping_rates(self) -> ShippingRatesResource:
        from .resources.shipping_rates import ShippingRatesResource

        return ShippingRatesResource(self)

    @cached_property
    def sigma(self) -> SigmaResource:
        from .resources.sigma import SigmaResource

        return SigmaResource(self)

    @cached_property
    def sources(self) -> SourcesResource:
        from .resources.sources import SourcesResource

        return SourcesResource(self)

    @cached_property
    def subscription_items(self) -> SubscriptionItemsResource:
        from .resources.subscription_items import SubscriptionItemsResource

        return SubscriptionItemsResource(self)

    @cached_property
    def subscription_schedules(self) -> SubscriptionSchedulesResource:
        from .resources.subscription_schedules import SubscriptionSchedulesResource

        return SubscriptionSchedulesResource(self)

    @cached_property
    def subscriptions(self) -> SubscriptionsResource:
        from .resources.subscriptions import SubscriptionsResource

        return SubscriptionsResource(self)

    @cached_property
    def tax_codes(self) -> TaxCodesResource:
        from .resources.tax_codes import TaxCodesResource

        return TaxCodesResource(self)

    @cached_property
    def tax_rates(self) -> TaxRatesResource:
        from .resources.tax_rates import TaxRatesResource

        return TaxRatesResource(self)

    @cached_property
    def terminal(self) -> TerminalResource:
        from .resources.terminal import TerminalResource

        return TerminalResource(self)

    @cached_property
    def test_helpers(self) -> TestHelpersResource:
        from .resources.test_helpers import TestHelpersResource

        return TestHelpersResource(self)

    @cached_property
    def tokens(self) -> TokensResource:
        from .resources.tokens import TokensResource

        return TokensResource(self)

    @cached_property
    def topups(self) -> TopupsResource:
        from .resources.topups import TopupsResource

        return TopupsResource(self)

    @cached_property
    def transfers(self) -> TransfersResource:
        from .resources.transfers import TransfersResource

        return TransfersResource(self)

    @cached_property
    def treasury(self) -> TreasuryResource:
        from .resources.treasury import TreasuryResource

        return TreasuryResource(self)

    @cached_property
    def webhook_endpoints(self) -> WebhookEndpointsResource:
        from .resources.webhook_endpoints import WebhookEndpointsResource

        return WebhookEndpointsResource(self)


class AsyncStripeClient(AsyncAPIClient):
    """Asynchronous client for Stripe API, API version 2022-11-15.

    The API key comes from `api_key` or the STRIPE_API_KEY environment variable. `max_retries`
    (or its stripe-python name `max_network_retries`; default 2) and `timeout` apply to every
    request unless a call's `request_options` says otherwise. `app_info` (name, version, url,
    partner_id) names your plugin or platform to Stripe in the User-Agent headers.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        connect_base_url: str | None = None,
        stripe_account: str | None = None,
        max_retries: int | None = None,
        max_network_retries: int | None = None,
        timeout: float = 80.0,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
        app_info: AppInfo | None = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            stripe_version=API_VERSION or None,
            base_url=base_url or SERVERS["api"] or None,
            connect_base_url=connect_base_url or SERVERS.get("connect") or None,
            stripe_account=stripe_account,
            max_retries=max_retries,
            max_network_retries=max_network_retries,
            timeout=timeout,
            http_client=http_client,
            default_headers=default_headers,
            app_info=app_info,
            servers={key: url for key, url in SERVERS.items() if key not in ("api", "connect")},
            error_model=_error_model,
        )

    @cached_property
    def account(self) -> AsyncAccountResource:
        from .resources.account import AsyncAccountResource

        return AsyncAccountResource(self)

    @cached_property
    def account_links(self) -> AsyncAccountLinksResource:
        from .resources.account_links import AsyncAccountLinksResource

        return AsyncAccountLinksResource(self)

    @cached_property
    def accounts(self) -> AsyncAccountsResource:
        from .resources.accounts import AsyncAccountsResource

        return AsyncAccountsResource(self)

    @cached_property
    def apple_pay(self) -> AsyncApplePayResource:
        from .resources.apple_pay import AsyncApplePayResource

        return AsyncApplePayResource(self)

    @cached_property
    def application_fees(self) -> AsyncApplicationFeesResource:
        from .resources.application_fees import AsyncApplicationFeesResource

        return AsyncApplicationFeesResource(self)

    @cached_property
    def apps(self) -> AsyncAppsResource:
        from .resources.apps import AsyncAppsResource

        return AsyncAppsResource(self)

    @cached_property
    def balance(self) -> AsyncBalanceResource:
        from .resources.balance import AsyncBalanceResource

        return AsyncBalanceResource(self)

    @cached_property
    def balance_transactions(self) -> AsyncBalanceTransactionsResource:
        from .resources.balance_transactions import AsyncBalanceTransactionsResource

        return AsyncBalanceTransactionsResource(self)

    @cached_property
    def billing_portal(self) -> AsyncBillingPortalResource:
        from .resources.billing_portal import AsyncBillingPortalResource

        return AsyncBillingPortalResource(self)

    @cached_property
    def charges(self) -> AsyncChargesResource:
        from .resources.charges import AsyncChargesResource

        return AsyncChargesResource(self)

    @cached_property
    def checkout(self) -> AsyncCheckoutResource:
        from .resources.checkout import AsyncCheckoutResource

        return AsyncCheckoutResource(self)

    @cached_property
    def country_specs(self) -> AsyncCountrySpecsResource:
        from .resources.country_specs import AsyncCountrySpecsResource

        return AsyncCountrySpecsResource(self)

    @cached_property
    def coupons(self) -> AsyncCouponsResource:
        from .resources.coupons import AsyncCouponsResource

        return AsyncCouponsResource(self)

    @cached_property
    def credit_notes(self) -> AsyncCreditNotesResource:
        from .resources.credit_notes import AsyncCreditNotesResource

        return AsyncCreditNotesResource(self)

    @cached_property
    def customers(self) -> AsyncCustomersResource:
        from .resources.customers import AsyncCustomersResource

        return AsyncCustomersResource(self)

    @cached_property
    def disputes(self) -> AsyncDisputesResource:
        from .resources.disputes import AsyncDisputesResource

        return AsyncDisputesResource(self)

    @cached_property
    def ephemeral_keys(self) -> AsyncEphemeralKeysResource:
        from .resources.ephemeral_keys import AsyncEphemeralKeysResource

        return AsyncEphemeralKeysResource(self)

    @cached_property
    def events(self) -> AsyncEventsResource:
        from .resources.events import AsyncEventsResource

        return AsyncEventsResource(self)

    @cached_property
    def exchange_rates(self) -> AsyncExchangeRatesResource:
        from .resources.exchange_rates import AsyncExchangeRatesResource

        return AsyncExchangeRatesResource(self)

    @cached_property
    def file_links(self) -> AsyncFileLinksResource:
        from .resources.file_links import AsyncFileLinksResource

        return AsyncFileLinksResource(self)

    @cached_property
    def files(self) -> AsyncFilesResource:
        from .resources.files import AsyncFilesResource

        return AsyncFilesResource(self)

    @cached_property
    def financial_connections(self) -> AsyncFinancialConnectionsResource:
        from .resources.financial_connections import AsyncFinancialConnectionsResource

        return AsyncFinancialConnectionsResource(self)

    @cached_property
    def identity(self) -> AsyncIdentityResource:
        from .resources.identity import AsyncIdentityResource

        return AsyncIdentityResource(self)

    @cached_property
    def invoiceitems(self) -> AsyncInvoiceitemsResource:
        from .resources.invoiceitems import AsyncInvoiceitemsResource

        return AsyncInvoiceitemsResource(self)

    @cached_property
    def invoices(self) -> AsyncInvoicesResource:
        from .resources.invoices import AsyncInvoicesResource

        return AsyncInvoicesResource(self)

    @cached_property
    def issuing(self) -> AsyncIssuingResource:
        from .resources.issuing import AsyncIssuingResource

        return AsyncIssuingResource(self)

    @cached_property
    def link_account_sessions(self) -> AsyncLinkAccountSessionsResource:
        from .resources.link_account_sessions import AsyncLinkAccountSessionsResource

        return AsyncLinkAccountSessionsResource(self)

    @cached_property
    def linked_accounts(self) -> AsyncLinkedAccountsResource:
        from .resources.linked_accounts import AsyncLinkedAccountsResource

        return AsyncLinkedAccountsResource(self)

    @cached_property
    def mandates(self) -> AsyncMandatesResource:
        from .resources.mandates import AsyncMandatesResource

        return AsyncMandatesResource(self)

    @cached_property
    def oauth(self) -> AsyncOauthResource:
        from .resources.oauth import AsyncOauthResource

        return AsyncOauthResource(self)

    @cached_property
    def payment_intents(self) -> AsyncPaymentIntentsResource:
        from .resources.payment_intents import AsyncPaymentIntentsResource

        return AsyncPaymentIntentsResource(self)

    @cached_property
    def payment_links(self) -> AsyncPaymentLinksResource:
        from .resources.payment_links import AsyncPaymentLinksResource

        return AsyncPaymentLinksResource(self)

    @cached_property
    def payment_methods(self) -> AsyncPaymentMethodsResource:
        from .resources.payment_methods import AsyncPaymentMethodsResource

        return AsyncPaymentMethodsResource(self)

    @cached_property
    def payouts(self) -> AsyncPayoutsResource:
        from .resources.payouts import AsyncPayoutsResource

        return AsyncPayoutsResource(self)

    @cached_property
    def plans(self) -> AsyncPlansResource:
        from .resources.plans import AsyncPlansResource

        return AsyncPlansResource(self)

    @cached_property
    def prices(self) -> AsyncPricesResource:
        from .resources.prices import AsyncPricesResource

        return AsyncPricesResource(self)

    @cached_property
    def products(self) -> AsyncProductsResource:
        from .resources.products import AsyncProductsResource

        return AsyncProductsResource(self)

    @cached_property
    def promotion_codes(self) -> AsyncPromotionCodesResource:
        from .resources.promotion_codes import AsyncPromotionCodesResource

        return AsyncPromotionCodesResource(self)

    @cached_property
    def quotes(self) -> AsyncQuotesResource:
        from .resources.quotes import AsyncQuotesResource

        return AsyncQuotesResource(self)

    @cached_property
    def radar(self) -> AsyncRadarResource:
        from .resources.radar import AsyncRadarResource

        return AsyncRadarResource(self)

    @cached_property
    def refunds(self) -> AsyncRefundsResource:
        from .resources.refunds import AsyncRefundsResource

        return AsyncRefundsResource(self)

    @cached_property
    def reporting(self) -> AsyncReportingResource:
        from .resources.reporting import AsyncReportingResource

        return AsyncReportingResource(self)

    @cached_property
    def reviews(self) -> AsyncReviewsResource:
        from .resources.reviews import AsyncReviewsResource

        return AsyncReviewsResource(self)

    @cached_property
    def setup_attempts(self) -> AsyncSetupAttemptsResource:
        from .resources.setup_attempts import AsyncSetupAttemptsResource

        return AsyncSetupAttemptsResource(self)

    @cached_property
    def setup_intents(self) -> AsyncSetupIntentsResource:
        from .resources.setup_intents import AsyncSetupIntentsResource

        return AsyncSetupIntentsResource(self)

    @cached_property
    def shipping_rates(self) -> AsyncShippingRatesResource:
        from .resources.shipping_rates import AsyncShippingRatesResource

        return AsyncShippingRatesResource(self)

    @cached_property
    def sigma(self) -> AsyncSigmaResource:
        from .resources.sigma import AsyncSigmaResource

        return AsyncSigmaResource(self)

    @cached_property
    def sources(self) -> AsyncSourcesResource:
        from .resources.sources import AsyncSourcesResource

        return AsyncSourcesResource(self)

    @cached_property
    def subscription_items(self) -> AsyncSubscriptionItemsResource:
        from .resources.subscription_items import AsyncSubscriptionItemsResource

        return AsyncSubscriptionItemsResource(self)

    @cached_property
    def subscription_schedules(self) -> AsyncSubscriptionSchedulesResource:
        from .resources.subscription_schedules import AsyncSubscriptionSchedulesResource

        return AsyncSubscriptionSchedulesResource(self)

    @cached_property
    def subscriptions(self) -> AsyncSubscriptionsResource:
        from .resources.subscriptions import AsyncSubscriptionsResource

        return AsyncSubscriptionsResource(self)

    @cached_property
    def tax_codes(self) -> AsyncTaxCodesResource:
        from .resources.tax_codes import AsyncTaxCodesResource

        return AsyncTaxCodesResource(self)

    @cached_property
    def tax_rates(self) -> AsyncTaxRatesResource:
        from .resources.tax_rates import AsyncTaxRatesResource

        return AsyncTaxRatesResource(self)

    @cached_property
    def terminal(self) -> AsyncTerminalResource:
        from .resources.terminal import AsyncTerminalResource

        return AsyncTerminalResource(self)

    @cached_property
    def test_helpers(self) -> AsyncTestHelpersResource:
        from .resources.test_helpers import AsyncTestHelpersResource

        return AsyncTestHelpersResource(self)

    @cached_property
    def tokens(self) -> AsyncTokensResource:
        from .resources.tokens import AsyncTokensResource

        return AsyncTokensResource(self)

    @cached_property
    def topups(self) -> AsyncTopupsResource:
        from .resources.topups import AsyncTopupsResource

        return AsyncTopupsResource(self)

    @cached_property
    def transfers(self) -> AsyncTransfersResource:
        from .resources.transfers import AsyncTransfersResource

        return AsyncTransfersResource(self)

    @cached_property
    def treasury(self) -> AsyncTreasuryResource:
        from .resources.treasury import AsyncTreasuryResource

        return AsyncTreasuryResource(self)

    @cached_property
    def webhook_endpoints(self) -> AsyncWebhookEndpointsResource:
        from .resources.webhook_endpoints import AsyncWebhookEndpointsResource

        return AsyncWebhookEndpointsResource(self)
