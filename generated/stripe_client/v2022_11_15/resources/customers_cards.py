# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.customers.cards`: 5 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal, cast

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.account import Account
    from ..models.bank_account import BankAccount
    from ..models.card import Card
    from ..models.deleted_bank_account import DeletedBankAccount
    from ..models.deleted_card import DeletedCard
    from ..models.source import Source
    from ..params import CustomersCardsCreateBankAccountParams
    from ..params import CustomersCardsCreateCardParams
    from ..params import CustomersCardsUpdateOwnerParams


class CustomersCardsResource:
    """`client.customers.cards`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        customer: str,
        *,
        alipay_account: str | None = None,
        bank_account: CustomersCardsCreateBankAccountParams | str | None = None,
        card: CustomersCardsCreateCardParams | str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        source: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Account | BankAccount | Card | Source:
        """<p>When you create a new credit card, you must specify a customer or recipient on which to create it.</p>

        <p>If the card’s owner has no default card, then the new card will become the default.
        However, if the owner already has a default, then it will not change.
        To change the default, you should <a href="/docs/api#update_customer">update the customer</a> to have a new <code>default_source</code>.</p>

        `POST /v1/customers/{customer}/cards`
        """
        from ..models.account import Account
        from ..models.bank_account import BankAccount
        from ..models.card import Card
        from ..models.source import Source

        result = self._client.request(
            "post",
            "/v1/customers/{customer}/cards",
            path_params={
                "customer": customer,
            },
            body={
                "alipay_account": alipay_account,
                "bank_account": bank_account,
                "card": card,
                "expand": expand,
                "metadata": metadata,
                "source": source,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Account | BankAccount | Card | Source,
            options=request_options,
        )
        return cast("Account | BankAccount | Card | Source", result)

    def delete(
        self,
        customer: str,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Account | BankAccount | Card | Source | DeletedBankAccount | DeletedCard:
        """<p>Delete a specified source for a given customer.</p>

        `DELETE /v1/customers/{customer}/cards/{id}`
        """
        from ..models.account import Account
        from ..models.bank_account import BankAccount
        from ..models.card import Card
        from ..models.deleted_bank_account import DeletedBankAccount
        from ..models.deleted_card import DeletedCard
        from ..models.source import Source

        result = self._client.request(
            "delete",
            "/v1/customers/{customer}/cards/{id}",
            path_params={
                "customer": customer,
                "id": id,
            },
            query={
                "expand": expand,
            },
            cast_to=Account | BankAccount | Card | Source | DeletedBankAccount | DeletedCard,
            options=request_options,
        )
        return cast(
            "Account | BankAccount | Card | Source | DeletedBankAccount | DeletedCard", result
        )

    def list(
        self,
        customer: str,
        *,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[Card]:
        """Deprecated.

        <p>You can see a list of the cards belonging to a customer.
        Note that the 10 most recent sources are always available on the <code>Customer</code> object.
        If you need more than those 10, you can use this API method and the <code>limit</code> and <code>starting_after</code> parameters to page through additional cards.</p>

        `GET /v1/customers/{customer}/cards`
        """
        from ..models.card import Card

        return self._client.request_list(
            "get",
            "/v1/customers/{customer}/cards",
            path_params={
                "customer": customer,
            },
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[Card],
            options=request_options,
        )

    def retrieve(
        self,
        customer: str,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Card:
        """Deprecated.

        <p>You can always see the 10 most recent cards directly on a customer; this method lets you retrieve details about a specific card stored on the customer.</p>

        `GET /v1/customers/{customer}/cards/{id}`
        """
        from ..models.card import Card

        return self._client.request(
            "get",
            "/v1/customers/{customer}/cards/{id}",
            path_params={
                "customer": customer,
                "id": id,
            },
            query={
                "expand": expand,
            },
            cast_to=Card,
            options=request_options,
        )

    def update(
        self,
        customer: str,
        id: str,
        *,
        account_holder_name: str | None = None,
        account_holder_type: Literal["company", "individual"] | None = None,
        address_city: str | None = None,
        address_country: str | None = None,
        address_line1: str | None = None,
        address_line2: str | None = None,
        address_state: str | None = None,
        address_zip: str | None = None,
        exp_month: str | None = None,
        exp_year: str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        name: str | None = None,
        owner: CustomersCardsUpdateOwnerParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> Card | BankAccount | Source:
        """<p>Update a specified source for a given customer.</p>

        `POST /v1/customers/{customer}/cards/{id}`
        """
        from ..models.bank_account import BankAccount
        from ..models.card import Card
        from ..models.source import Source

        result = self._client.request(
            "post",
            "/v1/customers/{customer}/cards/{id}",
            path_params={
                "customer": customer,
                "id": id,
            },
            body={
                "account_holder_name": account_holder_name,
                "account_holder_type": account_holder_type,
                "address_city": address_city,
                "address_country": address_country,
                "address_line1": address_line1,
                "address_line2": address_line2,
                "address_state": address_state,
                "address_zip": address_zip,
                "exp_month": exp_month,
                "exp_year": exp_year,
                "expand": expand,
                "metadata": metadata,
                "name": name,
                "owner": owner,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Card | BankAccount | Source,
            options=request_options,
        )
        return cast("Card | BankAccount | Source", result)


class AsyncCustomersCardsResource:
    """`client.customers.cards` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        customer: str,
        *,
        alipay_account: str | None = None,
        bank_account: CustomersCardsCreateBankAccountParams | str | None = None,
        card: CustomersCardsCreateCardParams | str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        source: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Account | BankAccount | Card | Source:
        """<p>When you create a new credit card, you must specify a customer or recipient on which to create it.</p>

        <p>If the card’s owner has no default card, then the new card will become the default.
        However, if the owner already has a default, then it will not change.
        To change the default, you should <a href="/docs/api#update_customer">update the customer</a> to have a new <code>default_source</code>.</p>

        `POST /v1/customers/{customer}/cards`
        """
        from ..models.account import Account
        from ..models.bank_account import BankAccount
        from ..models.card import Card
        from ..models.source import Source

        result = await self._client.request(
            "post",
            "/v1/customers/{customer}/cards",
            path_params={
                "customer": customer,
            },
            body={
                "alipay_account": alipay_account,
                "bank_account": bank_account,
                "card": card,
                "expand": expand,
                "metadata": metadata,
                "source": source,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Account | BankAccount | Card | Source,
            options=request_options,
        )
        return cast("Account | BankAccount | Card | Source", result)

    async def delete(
        self,
        customer: str,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Account | BankAccount | Card | Source | DeletedBankAccount | DeletedCard:
        """<p>Delete a specified source for a given customer.</p>

        `DELETE /v1/customers/{customer}/cards/{id}`
        """
        from ..models.account import Account
        from ..models.bank_account import BankAccount
        from ..models.card import Card
        from ..models.deleted_bank_account import DeletedBankAccount
        from ..models.deleted_card import DeletedCard
        from ..models.source import Source

        result = await self._client.request(
            "delete",
            "/v1/customers/{customer}/cards/{id}",
            path_params={
                "customer": customer,
                "id": id,
            },
            query={
                "expand": expand,
            },
            cast_to=Account | BankAccount | Card | Source | DeletedBankAccount | DeletedCard,
            options=request_options,
        )
        return cast(
            "Account | BankAccount | Card | Source | DeletedBankAccount | DeletedCard", result
        )

    def list(
        self,
        customer: str,
        *,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Card]:
        """Deprecated.

        <p>You can see a list of the cards belonging to a customer.
        Note that the 10 most recent sources are always available on the <code>Customer</code> object.
        If you need more than those 10, you can use this API method and the <code>limit</code> and <code>starting_after</code> parameters to page through additional cards.</p>

        `GET /v1/customers/{customer}/cards`
        """
        from ..models.card import Card

        return self._client.request_list(
            "get",
            "/v1/customers/{customer}/cards",
            path_params={
                "customer": customer,
            },
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[Card],
            options=request_options,
        )

    async def retrieve(
        self,
        customer: str,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Card:
        """Deprecated.

        <p>You can always see the 10 most recent cards directly on a customer; this method lets you retrieve details about a specific card stored on the customer.</p>

        `GET /v1/customers/{customer}/cards/{id}`
        """
        from ..models.card import Card

        return await self._client.request(
            "get",
            "/v1/customers/{customer}/cards/{id}",
            path_params={
                "customer": customer,
                "id": id,
            },
            query={
                "expand": expand,
            },
            cast_to=Card,
            options=request_options,
        )

    async def update(
        self,
        customer: str,
        id: str,
        *,
        account_holder_name: str | None = None,
        account_holder_type: Literal["company", "individual"] | None = None,
        address_city: str | None = None,
        address_country: str | None = None,
        address_line1: str | None = None,
        address_line2: str | None = None,
        address_state: str | None = None,
        address_zip: str | None = None,
        exp_month: str | None = None,
        exp_year: str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        name: str | None = None,
        owner: CustomersCardsUpdateOwnerParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> Card | BankAccount | Source:
        """<p>Update a specified source for a given customer.</p>

        `POST /v1/customers/{customer}/cards/{id}`
        """
        from ..models.bank_account import BankAccount
        from ..models.card import Card
        from ..models.source import Source

        result = await self._client.request(
            "post",
            "/v1/customers/{customer}/cards/{id}",
            path_params={
                "customer": customer,
                "id": id,
            },
            body={
                "account_holder_name": account_holder_name,
                "account_holder_type": account_holder_type,
                "address_city": address_city,
                "address_country": address_country,
                "address_line1": address_line1,
                "address_line2": address_line2,
                "address_state": address_state,
                "address_zip": address_zip,
                "exp_month": exp_month,
                "exp_year": exp_year,
                "expand": expand,
                "metadata": metadata,
                "name": name,
                "owner": owner,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Card | BankAccount | Source,
            options=request_options,
        )
        return cast("Card | BankAccount | Source", result)
