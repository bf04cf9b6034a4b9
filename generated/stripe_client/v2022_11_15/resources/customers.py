# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.customers`: 7 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, cast

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import (
    AsyncListObject,
    AsyncPager,
    AsyncSearchPager,
    AsyncSearchResult,
    ListObject,
    SearchResult,
)
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.customer import Customer
    from ..models.deleted_customer import DeletedCustomer
    from ..models.funding_instructions import FundingInstructions
    from ..params import CustomersCreateAddressParams
    from ..params import CustomersCreateCashBalanceParams
    from ..params import CustomersCreateInvoiceSettingsParams
    from ..params import CustomersCreateShippingParams
    from ..params import CustomersCreateTaxIdDataItemParams
    from ..params import CustomersCreateTaxParams
    from ..params import CustomersFundingInstructionsBankTransferParams
    from ..params import CustomersListCreatedParams
    from ..params import CustomersUpdateAddressParams
    from ..params import CustomersUpdateBankAccountParams
    from ..params import CustomersUpdateCardParams
    from ..params import CustomersUpdateCashBalanceParams
    from ..params import CustomersUpdateInvoiceSettingsParams
    from ..params import CustomersUpdateShippingParams
    from ..params import CustomersUpdateTaxParams
    from .customers_balance_transactions import (
        CustomersBalanceTransactionsResource,
        AsyncCustomersBalanceTransactionsResource,
    )
    from .customers_bank_accounts import (
        CustomersBankAccountsResource,
        AsyncCustomersBankAccountsResource,
    )
    from .customers_cards import CustomersCardsResource, AsyncCustomersCardsResource
    from .customers_cash_balance import (
        CustomersCashBalanceResource,
        AsyncCustomersCashBalanceResource,
    )
    from .customers_cash_balance_transactions import (
        CustomersCashBalanceTransactionsResource,
        AsyncCustomersCashBalanceTransactionsResource,
    )
    from .customers_discount import CustomersDiscountResource, AsyncCustomersDiscountResource
    from .customers_payment_methods import (
        CustomersPaymentMethodsResource,
        AsyncCustomersPaymentMethodsResource,
    )
    from .customers_sources import CustomersSourcesResource, AsyncCustomersSourcesResource
    from .customers_subscriptions import (
        CustomersSubscriptionsResource,
        AsyncCustomersSubscriptionsResource,
    )
    from .customers_tax_ids import CustomersTaxIdsResource, AsyncCustomersTaxIdsResource


