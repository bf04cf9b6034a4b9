# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.customers.bank_accounts`: 6 operation(s)."""

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
    from ..params import CustomersBankAccountsCreateBankAccountParams
    from ..params import CustomersBankAccountsCreateCardParams
    from ..params import CustomersBankAccountsUpdateOwnerParams


class CustomersBankAccountsResource:
    """`client.customers.bank_accounts`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        customer: str,
        *,
        alipay_account: str | None = None,
        bank_account: CustomersBankAccountsCreateBankAccountParams | str | None = None,
        card: CustomersBankAccountsCreateCardParams | str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        source: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Account | BankAccount | Card | Source:
        """<p>When you create a new credit card, you must specify a customer or recipient on which to create it.</p>

        <p>If the card’s owner has no default card, then the new card will become the default.
        However, if the owner already has a default, then it will not change.
        To change the default, you should <a href="/docs/api#update_customer">update the customer</a> to have a new <code>default_source</code>.</p>

        `POST /v1/customers/{customer}/bank_accounts`
        """
        from ..models.account import Account
        from ..models.bank_account import BankAccount
        from ..models.card import Card
        from ..models.source import Source

        result = self._client.request(
            "post",
            "/v1/customers/{customer}/bank_accounts",
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

        `DELETE /v1/customers/{customer}/bank_accounts/{id}`
        """
        from ..models.account import Account
        from ..models.bank_account import BankAccount
        from ..models.card import Card
        from ..models.deleted_bank_account import DeletedBankAccount
        from ..models.deleted_card import DeletedCard
        from ..models.source import Source

        result = self._client.request(
            "delete",
            "/v1/customers/{customer}/bank_accounts/{id}",
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
    ) -> ListObject[BankAccount]:
        """Deprecated.

        <p>You can see a list of the bank accounts belonging to a Customer. Note that the 10 most recent sources are always available by default on the Customer. If you need more than those 10, you can use this API method and the <code>limit</code> and <code>starting_after</code> parameters to page through additional bank accounts.</p>

        `GET /v1/customers/{customer}/bank_accounts`
        """
        from ..models.bank_account import BankAccount

        return self._client.request_list(
            "get",
            "/v1/customers/{customer}/bank_accounts",
            path_params={
                "customer": customer,
            },
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[BankAccount],
            options=request_options,
        )

    def retrieve(
        self,
        customer: str,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BankAccount:
        """Deprecated.

        <p>By default, you can see the 10 most recent sources stored on a Customer directly on the object, but you can also retrieve details about a specific bank account stored on the Stripe account.</p>

        `GET /v1/customers/{customer}/bank_accounts/{id}`
        """
        from ..models.bank_account import BankAccount

        return self._client.request(
            "get",
            "/v1/customers/{customer}/bank_accounts/{id}",
            path_params={
                "customer": customer,
                "id": id,
            },
            query={
                "expand": expand,
            },
            cast_to=BankAccount,
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
        owner: CustomersBankAccountsUpdateOwnerParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> Card | BankAccount | Source:
        """<p>Update a specified source for a given customer.</p>

        `POST /v1/customers/{customer}/bank_accounts/{id}`
        """
        from ..models.bank_account import BankAccount
        from ..models.card import Card
        from ..models.source import Source

        result = self._client.request(
            "post",
            "/v1/customers/{customer}/bank_accounts/{id}",
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

        `POST /v1/customers/{customer}/bank_accounts/{id}/verify`
        """
        from ..models.bank_account import BankAccount

        return self._client.request(
            "post",
            "/v1/customers/{customer}/bank_accounts/{id}/verify",
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


class AsyncCustomersBankAccountsResource:
    """`client.customers.bank_accounts` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        customer: str,
        *,
        alipay_account: str | None = None,
        bank_account: CustomersBankAccountsCreateBankAccountParams | str | None = None,
        card: CustomersBankAccountsCreateCardParams | str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        source: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Account | BankAccount | Card | Source:
        """<p>When you create a new credit card, you must specify a customer or recipient on which to create it.</p>

        <p>If the card’s owner has no default card, then the new card will become the default.
        However, if the owner already has a default, then it will not change.
        To change the default, you should <a href="/docs/api#update_customer">update the customer</a> to have a new <code>default_source</code>.</p>

        `POST /v1/customers/{customer}/bank_accounts`
        """
        from ..models.account import Account
        from ..models.bank_account import BankAccount
        from ..models.card import Card
        from ..models.source import Source

        result = await self._client.request(
            "post",
            "/v1/customers/{customer}/bank_accounts",
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

        `DELETE /v1/customers/{customer}/bank_accounts/{id}`
        """
        from ..models.account import Account
        from ..models.bank_account import BankAccount
        from ..models.card import Card
        from ..models.deleted_bank_account import DeletedBankAccount
        from ..models.deleted_card import DeletedCard
        from ..models.source import Source

        result = await self._client.request(
            "delete",
            "/v1/customers/{customer}/bank_accounts/{id}",
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
    ) -> AsyncPager[BankAccount]:
        """Deprecated.

        <p>You can see a list of the bank accounts belonging to a Customer. Note that the 10 most recent sources are always available by default on the Customer. If you need more than those 10, you can use this API method and the <code>limit</code> and <code>starting_after</code> parameters to page through additional bank accounts.</p>

        `GET /v1/customers/{customer}/bank_accounts`
        """
        from ..models.bank_account import BankAccount

        return self._client.request_list(
            "get",
            "/v1/customers/{customer}/bank_accounts",
            path_params={
                "customer": customer,
            },
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[BankAccount],
            options=request_options,
        )

    async def retrieve(
        self,
        customer: str,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BankAccount:
        """Deprecated.

        <p>By default, you can see the 10 most recent sources stored on a Customer directly on the object, but you can also retrieve details about a specific bank account stored on the Stripe account.</p>

        `GET /v1/customers/{customer}/bank_accounts/{id}`
        """
        from ..models.bank_account import BankAccount

        return await self._client.request(
            "get",
            "/v1/customers/{customer}/bank_accounts/{id}",
            path_params={
                "customer": customer,
                "id": id,
            },
            query={
                "expand": expand,
            },
            cast_to=BankAccount,
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
        owner: CustomersBankAccountsUpdateOwnerParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> Card | BankAccount | Source:
        """<p>Update a specified source for a given customer.</p>

        `POST /v1/customers/{customer}/bank_accounts/{id}`
        """
        from ..models.bank_account import BankAccount
        from ..models.card import Card
        from ..models.source import Source

        result = await self._client.request(
            "post",
            "/v1/customers/{customer}/bank_accounts/{id}",
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

        `POST /v1/customers/{customer}/bank_accounts/{id}/verify`
        """
        from ..models.bank_account import BankAccount

        return await self._client.request(
            "post",
            "/v1/customers/{customer}/bank_accounts/{id}/verify",
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
