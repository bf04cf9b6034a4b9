# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.oauth`: 3 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.oauth_deauthorization import OauthDeauthorization
    from ..models.oauth_token import OauthToken
    from ..params import OauthAuthorizeUrlStripeUserParams


class OauthResource:
    """`client.oauth`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def authorize_url(
        self,
        *,
        client_id: str,
        response_type: Literal["code"] = "code",
        scope: Literal["read_only", "read_write"] | None = None,
        redirect_uri: str | None = None,
        state: str | None = None,
        stripe_landing: Literal["login", "register"] | None = None,
        always_prompt: bool | None = None,
        stripe_user: OauthAuthorizeUrlStripeUserParams | None = None,
    ) -> str:
        """Build the OAuth authorize URL

        The URL to send a user to so that they connect their Stripe account to your platform. The client only builds this URL (it is opened in the user's browser); Stripe then redirects the user to `redirect_uri` with `code` and `state`, or with `error` and `error_description` if they denied access.

        `GET /oauth/authorize`
        """

        return self._client.build_url(
            "/oauth/authorize",
            query={
                "client_id": client_id,
                "response_type": response_type,
                "scope": scope,
                "redirect_uri": redirect_uri,
                "state": state,
                "stripe_landing": stripe_landing,
                "always_prompt": always_prompt,
                "stripe_user": stripe_user,
            },
            server="connect",
        )

    def deauthorize(
        self,
        *,
        client_id: str,
        stripe_user_id: str,
        request_options: RequestOptions | None = None,
    ) -> OauthDeauthorization:
        """Disconnect a connected account

        Revokes your platform's access to a connected account; the account's access and refresh tokens stop working. Authenticate with your platform's secret key.

        `POST /oauth/deauthorize`
        """
        from ..models.oauth_deauthorization import OauthDeauthorization

        return self._client.request(
            "post",
            "/oauth/deauthorize",
            body={
                "client_id": client_id,
                "stripe_user_id": stripe_user_id,
            },
            body_type="form",
            server="connect",
            idempotency_header="Idempotency-Key",
            cast_to=OauthDeauthorization,
            options=request_options,
        )

    def token(
        self,
        *,
        grant_type: Literal["authorization_code", "refresh_token"],
        assert_capabilities: Sequence[str] | None = None,
        client_secret: str | None = None,
        code: str | None = None,
        expand: Sequence[str] | None = None,
        refresh_token: str | None = None,
        scope: Literal["read_only", "read_write"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> OauthToken:
        """Exchange an authorization code (or refresh token) for an access token

        Completes the OAuth flow: exchanges the `code` from the redirect for the connected account's ID (`stripe_user_id`) and an access token. Authenticate with your platform's secret key (as the `Authorization` header or as `client_secret`).

        `POST /oauth/token`
        """
        from ..models.oauth_token import OauthToken

        return self._client.request(
            "post",
            "/oauth/token",
            body={
                "grant_type": grant_type,
                "assert_capabilities": assert_capabilities,
                "client_secret": client_secret,
                "code": code,
                "expand": expand,
                "refresh_token": refresh_token,
                "scope": scope,
            },
            body_type="form",
            server="connect",
            idempotency_header="Idempotency-Key",
            cast_to=OauthToken,
            options=request_options,
        )


class AsyncOauthResource:
    """`client.oauth` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def authorize_url(
        self,
        *,
        client_id: str,
        response_type: Literal["code"] = "code",
        scope: Literal["read_only", "read_write"] | None = None,
        redirect_uri: str | None = None,
        state: str | None = None,
        stripe_landing: Literal["login", "register"] | None = None,
        always_prompt: bool | None = None,
        stripe_user: OauthAuthorizeUrlStripeUserParams | None = None,
    ) -> str:
        """Build the OAuth authorize URL

        The URL to send a user to so that they connect their Stripe account to your platform. The client only builds this URL (it is opened in the user's browser); Stripe then redirects the user to `redirect_uri` with `code` and `state`, or with `error` and `error_description` if they denied access.

        `GET /oauth/authorize`
        """

        return self._client.build_url(
            "/oauth/authorize",
            query={
                "client_id": client_id,
                "response_type": response_type,
                "scope": scope,
                "redirect_uri": redirect_uri,
                "state": state,
                "stripe_landing": stripe_landing,
                "always_prompt": always_prompt,
                "stripe_user": stripe_user,
            },
            server="connect",
        )

    async def deauthorize(
        self,
        *,
        client_id: str,
        stripe_user_id: str,
        request_options: RequestOptions | None = None,
    ) -> OauthDeauthorization:
        """Disconnect a connected account

        Revokes your platform's access to a connected account; the account's access and refresh tokens stop working. Authenticate with your platform's secret key.

        `POST /oauth/deauthorize`
        """
        from ..models.oauth_deauthorization import OauthDeauthorization

        return await self._client.request(
            "post",
            "/oauth/deauthorize",
            body={
                "client_id": client_id,
                "stripe_user_id": stripe_user_id,
            },
            body_type="form",
            server="connect",
            idempotency_header="Idempotency-Key",
            cast_to=OauthDeauthorization,
            options=request_options,
        )

    async def token(
        self,
        *,
        grant_type: Literal["authorization_code", "refresh_token"],
        assert_capabilities: Sequence[str] | None = None,
        client_secret: str | None = None,
        code: str | None = None,
        expand: Sequence[str] | None = None,
        refresh_token: str | None = None,
        scope: Literal["read_only", "read_write"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> OauthToken:
        """Exchange an authorization code (or refresh token) for an access token

        Completes the OAuth flow: exchanges the `code` from the redirect for the connected account's ID (`stripe_user_id`) and an access token. Authenticate with your platform's secret key (as the `Authorization` header or as `client_secret`).

        `POST /oauth/token`
        """
        from ..models.oauth_token import OauthToken

        return await self._client.request(
            "post",
            "/oauth/token",
            body={
                "grant_type": grant_type,
                "assert_capabilities": assert_capabilities,
                "client_secret": client_secret,
                "code": code,
                "expand": expand,
                "refresh_token": refresh_token,
                "scope": scope,
            },
            body_type="form",
            server="connect",
            idempotency_header="Idempotency-Key",
            cast_to=OauthToken,
            options=request_options,
        )
