# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.sources`: 4 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.source import Source
    from ..params import SourcesCreateMandateParams
    from ..params import SourcesCreateOwnerParams
    from ..params import SourcesCreateReceiverParams
    from ..params import SourcesCreateRedirectParams
    from ..params import SourcesCreateSourceOrderParams
    from ..params import SourcesUpdateMandateParams
    from ..params import SourcesUpdateOwnerParams
    from ..params import SourcesUpdateSourceOrderParams
    from .sources_mandate_notifications import (
        SourcesMandateNotificationsResource,
        AsyncSourcesMandateNotificationsResource,
    )
    from .sources_source_transactions import (
        SourcesSourceTransactionsResource,
        AsyncSourcesSourceTransactionsResource,
    )


class SourcesResource:
    """`client.sources`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def mandate_notifications(self) -> SourcesMandateNotificationsResource:
        from .sources_mandate_notifications import SourcesMandateNotificationsResource

        return SourcesMandateNotificationsResource(self._client)

    @cached_property
    def source_transactions(self) -> SourcesSourceTransactionsResource:
        from .sources_source_transactions import SourcesSourceTransactionsResource

        return SourcesSourceTransactionsResource(self._client)

    def create(
        self,
        *,
        amount: int | None = None,
        currency: str | None = None,
        customer: str | None = None,
        expand: Sequence[str] | None = None,
        flow: Literal["code_verification", "none", "receiver", "redirect"] | None = None,
        mandate: SourcesCreateMandateParams | None = None,
        metadata: Mapping[str, str] | None = None,
        original_source: str | None = None,
        owner: SourcesCreateOwnerParams | None = None,
        receiver: SourcesCreateReceiverParams | None = None,
        redirect: SourcesCreateRedirectParams | None = None,
        source_order: SourcesCreateSourceOrderParams | None = None,
        statement_descriptor: str | None = None,
        token: str | None = None,
        type: str | None = None,
        usage: Literal["reusable", "single_use"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Source:
        """<p>Creates a new source object.</p>

        `POST /v1/sources`
        """
        from ..models.source import Source

        return self._client.request(
            "post",
            "/v1/sources",
            body={
                "amount": amount,
                "currency": currency,
                "customer": customer,
                "expand": expand,
                "flow": flow,
                "mandate": mandate,
                "metadata": metadata,
                "original_source": original_source,
                "owner": owner,
                "receiver": receiver,
                "redirect": redirect,
                "source_order": source_order,
                "statement_descriptor": statement_descriptor,
                "token": token,
                "type": type,
                "usage": usage,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Source,
            options=request_options,
        )

    def retrieve(
        self,
        source: str,
        *,
        client_secret: str | None = None,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Source:
        """<p>Retrieves an existing source object. Supply the unique source ID from a source creation request and Stripe will return the corresponding up-to-date source object information.</p>

        `GET /v1/sources/{source}`
        """
        from ..models.source import Source

        return self._client.request(
            "get",
            "/v1/sources/{source}",
            path_params={
                "source": source,
            },
            query={
                "client_secret": client_secret,
                "expand": expand,
            },
            cast_to=Source,
            options=request_options,
        )

    def update(
        self,
        source: str,
        *,
        amount: int | None = None,
        expand: Sequence[str] | None = None,
        mandate: SourcesUpdateMandateParams | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        owner: SourcesUpdateOwnerParams | None = None,
        source_order: SourcesUpdateSourceOrderParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> Source:
        """<p>Updates the specified source by setting the values of the parameters passed. Any parameters not provided will be left unchanged.</p>

        <p>This request accepts the <code>metadata</code> and <code>owner</code> as arguments. It is also possible to update type specific information for selected payment methods. Please refer to our <a href="/docs/sources">payment method guides</a> for more detail.</p>

        `POST /v1/sources/{source}`
        """
        from ..models.source import Source

        return self._client.request(
            "post",
            "/v1/sources/{source}",
            path_params={
                "source": source,
            },
            body={
                "amount": amount,
                "expand": expand,
                "mandate": mandate,
                "metadata": metadata,
                "owner": owner,
                "source_order": source_order,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Source,
            options=request_options,
        )

    def verify(
        self,
        source: str,
        *,
        values: Sequence[str],
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Source:
        """<p>Verify a given source.</p>

        `POST /v1/sources/{source}/verify`
        """
        from ..models.source import Source

        return self._client.request(
            "post",
            "/v1/sources/{source}/verify",
            path_params={
                "source": source,
            },
            body={
                "values": values,
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Source,
            options=request_options,
        )


class AsyncSourcesResource:
    """`client.sources` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def mandate_notifications(self) -> AsyncSourcesMandateNotificationsResource:
        from .sources_mandate_notifications import AsyncSourcesMandateNotificationsResource

        return AsyncSourcesMandateNotificationsResource(self._client)

    @cached_property
    def source_transactions(self) -> AsyncSourcesSourceTransactionsResource:
        from .sources_source_transactions import AsyncSourcesSourceTransactionsResource

        return AsyncSourcesSourceTransactionsResource(self._client)

    async def create(
        self,
        *,
        amount: int | None = None,
        currency: str | None = None,
        customer: str | None = None,
        expand: Sequence[str] | None = None,
        flow: Literal["code_verification", "none", "receiver", "redirect"] | None = None,
        mandate: SourcesCreateMandateParams | None = None,
        metadata: Mapping[str, str] | None = None,
        original_source: str | None = None,
        owner: SourcesCreateOwnerParams | None = None,
        receiver: SourcesCreateReceiverParams | None = None,
        redirect: SourcesCreateRedirectParams | None = None,
        source_order: SourcesCreateSourceOrderParams | None = None,
        statement_descriptor: str | None = None,
        token: str | None = None,
        type: str | None = None,
        usage: Literal["reusable", "single_use"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Source:
        """<p>Creates a new source object.</p>

        `POST /v1/sources`
        """
        from ..models.source import Source

        return await self._client.request(
            "post",
            "/v1/sources",
            body={
                "amount": amount,
                "currency": currency,
                "customer": customer,
                "expand": expand,
                "flow": flow,
                "mandate": mandate,
                "metadata": metadata,
                "original_source": original_source,
                "owner": owner,
                "receiver": receiver,
                "redirect": redirect,
                "source_order": source_order,
                "statement_descriptor": statement_descriptor,
                "token": token,
                "type": type,
                "usage": usage,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Source,
            options=request_options,
        )

    async def retrieve(
        self,
        source: str,
        *,
        client_secret: str | None = None,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Source:
        """<p>Retrieves an existing source object. Supply the unique source ID from a source creation request and Stripe will return the corresponding up-to-date source object information.</p>

        `GET /v1/sources/{source}`
        """
        from ..models.source import Source

        return await self._client.request(
            "get",
            "/v1/sources/{source}",
            path_params={
                "source": source,
            },
            query={
                "client_secret": client_secret,
                "expand": expand,
            },
            cast_to=Source,
            options=request_options,
        )

    async def update(
        self,
        source: str,
        *,
        amount: int | None = None,
        expand: Sequence[str] | None = None,
        mandate: SourcesUpdateMandateParams | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        owner: SourcesUpdateOwnerParams | None = None,
        source_order: SourcesUpdateSourceOrderParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> Source:
        """<p>Updates the specified source by setting the values of the parameters passed. Any parameters not provided will be left unchanged.</p>

        <p>This request accepts the <code>metadata</code> and <code>owner</code> as arguments. It is also possible to update type specific information for selected payment methods. Please refer to our <a href="/docs/sources">payment method guides</a> for more detail.</p>

        `POST /v1/sources/{source}`
        """
        from ..models.source import Source

        return await self._client.request(
            "post",
            "/v1/sources/{source}",
            path_params={
                "source": source,
            },
            body={
                "amount": amount,
                "expand": expand,
                "mandate": mandate,
                "metadata": metadata,
                "owner": owner,
                "source_order": source_order,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Source,
            options=request_options,
        )

    async def verify(
        self,
        source: str,
        *,
        values: Sequence[str],
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Source:
        """<p>Verify a given source.</p>

        `POST /v1/sources/{source}/verify`
        """
        from ..models.source import Source

        return await self._client.request(
            "post",
            "/v1/sources/{source}/verify",
            path_params={
                "source": source,
            },
            body={
                "values": values,
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Source,
            options=request_options,
        )
