# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.accounts.external_accounts`: 5 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal, cast

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.bank_account import BankAccount
    from ..models.card import Card
    from ..models.deleted_bank_account import DeletedBankAccount
    from ..models.deleted_card import DeletedCard
    from ..params import AccountsExternalAccountsCreateBankAccountParams


class AccountsExternalAccountsResource:
    """`client.accounts.external_accounts`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        account: str,
        *,
        bank_account: AccountsExternalAccountsCreateBankAccountParams | str | None = None,
        default_for_currency: bool | None = None,
        expand: Sequence[str] | None = None,
        external_account: str | None = None,
        metadata: Mapping[str, str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BankAccount | Card:
        """<p>Create an external account for a given account.</p>

        `POST /v1/accounts/{account}/external_accounts`
        """
        from ..models.bank_account import BankAccount
        from ..models.card import Card

        result = self._client.request(
            "post",
            "/v1/accounts/{account}/external_accounts",
            path_params={
                "account": account,
            },
            body={
                "bank_account": bank_account,
                "default_for_currency": default_for_currency,
                "expand": expand,
                "external_account": external_account,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=BankAccount | Card,
            options=request_options,
        )
        return cast("BankAccount | Card", result)

    def delete(
        self,
        account: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeletedBankAccount | DeletedCard:
        """<p>Delete a specified external account for a given account.</p>

        `DELETE /v1/accounts/{account}/external_accounts/{id}`
        """
        from ..models.deleted_bank_account import DeletedBankAccount
        from ..models.deleted_card import DeletedCard

        result = self._client.request(
            "delete",
            "/v1/accounts/{account}/external_accounts/{id}",
            path_params={
                "account": account,
                "id": id,
            },
            cast_to=DeletedBankAccount | DeletedCard,
            options=request_options,
        )
        return cast("DeletedBankAccount | DeletedCard", result)

    def list(
        self,
        account: str,
        *,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[BankAccount | Card]:
        """<p>List external accounts for an account.</p>

        `GET /v1/accounts/{account}/external_accounts`
        """
        from ..models.bank_account import BankAccount
        from ..models.card import Card

        return self._client.request_list(
            "get",
            "/v1/accounts/{account}/external_accounts",
            path_params={
                "account": account,
            },
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[BankAccount | Card],
            options=request_options,
        )

    def retrieve(
        self,
        account: str,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BankAccount | Card:
        """<p>Retrieve a specified external account for a given account.</p>

        `GET /v1/accounts/{account}/external_accounts/{id}`
        """
        from ..models.bank_account import BankAccount
        from ..models.card import Card

        result = self._client.request(
            "get",
            "/v1/accounts/{account}/external_accounts/{id}",
            path_params={
                "account": account,
                "id": id,
            },
            query={
                "expand": expand,
            },
            cast_to=BankAccount | Card,
            options=request_options,
        )
        return cast("BankAccount | Card", result)

    def update(
        self,
        account: str,
        id: str,
        *,
        account_holder_name: str | None = None,
        account_holder_type: Literal["", "company", "individual"] | None = None,
        account_type: Literal["checking", "futsu", "savings", "toza"] | None = None,
        address_city: str | None = None,
        address_country: str | None = None,
        address_line1: str | None = None,
        address_line2: str | None = None,
        address_state: str | None = None,
        address_zip: str | None = None,
        default_for_currency: bool | None = None,
        exp_month: str | None = None,
        exp_year: str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        name: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> BankAccount | Card:
        """<p>Updates the metadata, account holder name, account holder type of a bank account belonging to a <a href="/docs/connect/custom-accounts">Custom account</a>, and optionally sets it as the default for its currency. Other bank account details are not editable by design.</p>

        <p>You can re-enable a disabled bank account by performing an update call without providing any arguments or changes.</p>

        `POST /v1/accounts/{account}/external_accounts/{id}`
        """
        from ..models.bank_account import BankAccount
        from ..models.card import Card

        result = self._client.request(
            "post",
            "/v1/accounts/{account}/external_accounts/{id}",
            path_params={
                "account": account,
                "id": id,
            },
            body={
                "account_holder_name": account_holder_name,
                "account_holder_type": account_holder_type,
                "account_type": account_type,
                "address_city": address_city,
                "address_country": address_country,
                "address_line1": address_line1,
                "address_line2": address_line2,
                "address_state": address_state,
                "address_zip": address_zip,
                "default_for_currency": default_for_currency,
                "exp_month": exp_month,
                "exp_year": exp_year,
                "expand": expand,
                "metadata": metadata,
                "name": name,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=BankAccount | Card,
            options=request_options,
        )
        return cast("BankAccount | Card", result)


class AsyncAccountsExternalAccountsResource:
    """`client.accounts.external_accounts` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        account: str,
        *,
        bank_account: AccountsExternalAccountsCreateBankAccountParams | str | None = None,
        default_for_currency: bool | None = None,
        expand: Sequence[str] | None = None,
        external_account: str | None = None,
        metadata: Mapping[str, str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BankAccount | Card:
        """<p>Create an external account for a given account.</p>

        `POST /v1/accounts/{account}/external_accounts`
        """
        from ..models.bank_account import BankAccount
        from ..models.card import Card

        result = await self._client.request(
            "post",
            "/v1/accounts/{account}/external_accounts",
            path_params={
                "account": account,
            },
            body={
                "bank_account": bank_account,
                "default_for_currency": default_for_currency,
                "expand": expand,
                "external_account": external_account,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=BankAccount | Card,
            options=request_options,
        )
        return cast("BankAccount | Card", result)

    async def delete(
        self,
        account: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeletedBankAccount | DeletedCard:
        """<p>Delete a specified external account for a given account.</p>

        `DELETE /v1/accounts/{account}/external_accounts/{id}`
        """
        from ..models.deleted_bank_account import DeletedBankAccount
        from ..models.deleted_card import DeletedCard

        result = await self._client.request(
            "delete",
            "/v1/accounts/{account}/external_accounts/{id}",
            path_params={
                "account": account,
                "id": id,
            },
            cast_to=DeletedBankAccount | DeletedCard,
            options=request_options,
        )
        return cast("DeletedBankAccount | DeletedCard", result)

    def list(
        self,
        account: str,
        *,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[BankAccount | Card]:
        """<p>List external accounts for an account.</p>

        `GET /v1/accounts/{account}/external_accounts`
        """
        from ..models.bank_account import BankAccount
        from ..models.card import Card

        return self._client.request_list(
            "get",
            "/v1/accounts/{account}/external_accounts",
            path_params={
                "account": account,
            },
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[BankAccount | Card],
            options=request_options,
        )

    async def retrieve(
        self,
        account: str,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BankAccount | Card:
        """<p>Retrieve a specified external account for a given account.</p>

        `GET /v1/accounts/{account}/external_accounts/{id}`
        """
        from ..models.bank_account import BankAccount
        from ..models.card import Card

        result = await self._client.request(
            "get",
            "/v1/accounts/{account}/external_accounts/{id}",
            path_params={
                "account": account,
                "id": id,
            },
            query={
                "expand": expand,
            },
            cast_to=BankAccount | Card,
            options=request_options,
        )
        return cast("BankAccount | Card", result)

    async def update(
        self,
        account: str,
        id: str,
        *,
        account_holder_name: str | None = None,
        account_holder_type: Literal["", "company", "individual"] | None = None,
        account_type: Literal["checking", "futsu", "savings", "toza"] | None = None,
        address_city: str | None = None,
        address_country: str | None = None,
        address_line1: str | None = None,
        address_line2: str | None = None,
        address_state: str | None = None,
        address_zip: str | None = None,
        default_for_currency: bool | None = None,
        exp_month: str | None = None,
        exp_year: str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        name: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> BankAccount | Card:
        """<p>Updates the metadata, account holder name, account holder type of a bank account belonging to a <a href="/docs/connect/custom-accounts">Custom account</a>, and optionally sets it as the default for its currency. Other bank account details are not editable by design.</p>

        <p>You can re-enable a disabled bank account by performing an update call without providing any arguments or changes.</p>

        `POST /v1/accounts/{account}/external_accounts/{id}`
        """
        from ..models.bank_account import BankAccount
        from ..models.card import Card

        result = await self._client.request(
            "post",
            "/v1/accounts/{account}/external_accounts/{id}",
            path_params={
                "account": account,
                "id": id,
            },
            body={
                "account_holder_name": account_holder_name,
                "account_holder_type": account_holder_type,
                "account_type": account_type,
                "address_city": address_city,
                "address_country": address_country,
                "address_line1": address_line1,
                "address_line2": address_line2,
                "address_state": address_state,
                "address_zip": address_zip,
                "default_for_currency": default_for_currency,
                "exp_month": exp_month,
                "exp_year": exp_year,
                "expand": expand,
                "metadata": metadata,
                "name": name,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=BankAccount | Card,
            options=request_options,
        )
        return cast("BankAccount | Card", result)
