# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.treasury.financial_accounts`: 4 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.treasury_financial_account import TreasuryFinancialAccount
    from ..params import TreasuryFinancialAccountsCreateFeaturesParams
    from ..params import TreasuryFinancialAccountsCreatePlatformRestrictionsParams
    from ..params import TreasuryFinancialAccountsListCreatedParams
    from ..params import TreasuryFinancialAccountsUpdateFeaturesParams
    from ..params import TreasuryFinancialAccountsUpdatePlatformRestrictionsParams
    from .treasury_financial_accounts_features import (
        TreasuryFinancialAccountsFeaturesResource,
        AsyncTreasuryFinancialAccountsFeaturesResource,
    )


class TreasuryFinancialAccountsResource:
    """`client.treasury.financial_accounts`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def features(self) -> TreasuryFinancialAccountsFeaturesResource:
        from .treasury_financial_accounts_features import TreasuryFinancialAccountsFeaturesResource

        return TreasuryFinancialAccountsFeaturesResource(self._client)

    def create(
        self,
        *,
        supported_currencies: Sequence[str],
        expand: Sequence[str] | None = None,
        features: TreasuryFinancialAccountsCreateFeaturesParams | None = None,
        metadata: Mapping[str, str] | None = None,
        platform_restrictions: (
            TreasuryFinancialAccountsCreatePlatformRestrictionsParams | None
        ) = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryFinancialAccount:
        """<p>Creates a new FinancialAccount. For now, each connected account can only have one FinancialAccount.</p>

        `POST /v1/treasury/financial_accounts`
        """
        from ..models.treasury_financial_account import TreasuryFinancialAccount

        return self._client.request(
            "post",
            "/v1/treasury/financial_accounts",
            body={
                "supported_currencies": supported_currencies,
                "expand": expand,
                "features": features,
                "metadata": metadata,
                "platform_restrictions": platform_restrictions,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TreasuryFinancialAccount,
            options=request_options,
        )

    def list(
        self,
        *,
        created: TreasuryFinancialAccountsListCreatedParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[TreasuryFinancialAccount]:
        """<p>Returns a list of FinancialAccounts.</p>

        `GET /v1/treasury/financial_accounts`
        """
        from ..models.treasury_financial_account import TreasuryFinancialAccount

        return self._client.request_list(
            "get",
            "/v1/treasury/financial_accounts",
            query={
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[TreasuryFinancialAccount],
            options=request_options,
        )

    def retrieve(
        self,
        financial_account: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryFinancialAccount:
        """<p>Retrieves the details of a FinancialAccount.</p>

        `GET /v1/treasury/financial_accounts/{financial_account}`
        """
        from ..models.treasury_financial_account import TreasuryFinancialAccount

        return self._client.request(
            "get",
            "/v1/treasury/financial_accounts/{financial_account}",
            path_params={
                "financial_account": financial_account,
            },
            query={
                "expand": expand,
            },
            cast_to=TreasuryFinancialAccount,
            options=request_options,
        )

    def update(
        self,
        financial_account: str,
        *,
        expand: Sequence[str] | None = None,
        features: TreasuryFinancialAccountsUpdateFeaturesParams | None = None,
        metadata: Mapping[str, str] | None = None,
        platform_restrictions: (
            TreasuryFinancialAccountsUpdatePlatformRestrictionsParams | None
        ) = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryFinancialAccount:
        """<p>Updates the details of a FinancialAccount.</p>

        `POST /v1/treasury/financial_accounts/{financial_account}`
        """
        from ..models.treasury_financial_account import TreasuryFinancialAccount

        return self._client.request(
            "post",
            "/v1/treasury/financial_accounts/{financial_account}",
            path_params={
                "financial_account": financial_account,
            },
            body={
                "expand": expand,
                "features": features,
                "metadata": metadata,
                "platform_restrictions": platform_restrictions,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TreasuryFinancialAccount,
            options=request_options,
        )


class AsyncTreasuryFinancialAccountsResource:
    """`client.treasury.financial_accounts` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def features(self) -> AsyncTreasuryFinancialAccountsFeaturesResource:
        from .treasury_financial_accounts_features import (
            AsyncTreasuryFinancialAccountsFeaturesResource,
        )

        return AsyncTreasuryFinancialAccountsFeaturesResource(self._client)

    async def create(
        self,
        *,
        supported_currencies: Sequence[str],
        expand: Sequence[str] | None = None,
        features: TreasuryFinancialAccountsCreateFeaturesParams | None = None,
        metadata: Mapping[str, str] | None = None,
        platform_restrictions: (
            TreasuryFinancialAccountsCreatePlatformRestrictionsParams | None
        ) = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryFinancialAccount:
        """<p>Creates a new FinancialAccount. For now, each connected account can only have one FinancialAccount.</p>

        `POST /v1/treasury/financial_accounts`
        """
        from ..models.treasury_financial_account import TreasuryFinancialAccount

        return await self._client.request(
            "post",
            "/v1/treasury/financial_accounts",
            body={
                "supported_currencies": supported_currencies,
                "expand": expand,
                "features": features,
                "metadata": metadata,
                "platform_restrictions": platform_restrictions,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TreasuryFinancialAccount,
            options=request_options,
        )

    def list(
        self,
        *,
        created: TreasuryFinancialAccountsListCreatedParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[TreasuryFinancialAccount]:
        """<p>Returns a list of FinancialAccounts.</p>

        `GET /v1/treasury/financial_accounts`
        """
        from ..models.treasury_financial_account import TreasuryFinancialAccount

        return self._client.request_list(
            "get",
            "/v1/treasury/financial_accounts",
            query={
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[TreasuryFinancialAccount],
            options=request_options,
        )

    async def retrieve(
        self,
        financial_account: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryFinancialAccount:
        """<p>Retrieves the details of a FinancialAccount.</p>

        `GET /v1/treasury/financial_accounts/{financial_account}`
        """
        from ..models.treasury_financial_account import TreasuryFinancialAccount

        return await self._client.request(
            "get",
            "/v1/treasury/financial_accounts/{financial_account}",
            path_params={
                "financial_account": financial_account,
            },
            query={
                "expand": expand,
            },
            cast_to=TreasuryFinancialAccount,
            options=request_options,
        )

    async def update(
        self,
        financial_account: str,
        *,
        expand: Sequence[str] | None = None,
        features: TreasuryFinancialAccountsUpdateFeaturesParams | None = None,
        metadata: Mapping[str, str] | None = None,
        platform_restrictions: (
            TreasuryFinancialAccountsUpdatePlatformRestrictionsParams | None
        ) = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryFinancialAccount:
        """<p>Updates the details of a FinancialAccount.</p>

        `POST /v1/treasury/financial_accounts/{financial_account}`
        """
        from ..models.treasury_financial_account import TreasuryFinancialAccount

        return await self._client.request(
            "post",
            "/v1/treasury/financial_accounts/{financial_account}",
            path_params={
                "financial_account": financial_account,
            },
            body={
                "expand": expand,
                "features": features,
                "metadata": metadata,
                "platform_restrictions": platform_restrictions,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TreasuryFinancialAccount,
            options=request_options,
        )