class CustomersResource:
    """`client.customers`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def balance_transactions(self) -> CustomersBalanceTransactionsResource:
        from .customers_balance_transactions import CustomersBalanceTransactionsResource

        return CustomersBalanceTransactionsResource(self._client)

    @cached_property
    def bank_accounts(self) -> CustomersBankAccountsResource:
        from .customers_bank_accounts import CustomersBankAccountsResource

        return CustomersBankAccountsResource(self._client)

    @cached_property
    def cards(self) -> CustomersCardsResource:
        from .customers_cards import CustomersCardsResource

        return CustomersCardsResource(self._client)

    @cached_property
    def cash_balance(self) -> CustomersCashBalanceResource:
        from .customers_cash_balance import CustomersCashBalanceResource

        return CustomersCashBalanceResource(self._client)

    @cached_property
    def cash_balance_transactions(self) -> CustomersCashBalanceTransactionsResource:
        from .customers_cash_balance_transactions import CustomersCashBalanceTransactionsResource

        return CustomersCashBalanceTransactionsResource(self._client)

    @cached_property
    def discount(self) -> CustomersDiscountResource:
        from .customers_discount import CustomersDiscountResource

        return CustomersDiscountResource(self._client)

    @cached_property
    def payment_methods(self) -> CustomersPaymentMethodsResource:
        from .customers_payment_methods import CustomersPaymentMethodsResource

        return CustomersPaymentMethodsResource(self._client)

    @cached_property
    def sources(self) -> CustomersSourcesResource:
        from .customers_sources import CustomersSourcesResource

        return CustomersSourcesResource(self._client)

    @cached_property
    def subscriptions(self) -> CustomersSubscriptionsResource:
        from .customers_subscriptions import CustomersSubscriptionsResource

        return CustomersSubscriptionsResource(self._client)

    @cached_property
    def tax_ids(self) -> CustomersTaxIdsResource:
        from .customers_tax_ids import CustomersTaxIdsResource

        return CustomersTaxIdsResource(self._client)

    def create(
        self,
        *,
        address: CustomersCreateAddressParams | Literal[""] | None = None,
        balance: int | None = None,
        cash_balance: CustomersCreateCashBalanceParams | None = None,
        coupon: str | None = None,
        description: str | None = None,
        email: str | None = None,
        expand: Sequence[str] | None = None,
        invoice_prefix: str | None = None,
        invoice_settings: CustomersCreateInvoiceSettingsParams | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        name: str | None = None,
        next_invoice_sequence: int | None = None,
        payment_method: str | None = None,
        phone: str | None = None,
        preferred_locales: Sequence[str] | None = None,
        promotion_code: str | None = None,
        shipping: CustomersCreateShippingParams | Literal[""] | None = None,
        source: str | None = None,
        tax: CustomersCreateTaxParams | None = None,
        tax_exempt: Literal["", "exempt", "none", "reverse"] | None = None,
        tax_id_data: Sequence[CustomersCreateTaxIdDataItemParams] | None = None,
        test_clock: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Customer:
        """<p>Creates a new customer object.</p>

        `POST /v1/customers`
        """
        from ..models.customer import Customer

        return self._client.request(
            "post",
            "/v1/customers",
            body={
                "address": address,
                "balance": balance,
                "cash_balance": cash_balance,
                "coupon": coupon,
                "description": description,
                "email": email,
                "expand": expand,
                "invoice_prefix": invoice_prefix,
                "invoice_settings": invoice_settings,
                "metadata": metadata,
                "name": name,
                "next_invoice_sequence": next_invoice_sequence,
                "payment_method": payment_method,
                "phone": phone,
                "preferred_locales": preferred_locales,
                "promotion_code": promotion_code,
                "shipping": shipping,
                "source": source,
                "tax": tax,
                "tax_exempt": tax_exempt,
                "tax_id_data": tax_id_data,
                "test_clock": test_clock,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Customer,
            options=request_options,
        )

    def delete(
        self,
        customer: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeletedCustomer:
        """<p>Permanently deletes a customer. It cannot be undone. Also immediately cancels any active subscriptions on the customer.</p>

        `DELETE /v1/customers/{customer}`
        """
        from ..models.deleted_customer import DeletedCustomer

        return self._client.request(
            "delete",
            "/v1/customers/{customer}",
            path_params={
                "customer": customer,
            },
            cast_to=DeletedCustomer,
            options=request_options,
        )

    def funding_instructions(
        self,
        customer: str,
        *,
        bank_transfer: CustomersFundingInstructionsBankTransferParams,
        currency: str,
        funding_type: Literal["bank_transfer"] = "bank_transfer",
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FundingInstructions:
        """<p>Retrieve funding instructions for a customer cash balance. If funding instructions do not yet exist for the customer, new
        funding instructions will be created. If funding instructions have already been created for a given customer, the same
        funding instructions will be retrieved. In other words, we will return the same funding instructions each time.</p>

        `POST /v1/customers/{customer}/funding_instructions`
        """
        from ..models.funding_instructions import FundingInstructions

        return self._client.request(
            "post",
            "/v1/customers/{customer}/funding_instructions",
            path_params={
                "customer": customer,
            },
            body={
                "bank_transfer": bank_transfer,
                "currency": currency,
                "funding_type": funding_type,
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=FundingInstructions,
            options=request_options,
        )

    def list(
        self,
        *,
        created: CustomersListCreatedParams | int | None = None,
        email: str | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        test_clock: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[Customer]:
        """<p>Returns a list of your customers. The customers are returned sorted by creation date, with the most recent customers appearing first.</p>

        `GET /v1/customers`
        """
        from ..models.customer import Customer

        return self._client.request_list(
            "get",
            "/v1/customers",
            query={
                "created": created,
                "email": email,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
                "test_clock": test_clock,
            },
            cast_to=ListObject[Customer],
            options=request_options,
        )

    def retrieve(
        self,
        customer: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Customer | DeletedCustomer:
        """<p>Retrieves a Customer object.</p>

        `GET /v1/customers/{customer}`
        """
        from ..models.customer import Customer
        from ..models.deleted_customer import DeletedCustomer

        result = self._client.request(
            "get",
            "/v1/customers/{customer}",
            path_params={
                "customer": customer,
            },
            query={
                "expand": expand,
            },
            cast_to=Customer | DeletedCustomer,
            options=request_options,
        )
        return cast("Customer | DeletedCustomer", result)

    def search(
        self,
        *,
        query: str,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SearchResult[Customer]:
        """<p>Search for customers you’ve previously created using Stripe’s <a href="/docs/search#search-query-language">Search Query Language</a>.
        Don’t use search in read-after-write flows where strict consistency is necessary. Under normal operating
        conditions, data is searchable in less than a minute. Occasionally, propagation of new or updated data can be up
        to an hour behind during outages. Search functionality is not available to merchants in India.</p>

        `GET /v1/customers/search`
        """
        from ..models.customer import Customer

        return self._client.request_list(
            "get",
            "/v1/customers/search",
            query={
                "query": query,
                "expand": expand,
                "limit": limit,
                "page": page,
            },
            cast_to=SearchResult[Customer],
            options=request_options,
        )

    def update(
        self,
        customer: str,
        *,
        address: CustomersUpdateAddressParams | Literal[""] | None = None,
        balance: int | None = None,
        bank_account: CustomersUpdateBankAccountParams | str | None = None,
        card: CustomersUpdateCardParams | str | None = None,
        cash_balance: CustomersUpdateCashBalanceParams | None = None,
        coupon: str | None = None,
        default_alipay_account: str | None = None,
        default_bank_account: str | None = None,
        default_card: str | None = None,
        default_source: str | None = None,
        description: str | None = None,
        email: str | None = None,
        expand: Sequence[str] | None = None,
        invoice_prefix: str | None = None,
        invoice_settings: CustomersUpdateInvoiceSettingsParams | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        name: str | None = None,
        next_invoice_sequence: int | None = None,
        phone: str | None = None,
        preferred_locales: Sequence[str] | None = None,
        promotion_code: str | None = None,
        shipping: CustomersUpdateShippingParams | Literal[""] | None = None,
        source: str | None = None,
        tax: CustomersUpdateTaxParams | None = None,
        tax_exempt: Literal["", "exempt", "none", "reverse"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Customer:
        """<p>Updates the specified customer by setting the values of the parameters passed. Any parameters not provided will be left unchanged. For example, if you pass the <strong>source</strong> parameter, that becomes the customer’s active source (e.g., a card) to be used for all charges in the future. When you update a customer to a new valid card source by passing the <strong>source</strong> parameter: for each of the customer’s current subscriptions, if the subscription bills automatically and is in the <code>past_due</code> state, then the latest open invoice for the subscription with automatic collection enabled will be retried. This retry will not count as an automatic retry, and will not affect the next regularly scheduled payment for the invoice. Changing the <strong>default_source</strong> for a customer will not trigger this behavior.</p>

        <p>This request accepts mostly the same arguments as the customer creation call.</p>

        `POST /v1/customers/{customer}`
        """
        from ..models.customer import Customer

        return self._client.request(
            "post",
            "/v1/customers/{customer}",
            path_params={
                "customer": customer,
            },
            body={
                "address": address,
                "balance": balance,
                "bank_account": bank_account,
                "card": card,
                "cash_balance": cash_balance,
                "coupon": coupon,
                "default_alipay_account": default_alipay_account,
                "default_bank_account": default_bank_account,
                "default_card": default_card,
                "default_source": default_source,
                "description": description,
                "email": email,
                "expand": expand,
                "invoice_prefix": invoice_prefix,
                "invoice_settings": invoice_settings,
                "metadata": metadata,
                "name": name,
                "next_invoice_sequence": next_invoice_sequence,
                "phone": phone,
                "preferred_locales": preferred_locales,
                "promotion_code": promotion_code,
                "shipping": shipping,
                "source": source,
                "tax": tax,
                "tax_exempt": tax_exempt,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Customer,
            options=request_options,
        )


class AsyncCustomersResource:
    """`client.customers` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def balance_transactions(self) -> AsyncCustomersBalanceTransactionsResource:
        from .customers_balance_transactions import AsyncCustomersBalanceTransactionsResource

        return AsyncCustomersBalanceTransactionsResource(self._client)

    @cached_property
    def bank_accounts(self) -> AsyncCustomersBankAccountsResource:
        from .customers_bank_accounts import AsyncCustomersBankAccountsResource

        return AsyncCustomersBankAccountsResource(self._client)

    @cached_property
    def cards(self) -> AsyncCustomersCardsResource:
        from .customers_cards import AsyncCustomersCardsResource

        return AsyncCustomersCardsResource(self._client)

    @cached_property
    def cash_balance(self) -> AsyncCustomersCashBalanceResource:
        from .customers_cash_balance import AsyncCustomersCashBalanceResource

        return AsyncCustomersCashBalanceResource(self._client)

    @cached_property
    def cash_balance_transactions(self) -> AsyncCustomersCashBalanceTransactionsResource:
        from .customers_cash_balance_transactions import (
            AsyncCustomersCashBalanceTransactionsResource,
        )

        return AsyncCustomersCashBalanceTransactionsResource(self._client)

    @cached_property
    def discount(self) -> AsyncCustomersDiscountResource:
        from .customers_discount import AsyncCustomersDiscountResource

        return AsyncCustomersDiscountResource(self._client)

    @cached_property
    def payment_methods(self) -> AsyncCustomersPaymentMethodsResource:
        from .customers_payment_methods import AsyncCustomersPaymentMethodsResource

        return AsyncCustomersPaymentMethodsResource(self._client)

    @cached_property
    def sources(self) -> AsyncCustomersSourcesResource:
        from .customers_sources import AsyncCustomersSourcesResource

        return AsyncCustomersSourcesResource(self._client)

    @cached_property
    def subscriptions(self) -> AsyncCustomersSubscriptionsResource:
        from .customers_subscriptions import AsyncCustomersSubscriptionsResource

        return AsyncCustomersSubscriptionsResource(self._client)

    @cached_property
    def tax_ids(self) -> AsyncCustomersTaxIdsResource:
        from .customers_tax_ids import AsyncCustomersTaxIdsResource

        return AsyncCustomersTaxIdsResource(self._client)

    async def create(
        self,
        *,
        address: CustomersCreateAddressParams | Literal[""] | None = None,
        balance: int | None = None,
        cash_balance: CustomersCreateCashBalanceParams | None = None,
        coupon: str | None = None,
        description: str | None = None,
        email: str | None = None,
        expand: Sequence[str] | None = None,
        invoice_prefix: str | None = None,
        invoice_settings: CustomersCreateInvoiceSettingsParams | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        name: str | None = None,
        next_invoice_sequence: int | None = None,
        payment_method: str | None = None,
        phone: str | None = None,
        preferred_locales: Sequence[str] | None = None,
        promotion_code: str | None = None,
        shipping: CustomersCreateShippingParams | Literal[""] | None = None,
        source: str | None = None,
        tax: CustomersCreateTaxParams | None = None,
        tax_exempt: Literal["", "exempt", "none", "reverse"] | None = None,
        tax_id_data: Sequence[CustomersCreateTaxIdDataItemParams] | None = None,
        test_clock: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Customer:
        """<p>Creates a new customer object.</p>

        `POST /v1/customers`
        """
        from ..models.customer import Customer

        return await self._client.request(
            "post",
            "/v1/customers",
            body={
                "address": address,
                "balance": balance,
                "cash_balance": cash_balance,
                "coupon": coupon,
                "description": description,
                "email": email,
                "expand": expand,
                "invoice_prefix": invoice_prefix,
                "invoice_settings": invoice_settings,
                "metadata": metadata,
                "name": name,
                "next_invoice_sequence": next_invoice_sequence,
                "payment_method": payment_method,
                "phone": phone,
                "preferred_locales": preferred_locales,
                "promotion_code": promotion_code,
                "shipping": shipping,
                "source": source,
                "tax": tax,
                "tax_exempt": tax_exempt,
                "tax_id_data": tax_id_data,
                "test_clock": test_clock,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Customer,
            options=request_options,
        )

    async def delete(
        self,
        customer: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeletedCustomer:
        """<p>Permanently deletes a customer. It cannot be undone. Also immediately cancels any active subscriptions on the customer.</p>

        `DELETE /v1/customers/{customer}`
        """
        from ..models.deleted_customer import DeletedCustomer

        return await self._client.request(
            "delete",
            "/v1/customers/{customer}",
            path_params={
                "customer": customer,
            },
            cast_to=DeletedCustomer,
            options=request_options,
        )

    async def funding_instructions(
        self,
        customer: str,
        *,
        bank_transfer: CustomersFundingInstructionsBankTransferParams,
        currency: str,
        funding_type: Literal["bank_transfer"] = "bank_transfer",
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FundingInstructions:
        """<p>Retrieve funding instructions for a customer cash balance. If funding instructions do not yet exist for the customer, new
        funding instructions will be created. If funding instructions have already been created for a given customer, the same
        funding instructions will be retrieved. In other words, we will return the same funding instructions each time.</p>

        `POST /v1/customers/{customer}/funding_instructions`
        """
        from ..models.funding_instructions import FundingInstructions

        return await self._client.request(
            "post",
            "/v1/customers/{customer}/funding_instructions",
            path_params={
                "customer": customer,
            },
            body={
                "bank_transfer": bank_transfer,
                "currency": currency,
                "funding_type": funding_type,
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=FundingInstructions,
            options=request_options,
        )

    def list(
        self,
        *,
        created: CustomersListCreatedParams | int | None = None,
        email: str | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        test_clock: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Customer]:
        """<p>Returns a list of your customers. The customers are returned sorted by creation date, with the most recent customers appearing first.</p>

        `GET /v1/customers`
        """
        from ..models.customer import Customer

        return self._client.request_list(
            "get",
            "/v1/customers",
            query={
                "created": created,
                "email": email,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
                "test_clock": test_clock,
            },
            cast_to=AsyncListObject[Customer],
            options=request_options,
        )

    async def retrieve(
        self,
        customer: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Customer | DeletedCustomer:
        """<p>Retrieves a Customer object.</p>

        `GET /v1/customers/{customer}`
        """
        from ..models.customer import Customer
        from ..models.deleted_customer import DeletedCustomer

        result = await self._client.request(
            "get",
            "/v1/customers/{customer}",
            path_params={
                "customer": customer,
            },
            query={
                "expand": expand,
            },
            cast_to=Customer | DeletedCustomer,
            options=request_options,
        )
        return cast("Customer | DeletedCustomer", result)

    def search(
        self,
        *,
        query: str,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncSearchPager[Customer]:
        """<p>Search for customers you’ve previously created using Stripe’s <a href="/docs/search#search-query-language">Search Query Language</a>.
        Don’t use search in read-after-write flows where strict consistency is necessary. Under normal operating
        conditions, data is searchable in less than a minute. Occasionally, propagation of new or updated data can be up
        to an hour behind during outages. Search functionality is not available to merchants in India.</p>

        `GET /v1/customers/search`
        """
        from ..models.customer import Customer

        return self._client.request_list(
            "get",
            "/v1/customers/search",
            query={
                "query": query,
                "expand": expand,
                "limit": limit,
                "page": page,
            },
            cast_to=AsyncSearchResult[Customer],
            options=request_options,
        )

    async def update(
        self,
        customer: str,
        *,
        address: CustomersUpdateAddressParams | Literal[""] | None = None,
        balance: int | None = None,
        bank_account: CustomersUpdateBankAccountParams | str | None = None,
        card: CustomersUpdateCardParams | str | None = None,
        cash_balance: CustomersUpdateCashBalanceParams | None = None,
        coupon: str | None = None,
        default_alipay_account: str | None = None,
        default_bank_account: str | None = None,
        default_card: str | None = None,
        default_source: str | None = None,
        description: str | None = None,
        email: str | None = None,
        expand: Sequence[str] | None = None,
        invoice_prefix: str | None = None,
        invoice_settings: CustomersUpdateInvoiceSettingsParams | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        name: str | None = None,
        next_invoice_sequence: int | None = None,
        phone: str | None = None,
        preferred_locales: Sequence[str] | None = None,
        promotion_code: str | None = None,
        shipping: CustomersUpdateShippingParams | Literal[""] | None = None,
        source: str | None = None,
        tax: CustomersUpdateTaxParams | None = None,
        tax_exempt: Literal["", "exempt", "none", "reverse"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Customer:
        """<p>Updates the specified customer by setting the values of the parameters passed. Any parameters not provided will be left unchanged. For example, if you pass the <strong>source</strong> parameter, that becomes the customer’s active source (e.g., a card) to be used for all charges in the future. When you update a customer to a new valid card source by passing the <strong>source</strong> parameter: for each of the customer’s current subscriptions, if the subscription bills automatically and is in the <code>past_due</code> state, then the latest open invoice for the subscription with automatic collection enabled will be retried. This retry will not count as an automatic retry, and will not affect the next regularly scheduled payment for the invoice. Changing the <strong>default_source</strong> for a customer will not trigger this behavior.</p>

        <p>This request accepts mostly the same arguments as the customer creation call.</p>

        `POST /v1/customers/{customer}`
        """
        from ..models.customer import Customer

        return await self._client.request(
            "post",
            "/v1/customers/{customer}",
            path_params={
                "customer": customer,
            },
            body={
                "address": address,
                "balance": balance,
                "bank_account": bank_account,
                "card": card,
                "cash_balance": cash_balance,
                "coupon": coupon,
                "default_alipay_account": default_alipay_account,
                "default_bank_account": default_bank_account,
                "default_card": default_card,
                "default_source": default_source,
                "description": description,
                "email": email,
                "expand": expand,
                "invoice_prefix": invoice_prefix,
                "invoice_settings": invoice_settings,
                "metadata": metadata,
                "name": name,
                "next_invoice_sequence": next_invoice_sequence,
                "phone": phone,
                "preferred_locales": preferred_locales,
                "promotion_code": promotion_code,
                "shipping": shipping,
                "source": source,
                "tax": tax,
                "tax_exempt": tax_exempt,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Customer,
            options=request_options,
        )
