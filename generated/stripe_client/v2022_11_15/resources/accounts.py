# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.accounts`: 7 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.account import Account
    from ..models.deleted_account import DeletedAccount
    from ..models.login_link import LoginLink
    from ..params import AccountsCreateBankAccountParams
    from ..params import AccountsCreateBusinessProfileParams
    from ..params import AccountsCreateCapabilitiesParams
    from ..params import AccountsCreateCompanyParams
    from ..params import AccountsCreateDocumentsParams
    from ..params import AccountsCreateIndividualParams
    from ..params import AccountsCreateSettingsParams
    from ..params import AccountsCreateTosAcceptanceParams
    from ..params import AccountsListCreatedParams
    from ..params import AccountsUpdateBusinessProfileParams
    from ..params import AccountsUpdateCapabilitiesParams
    from ..params import AccountsUpdateCompanyParams
    from ..params import AccountsUpdateDocumentsParams
    from ..params import AccountsUpdateIndividualParams
    from ..params import AccountsUpdateSettingsParams
    from ..params import AccountsUpdateTosAcceptanceParams
    from .accounts_bank_accounts import (
        AccountsBankAccountsResource,
        AsyncAccountsBankAccountsResource,
    )
    from .accounts_capabilities import (
        AccountsCapabilitiesResource,
        AsyncAccountsCapabilitiesResource,
    )
    from .accounts_external_accounts import (
        AccountsExternalAccountsResource,
        AsyncAccountsExternalAccountsResource,
    )
    from .accounts_people import AccountsPeopleResource, AsyncAccountsPeopleResource
    from .accounts_persons import AccountsPersonsResource, AsyncAccountsPersonsResource


