# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.tokens`: 2 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.token import Token
    from ..params import TokensCreateAccountParams
    from ..params import TokensCreateBankAccountParams
    from ..params import TokensCreateCardParams
    from ..params import TokensCreateCvcUpdateParams
    from ..params import TokensCreatePersonParams
    from ..params import TokensCreatePiiParams


class TokensResource:
    """`client.tokens`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        account: TokensCreateAccountParams | None = None,
        bank_account: TokensCreateBankAccountParams | None = None,
        card: TokensCreateCardParams | str | None = None,
        customer: str | None = None,
        cvc_update: TokensCreateCvcUpdateParams | None = None,
        expand: Sequence[str] | None = None,
        person: TokensCreatePersonParams | None = None,
        pii: TokensCreatePiiParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> Token:
        """<p>Creates a single-use token that represents a bank account’s details.
        This token can be used with any API method in place of a bank account dictionary. This token can be used only once, by attaching it to a <a href="#accounts">Custom account</a>.</p>

        `POST /v1/tokens`
        """
        from ..models.token import Token

        return self._client.request(
            "post",
            "/v1/tokens",
            body={
                "account": account,
                "bank_account": bank_account,
                "card": card,
                "customer": customer,
                "cvc_update": cvc_update,
                "expand": expand,
                "person": person,
                "pii": pii,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Token,
            options=request_options,
        )

    def retrieve(
        self,
        token: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Token:
        """<p>Retrieves the token with the given ID.</p>

        `GET /v1/tokens/{token}`
        """
        from ..models.token import Token

        return self._client.request(
            "get",
            "/v1/tokens/{token}",
            path_params={
                "token": token,
            },
            query={
                "expand": expand,
            },
            cast_to=Token,
            options=request_options,
        )


class AsyncTokensResource:
    """`client.tokens` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        account: TokensCreateAccountParams | None = None,
        bank_account: TokensCreateBankAccountParams | None = None,
        card: TokensCreateCardParams | str | None = None,
        customer: str | None = None,
        cvc_update: TokensCreateCvcUpdateParams | None = None,
        expand: Sequence[str] | None = None,
        person: TokensCreatePersonParams | None = None,
        pii: TokensCreatePiiParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> Token:
        """<p>Creates a single-use token that represents a bank account’s details.
        This token can be used with any API method in place of a bank account dictionary. This token can be used only once, by attaching it to a <a href="#accounts">Custom account</a>.</p>

        `POST /v1/tokens`
        """
        from ..models.token import Token

        return await self._client.request(
            "post",
            "/v1/tokens",
            body={
                "account": account,
                "bank_account": bank_account,
                "card": card,
                "customer": customer,
                "cvc_update": cvc_update,
                "expand": expand,
                "person": person,
                "pii": pii,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Token,
            options=request_options,
        )

    async def retrieve(
        self,
        token: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Token:
        """<p>Retrieves the token with the given ID.</p>

        `GET /v1/tokens/{token}`
        """
        from ..models.token import Token

        return await self._client.request(
            "get",
            "/v1/tokens/{token}",
            path_params={
                "token": token,
            },
            query={
                "expand": expand,
            },
            cast_to=Token,
            options=request_options,
        )
