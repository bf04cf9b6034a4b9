# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.customers.sources`: 6 operation(s)."""

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
    from ..params import CustomersSourcesCreateBankAccountParams
    from ..params import CustomersSourcesCreateCardParams
    from ..params import CustomersSourcesUpdateOwnerParams


class CustomersSourcesResource:
    """`client.customers.sources`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        customer: str,
        *,
        alipay_account: str | None = None,
        bank_account: CustomersSourcesCreateBankAccountParams | str | None = None,
        card: CustomersSourcesCreateCardParams | str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        source: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Account | BankAccount | Card | Source:
        """<p>When you create a new credit card, you must specify a customer or recipient on which to create it.</p>

        <p>If the card’s owner has no default card, then the new card will become the default.
        However, if the owner already has a default, then it will not change.
        To change the default, you should <a href="/docs/api#update_customer">update the customer</a> to have a new <code>default_source</code>.</p>

        `POST /v1/customers/{customer}/sources`
        """
        from ..models.account import Account
        from ..models.bank_account import BankAccount
        from ..models.card import Card
        from ..models.source import Source

        result = self._client.request(
            "post",
            "/v1/customers/{customer}/sources",
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

        `DELETE /v1/customers/{customer}/sources/{id}`
        """
        from ..models.account import Account
        from ..models.bank_account import BankAccount
        from ..models.card import Card
        from ..models.deleted_bank_account import DeletedBankAccount
        from ..models.deleted_card import DeletedCard
        from ..models.source import Source

        result = self._client.request(
            "delete",
            "/v1/customers/{customer}/sources/{id}",
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
        object: str | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[BankAccount | Card | Source]:
        """<p>List sources for a specified customer.</p>

        `GET /v1/customers/{customer}/sources`
        """
        from ..models.bank_account import BankAccount
        from ..models.card import Card
        from ..models.source import Source

        return self._client.request_list(
            "get",
            "/v1/customers/{customer}/sources",
            path_params={
                "customer": customer,
            },
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "object": object,
                "starting_after": starting_after,
            },
            cast_to=ListObject[BankAccount | Card | Source],
            options=request_options,
        )

    def retrieve(
        self,
        customer: str,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Account | BankAccount | Card | Source:
        """<p>Retrieve a specified source for a given customer.</p>

        `GET /v1/customers/{customer}/sources/{id}`
        """
        from ..models.account import Account
        from ..models.bank_account import BankAccount
        from ..models.card import Card
        from ..models.source import Source

        result = self._client.request(
            "get",
            "/v1/customers/{customer}/sources/{id}",
            path_params={
                "customer": customer,
                "id": id,
            },
            query={
                "expand": expand,
            },
            cast_to=Account | BankAccount | Card | Source,
            options=request_options,
        )
        return cast("Account | BankAccount | Card | Source", result)

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
        owner: CustomersSourcesUpdateOwnerParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> Card | BankAccount | Source:
        """<p>Update a specified source for a given customer.</p>

        `POST /v1/customers/{customer}/sources/{id}`
        """
        from ..models.bank_account import BankAccount
        from ..models.card import Card
        from ..models.source import Source

        result = self._client.request(
            "post",
            "/v1/customers/{customer}/sources/{id}",
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

    def verify(
        self,
        customer: str,
        id: str,
        *,
        amounts: Sequence[int] | None = None,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BankAccount:
        """<p>Verify a specified bank account for a given customer.</p>

        `POST /v1/customers/{customer}/sources/{id}/verify`
        """
        from ..models.bank_account import BankAccount

        return self._client.request(
            "post",
            "/v1/customers/{customer}/sources/{id}/verify",
            path_params={
                "customer": customer,
                "id": id,
            },
            body={
                "amounts": amounts,
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=BankAccount,
            options=request_options,
        )


class AsyncCustomersSourcesResource:
    """`client.customers.sources` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        customer: str,
        *,
        alipay_account: str | None = None,
        bank_account: CustomersSourcesCreateBankAccountParams | str | None = None,
        card: CustomersSourcesCreateCardParams | str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        source: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Account | BankAccount | Card | Source:
        """<p>When you create a new credit card, you must specify a customer or recipient on which to create it.</p>

        <p>If the card’s owner has no default card, then the new card will become the default.
        However, if the owner already has a default, then it will not change.
        To change the default, you should <a href="/docs/api#update_customer">update the customer</a> to have a new <code>default_source</code>.</p>

        `POST /v1/customers/{customer}/sources`
        """
        from ..models.account import Account
        from ..models.bank_account import BankAccount
        from ..models.card import Card
        from ..models.source import Source

        result = await self._client.request(
            "post",
            "/v1/customers/{customer}/sources",
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

        `DELETE /v1/customers/{customer}/sources/{id}`
        """
        from ..models.account import Account
        from ..models.bank_account import BankAccount
        from ..models.card import Card
        from ..models.deleted_bank_account import DeletedBankAccount
        from ..models.deleted_card import DeletedCard
        from ..models.source import Source

        result = await self._client.request(
            "delete",
            "/v1/customers/{customer}/sources/{id}",
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
        object: str | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[BankAccount | Card | Source]:
        """<p>List sources for a specified customer.</p>

        `GET /v1/customers/{customer}/sources`
        """
        from ..models.bank_account import BankAccount
        from ..models.card import Card
        from ..models.source import Source

        return self._client.request_list(
            "get",
            "/v1/customers/{customer}/sources",
            path_params={
                "customer": customer,
            },
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "object": object,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[BankAccount | Card | Source],
            options=request_options,
        )

    async def retrieve(
        self,
        customer: str,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Account | BankAccount | Card | Source:
        """<p>Retrieve a specified source for a given customer.</p>

        `GET /v1/customers/{customer}/sources/{id}`
        """
        from ..models.account import Account
        from ..models.bank_account import BankAccount
        from ..models.card import Card
        from ..models.source import Source

        result = await self._client.request(
            "get",
            "/v1/customers/{customer}/sources/{id}",
            path_params={
                "customer": customer,
                "id": id,
            },
            query={
                "expand": expand,
            },
            cast_to=Account | BankAccount | Card | Source,
            options=request_options,
        )
        return cast("Account | BankAccount | Card | Source", result)

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
        owner: CustomersSourcesUpdateOwnerParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> Card | BankAccount | Source:
        """<p>Update a specified source for a given customer.</p>

        `POST /v1/customers/{customer}/sources/{id}`
        """
        from ..models.bank_account import BankAccount
        from ..models.card import Card
        from ..models.source import Source

        result = await self._client.request(
            "post",
            "/v1/customers/{customer}/sources/{id}",
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

    async def verify(
        self,
        customer: str,
        id: str,
        *,
        amounts: Sequence[int] | None = None,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BankAccount:
        """<p>Verify a specified bank account for a given customer.</p>

        `POST /v1/customers/{customer}/sources/{id}/verify`
        """
        from ..models.bank_account import BankAccount

        return await self._client.request(
            "post",
            "/v1/customers/{customer}/sources/{id}/verify",
            path_params={
                "customer": customer,
                "id": id,
            },
            body={
                "amounts": amounts,
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=BankAccount,
            options=request_options,
        )