class AccountsResource:
    """`client.accounts`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def bank_accounts(self) -> AccountsBankAccountsResource:
        from .accounts_bank_accounts import AccountsBankAccountsResource

        return AccountsBankAccountsResource(self._client)

    @cached_property
    def capabilities(self) -> AccountsCapabilitiesResource:
        from .accounts_capabilities import AccountsCapabilitiesResource

        return AccountsCapabilitiesResource(self._client)

    @cached_property
    def external_accounts(self) -> AccountsExternalAccountsResource:
        from .accounts_external_accounts import AccountsExternalAccountsResource

        return AccountsExternalAccountsResource(self._client)

    @cached_property
    def people(self) -> AccountsPeopleResource:
        from .accounts_people import AccountsPeopleResource

        return AccountsPeopleResource(self._client)

    @cached_property
    def persons(self) -> AccountsPersonsResource:
        from .accounts_persons import AccountsPersonsResource

        return AccountsPersonsResource(self._client)

    def create(
        self,
        *,
        account_token: str | None = None,
        bank_account: AccountsCreateBankAccountParams | str | None = None,
        business_profile: AccountsCreateBusinessProfileParams | None = None,
        business_type: (
            Literal["company", "government_entity", "individual", "non_profit"] | None
        ) = None,
        capabilities: AccountsCreateCapabilitiesParams | None = None,
        company: AccountsCreateCompanyParams | None = None,
        country: str | None = None,
        default_currency: str | None = None,
        documents: AccountsCreateDocumentsParams | None = None,
        email: str | None = None,
        expand: Sequence[str] | None = None,
        external_account: str | None = None,
        individual: AccountsCreateIndividualParams | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        settings: AccountsCreateSettingsParams | None = None,
        tos_acceptance: AccountsCreateTosAcceptanceParams | None = None,
        type: Literal["custom", "express", "standard"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Account:
        """<p>With <a href="/docs/connect">Connect</a>, you can create Stripe accounts for your users.
        To do this, you’ll first need to <a href="https://dashboard.stripe.com/account/applications/settings">register your platform</a>.</p>

        `POST /v1/accounts`
        """
        from ..models.account import Account

        return self._client.request(
            "post",
            "/v1/accounts",
            body={
                "account_token": account_token,
                "bank_account": bank_account,
                "business_profile": business_profile,
                "business_type": business_type,
                "capabilities": capabilities,
                "company": company,
                "country": country,
                "default_currency": default_currency,
                "documents": documents,
                "email": email,
                "expand": expand,
                "external_account": external_account,
                "individual": individual,
                "metadata": metadata,
                "settings": settings,
                "tos_acceptance": tos_acceptance,
                "type": type,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Account,
            options=request_options,
        )

    def delete(
        self,
        account: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeletedAccount:
        """<p>With <a href="/docs/connect">Connect</a>, you can delete accounts you manage.</p>

        <p>Accounts created using test-mode keys can be deleted at any time. Standard accounts created using live-mode keys cannot be deleted. Custom or Express accounts created using live-mode keys can only be deleted once all balances are zero.</p>

        <p>If you want to delete your own account, use the <a href="https://dashboard.stripe.com/account">account information tab in your account settings</a> instead.</p>

        `DELETE /v1/accounts/{account}`
        """
        from ..models.deleted_account import DeletedAccount

        return self._client.request(
            "delete",
            "/v1/accounts/{account}",
            path_params={
                "account": account,
            },
            cast_to=DeletedAccount,
            options=request_options,
        )

    def list(
        self,
        *,
        created: AccountsListCreatedParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[Account]:
        """<p>Returns a list of accounts connected to your platform via <a href="/docs/connect">Connect</a>. If you’re not a platform, the list is empty.</p>

        `GET /v1/accounts`
        """
        from ..models.account import Account

        return self._client.request_list(
            "get",
            "/v1/accounts",
            query={
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[Account],
            options=request_options,
        )

    def login_links(
        self,
        account: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> LoginLink:
        """<p>Creates a single-use login link for an Express account to access their Stripe dashboard.</p>

        <p><strong>You may only create login links for <a href="/docs/connect/express-accounts">Express accounts</a> connected to your platform</strong>.</p>

        `POST /v1/accounts/{account}/login_links`
        """
        from ..models.login_link import LoginLink

        return self._client.request(
            "post",
            "/v1/accounts/{account}/login_links",
            path_params={
                "account": account,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=LoginLink,
            options=request_options,
        )

    def reject(
        self,
        account: str,
        *,
        reason: str,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Account:
        """<p>With <a href="/docs/connect">Connect</a>, you may flag accounts as suspicious.</p>

        <p>Test-mode Custom and Express accounts can be rejected at any time. Accounts created using live-mode keys may only be rejected once all balances are zero.</p>

        `POST /v1/accounts/{account}/reject`
        """
        from ..models.account import Account

        return self._client.request(
            "post",
            "/v1/accounts/{account}/reject",
            path_params={
                "account": account,
            },
            body={
                "reason": reason,
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Account,
            options=request_options,
        )

    def retrieve(
        self,
        account: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Account:
        """<p>Retrieves the details of an account.</p>

        `GET /v1/accounts/{account}`
        """
        from ..models.account import Account

        return self._client.request(
            "get",
            "/v1/accounts/{account}",
            path_params={
                "account": account,
            },
            query={
                "expand": expand,
            },
            cast_to=Account,
            options=request_options,
        )

    def update(
        self,
        account: str,
        *,
        account_token: str | None = None,
        business_profile: AccountsUpdateBusinessProfileParams | None = None,
        business_type: (
            Literal["company", "government_entity", "individual", "non_profit"] | None
        ) = None,
        capabilities: AccountsUpdateCapabilitiesParams | None = None,
        company: AccountsUpdateCompanyParams | None = None,
        default_currency: str | None = None,
        documents: AccountsUpdateDocumentsParams | None = None,
        email: str | None = None,
        expand: Sequence[str] | None = None,
        external_account: str | None = None,
        individual: AccountsUpdateIndividualParams | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        settings: AccountsUpdateSettingsParams | None = None,
        tos_acceptance: AccountsUpdateTosAcceptanceParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> Account:
        """<p>Updates a <a href="/docs/connect/accounts">connected account</a> by setting the values of the parameters passed. Any parameters not provided are left unchanged. Most parameters can be changed only for Custom accounts. (These are marked <strong>Custom Only</strong> below.) Parameters marked <strong>Custom and Express</strong> are not supported for Standard accounts.</p>

        <p>To update your own account, use the <a href="https://dashboard.stripe.com/account">Dashboard</a>. Refer to our <a href="/docs/connect/updating-accounts">Connect</a> documentation to learn more about updating accounts.</p>

        `POST /v1/accounts/{account}`
        """
        from ..models.account import Account

        return self._client.request(
            "post",
            "/v1/accounts/{account}",
            path_params={
                "account": account,
            },
            body={
                "account_token": account_token,
                "business_profile": business_profile,
                "business_type": business_type,
                "capabilities": capabilities,
                "company": company,
                "default_currency": default_currency,
                "documents": documents,
                "email": email,
                "expand": expand,
                "external_account": external_account,
                "individual": individual,
                "metadata": metadata,
                "settings": settings,
                "tos_acceptance": tos_acceptance,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Account,
            options=request_options,
        )


class AsyncAccountsResource:
    """`client.accounts` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def bank_accounts(self) -> AsyncAccountsBankAccountsResource:
        from .accounts_bank_accounts import AsyncAccountsBankAccountsResource

        return AsyncAccountsBankAccountsResource(self._client)

    @cached_property
    def capabilities(self) -> AsyncAccountsCapabilitiesResource:
        from .accounts_capabilities import AsyncAccountsCapabilitiesResource

        return AsyncAccountsCapabilitiesResource(self._client)

    @cached_property
    def external_accounts(self) -> AsyncAccountsExternalAccountsResource:
        from .accounts_external_accounts import AsyncAccountsExternalAccountsResource

        return AsyncAccountsExternalAccountsResource(self._client)

    @cached_property
    def people(self) -> AsyncAccountsPeopleResource:
        from .accounts_people import AsyncAccountsPeopleResource

        return AsyncAccountsPeopleResource(self._client)

    @cached_property
    def persons(self) -> AsyncAccountsPersonsResource:
        from .accounts_persons import AsyncAccountsPersonsResource

        return AsyncAccountsPersonsResource(self._client)

    async def create(
        self,
        *,
        account_token: str | None = None,
        bank_account: AccountsCreateBankAccountParams | str | None = None,
        business_profile: AccountsCreateBusinessProfileParams | None = None,
        business_type: (
            Literal["company", "government_entity", "individual", "non_profit"] | None
        ) = None,
        capabilities: AccountsCreateCapabilitiesParams | None = None,
        company: AccountsCreateCompanyParams | None = None,
        country: str | None = None,
        default_currency: str | None = None,
        documents: AccountsCreateDocumentsParams | None = None,
        email: str | None = None,
        expand: Sequence[str] | None = None,
        external_account: str | None = None,
        individual: AccountsCreateIndividualParams | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        settings: AccountsCreateSettingsParams | None = None,
        tos_acceptance: AccountsCreateTosAcceptanceParams | None = None,
        type: Literal["custom", "express", "standard"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Account:
        """<p>With <a href="/docs/connect">Connect</a>, you can create Stripe accounts for your users.
        To do this, you’ll first need to <a href="https://dashboard.stripe.com/account/applications/settings">register your platform</a>.</p>

        `POST /v1/accounts`
        """
        from ..models.account import Account

        return await self._client.request(
            "post",
            "/v1/accounts",
            body={
                "account_token": account_token,
                "bank_account": bank_account,
                "business_profile": business_profile,
                "business_type": business_type,
                "capabilities": capabilities,
                "company": company,
                "country": country,
                "default_currency": default_currency,
                "documents": documents,
                "email": email,
                "expand": expand,
                "external_account": external_account,
                "individual": individual,
                "metadata": metadata,
                "settings": settings,
                "tos_acceptance": tos_acceptance,
                "type": type,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Account,
            options=request_options,
        )

    async def delete(
        self,
        account: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeletedAccount:
        """<p>With <a href="/docs/connect">Connect</a>, you can delete accounts you manage.</p>

        <p>Accounts created using test-mode keys can be deleted at any time. Standard accounts created using live-mode keys cannot be deleted. Custom or Express accounts created using live-mode keys can only be deleted once all balances are zero.</p>

        <p>If you want to delete your own account, use the <a href="https://dashboard.stripe.com/account">account information tab in your account settings</a> instead.</p>

        `DELETE /v1/accounts/{account}`
        """
        from ..models.deleted_account import DeletedAccount

        return await self._client.request(
            "delete",
            "/v1/accounts/{account}",
            path_params={
                "account": account,
            },
            cast_to=DeletedAccount,
            options=request_options,
        )

    def list(
        self,
        *,
        created: AccountsListCreatedParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Account]:
        """<p>Returns a list of accounts connected to your platform via <a href="/docs/connect">Connect</a>. If you’re not a platform, the list is empty.</p>

        `GET /v1/accounts`
        """
        from ..models.account import Account

        return self._client.request_list(
            "get",
            "/v1/accounts",
            query={
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[Account],
            options=request_options,
        )

    async def login_links(
        self,
        account: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> LoginLink:
        """<p>Creates a single-use login link for an Express account to access their Stripe dashboard.</p>

        <p><strong>You may only create login links for <a href="/docs/connect/express-accounts">Express accounts</a> connected to your platform</strong>.</p>

        `POST /v1/accounts/{account}/login_links`
        """
        from ..models.login_link import LoginLink

        return await self._client.request(
            "post",
            "/v1/accounts/{account}/login_links",
            path_params={
                "account": account,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=LoginLink,
            options=request_options,
        )

    async def reject(
        self,
        account: str,
        *,
        reason: str,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Account:
        """<p>With <a href="/docs/connect">Connect</a>, you may flag accounts as suspicious.</p>

        <p>Test-mode Custom and Express accounts can be rejected at any time. Accounts created using live-mode keys may only be rejected once all balances are zero.</p>

        `POST /v1/accounts/{account}/reject`
        """
        from ..models.account import Account

        return await self._client.request(
            "post",
            "/v1/accounts/{account}/reject",
            path_params={
                "account": account,
            },
            body={
                "reason": reason,
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Account,
            options=request_options,
        )

    async def retrieve(
        self,
        account: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Account:
        """<p>Retrieves the details of an account.</p>

        `GET /v1/accounts/{account}`
        """
        from ..models.account import Account

        return await self._client.request(
            "get",
            "/v1/accounts/{account}",
            path_params={
                "account": account,
            },
            query={
                "expand": expand,
            },
            cast_to=Account,
            options=request_options,
        )

    async def update(
        self,
        account: str,
        *,
        account_token: str | None = None,
        business_profile: AccountsUpdateBusinessProfileParams | None = None,
        business_type: (
            Literal["company", "government_entity", "individual", "non_profit"] | None
        ) = None,
        capabilities: AccountsUpdateCapabilitiesParams | None = None,
        company: AccountsUpdateCompanyParams | None = None,
        default_currency: str | None = None,
        documents: AccountsUpdateDocumentsParams | None = None,
        email: str | None = None,
        expand: Sequence[str] | None = None,
        external_account: str | None = None,
        individual: AccountsUpdateIndividualParams | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        settings: AccountsUpdateSettingsParams | None = None,
        tos_acceptance: AccountsUpdateTosAcceptanceParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> Account:
        """<p>Updates a <a href="/docs/connect/accounts">connected account</a> by setting the values of the parameters passed. Any parameters not provided are left unchanged. Most parameters can be changed only for Custom accounts. (These are marked <strong>Custom Only</strong> below.) Parameters marked <strong>Custom and Express</strong> are not supported for Standard accounts.</p>

        <p>To update your own account, use the <a href="https://dashboard.stripe.com/account">Dashboard</a>. Refer to our <a href="/docs/connect/updating-accounts">Connect</a> documentation to learn more about updating accounts.</p>

        `POST /v1/accounts/{account}`
        """
        from ..models.account import Account

        return await self._client.request(
            "post",
            "/v1/accounts/{account}",
            path_params={
                "account": account,
            },
            body={
                "account_token": account_token,
                "business_profile": business_profile,
                "business_type": business_type,
                "capabilities": capabilities,
                "company": company,
                "default_currency": default_currency,
                "documents": documents,
                "email": email,
                "expand": expand,
                "external_account": external_account,
                "individual": individual,
                "metadata": metadata,
                "settings": settings,
                "tos_acceptance": tos_acceptance,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Account,
            options=request_options,
        )
