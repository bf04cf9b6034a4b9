# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.issuing.authorizations`: 5 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.issuing_authorization import IssuingAuthorization
    from ..params import IssuingAuthorizationsListCreatedParams


class IssuingAuthorizationsResource:
    """`client.issuing.authorizations`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def approve(
        self,
        authorization: str,
        *,
        amount: int | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingAuthorization:
        """<p>Approves a pending Issuing <code>Authorization</code> object. This request should be made within the timeout window of the <a href="/docs/issuing/controls/real-time-authorizations">real-time authorization</a> flow.
        You can also respond directly to the webhook request to approve an authorization (preferred). More details can be found <a href="https://site-admin.stripe.com/docs/issuing/controls/real-time-authorizations#authorization-handling">here</a>.</p>

        `POST /v1/issuing/authorizations/{authorization}/approve`
        """
        from ..models.issuing_authorization import IssuingAuthorization

        return self._client.request(
            "post",
            "/v1/issuing/authorizations/{authorization}/approve",
            path_params={
                "authorization": authorization,
            },
            body={
                "amount": amount,
                "expand": expand,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IssuingAuthorization,
            options=request_options,
        )

    def decline(
        self,
        authorization: str,
        *,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingAuthorization:
        """<p>Declines a pending Issuing <code>Authorization</code> object. This request should be made within the timeout window of the <a href="/docs/issuing/controls/real-time-authorizations">real time authorization</a> flow.
        You can also respond directly to the webhook request to decline an authorization (preferred). More details can be found <a href="https://site-admin.stripe.com/docs/issuing/controls/real-time-authorizations#authorization-handling">here</a>.</p>

        `POST /v1/issuing/authorizations/{authorization}/decline`
        """
        from ..models.issuing_authorization import IssuingAuthorization

        return self._client.request(
            "post",
            "/v1/issuing/authorizations/{authorization}/decline",
            path_params={
                "authorization": authorization,
            },
            body={
                "expand": expand,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IssuingAuthorization,
            options=request_options,
        )

    def list(
        self,
        *,
        card: str | None = None,
        cardholder: str | None = None,
        created: IssuingAuthorizationsListCreatedParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        status: Literal["closed", "pending", "reversed"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[IssuingAuthorization]:
        """<p>Returns a list of Issuing <code>Authorization</code> objects. The objects are sorted in descending order by creation date, with the most recently created object appearing first.</p>

        `GET /v1/issuing/authorizations`
        """
        from ..models.issuing_authorization import IssuingAuthorization

        return self._client.request_list(
            "get",
            "/v1/issuing/authorizations",
            query={
                "card": card,
                "cardholder": cardholder,
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
                "status": status,
            },
            cast_to=ListObject[IssuingAuthorization],
            options=request_options,
        )

    def retrieve(
        self,
        authorization: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingAuthorization:
        """<p>Retrieves an Issuing <code>Authorization</code> object.</p>

        `GET /v1/issuing/authorizations/{authorization}`
        """
        from ..models.issuing_authorization import IssuingAuthorization

        return self._client.request(
            "get",
            "/v1/issuing/authorizations/{authorization}",
            path_params={
                "authorization": authorization,
            },
            query={
                "expand": expand,
            },
            cast_to=IssuingAuthorization,
            options=request_options,
        )

    def update(
        self,
        authorization: str,
        *,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingAuthorization:
        """<p>Updates the specified Issuing <code>Authorization</code> object by setting the values of the parameters passed. Any parameters not provided will be left unchanged.</p>

        `POST /v1/issuing/authorizations/{authorization}`
        """
        from ..models.issuing_authorization import IssuingAuthorization

        return self._client.request(
            "post",
            "/v1/issuing/authorizations/{authorization}",
            path_params={
                "authorization": authorization,
            },
            body={
                "expand": expand,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IssuingAuthorization,
            options=request_options,
        )


class AsyncIssuingAuthorizationsResource:
    """`client.issuing.authorizations` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def approve(
        self,
        authorization: str,
        *,
        amount: int | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingAuthorization:
        """<p>Approves a pending Issuing <code>Authorization</code> object. This request should be made within the timeout window of the <a href="/docs/issuing/controls/real-time-authorizations">real-time authorization</a> flow.
        You can also respond directly to the webhook request to approve an authorization (preferred). More details can be found <a href="https://site-admin.stripe.com/docs/issuing/controls/real-time-authorizations#authorization-handling">here</a>.</p>

        `POST /v1/issuing/authorizations/{authorization}/approve`
        """
        from ..models.issuing_authorization import IssuingAuthorization

        return await self._client.request(
            "post",
            "/v1/issuing/authorizations/{authorization}/approve",
            path_params={
                "authorization": authorization,
            },
            body={
                "amount": amount,
                "expand": expand,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IssuingAuthorization,
            options=request_options,
        )

    async def decline(
        self,
        authorization: str,
        *,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingAuthorization:
        """<p>Declines a pending Issuing <code>Authorization</code> object. This request should be made within the timeout window of the <a href="/docs/issuing/controls/real-time-authorizations">real time authorization</a> flow.
        You can also respond directly to the webhook request to decline an authorization (preferred). More details can be found <a href="https://site-admin.stripe.com/docs/issuing/controls/real-time-authorizations#authorization-handling">here</a>.</p>

        `POST /v1/issuing/authorizations/{authorization}/decline`
        """
        from ..models.issuing_authorization import IssuingAuthorization

        return await self._client.request(
            "post",
            "/v1/issuing/authorizations/{authorization}/decline",
            path_params={
                "authorization": authorization,
            },
            body={
                "expand": expand,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IssuingAuthorization,
            options=request_options,
        )

    def list(
        self,
        *,
        card: str | None = None,
        cardholder: str | None = None,
        created: IssuingAuthorizationsListCreatedParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        status: Literal["closed", "pending", "reversed"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[IssuingAuthorization]:
        """<p>Returns a list of Issuing <code>Authorization</code> objects. The objects are sorted in descending order by creation date, with the most recently created object appearing first.</p>

        `GET /v1/issuing/authorizations`
        """
        from ..models.issuing_authorization import IssuingAuthorization

        return self._client.request_list(
            "get",
            "/v1/issuing/authorizations",
            query={
                "card": card,
                "cardholder": cardholder,
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
                "status": status,
            },
            cast_to=AsyncListObject[IssuingAuthorization],
            options=request_options,
        )

    async def retrieve(
        self,
        authorization: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingAuthorization:
        """<p>Retrieves an Issuing <code>Authorization</code> object.</p>

        `GET /v1/issuing/authorizations/{authorization}`
        """
        from ..models.issuing_authorization import IssuingAuthorization

        return await self._client.request(
            "get",
            "/v1/issuing/authorizations/{authorization}",
            path_params={
                "authorization": authorization,
            },
            query={
                "expand": expand,
            },
            cast_to=IssuingAuthorization,
            options=request_options,
        )

    async def update(
        self,
        authorization: str,
        *,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingAuthorization:
        """<p>Updates the specified Issuing <code>Authorization</code> object by setting the values of the parameters passed. Any parameters not provided will be left unchanged.</p>

        `POST /v1/issuing/authorizations/{authorization}`
        """
        from ..models.issuing_authorization import IssuingAuthorization

        return await self._client.request(
            "post",
            "/v1/issuing/authorizations/{authorization}",
            path_params={
                "authorization": authorization,
            },
            body={
                "expand": expand,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IssuingAuthorization,
            options=request_options,
        )
