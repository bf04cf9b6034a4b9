# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.disputes`: 4 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.dispute import Dispute
    from ..params import DisputesListCreatedParams
    from ..params import DisputesUpdateEvidenceParams


class DisputesResource:
    """`client.disputes`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def close(
        self,
        dispute: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Dispute:
        """<p>Closing the dispute for a charge indicates that you do not have any evidence to submit and are essentially dismissing the dispute, acknowledging it as lost.</p>

        <p>The status of the dispute will change from <code>needs_response</code> to <code>lost</code>. <em>Closing a dispute is irreversible</em>.</p>

        `POST /v1/disputes/{dispute}/close`
        """
        from ..models.dispute import Dispute

        return self._client.request(
            "post",
            "/v1/disputes/{dispute}/close",
            path_params={
                "dispute": dispute,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Dispute,
            options=request_options,
        )

    def list(
        self,
        *,
        charge: str | None = None,
        created: DisputesListCreatedParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        payment_intent: str | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[Dispute]:
        """<p>Returns a list of your disputes.</p>

        `GET /v1/disputes`
        """
        from ..models.dispute import Dispute

        return self._client.request_list(
            "get",
            "/v1/disputes",
            query={
                "charge": charge,
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "payment_intent": payment_intent,
                "starting_after": starting_after,
            },
            cast_to=ListObject[Dispute],
            options=request_options,
        )

    def retrieve(
        self,
        dispute: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Dispute:
        """<p>Retrieves the dispute with the given ID.</p>

        `GET /v1/disputes/{dispute}`
        """
        from ..models.dispute import Dispute

        return self._client.request(
            "get",
            "/v1/disputes/{dispute}",
            path_params={
                "dispute": dispute,
            },
            query={
                "expand": expand,
            },
            cast_to=Dispute,
            options=request_options,
        )

    def update(
        self,
        dispute: str,
        *,
        evidence: DisputesUpdateEvidenceParams | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        submit: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> Dispute:
        """<p>When you get a dispute, contacting your customer is always the best first step. If that doesn’t work, you can submit evidence to help us resolve the dispute in your favor. You can do this in your <a href="https://dashboard.stripe.com/disputes">dashboard</a>, but if you prefer, you can use the API to submit evidence programmatically.</p>

        <p>Depending on your dispute type, different evidence fields will give you a better chance of winning your dispute. To figure out which evidence fields to provide, see our <a href="/docs/disputes/categories">guide to dispute types</a>.</p>

        `POST /v1/disputes/{dispute}`
        """
        from ..models.dispute import Dispute

        return self._client.request(
            "post",
            "/v1/disputes/{dispute}",
            path_params={
                "dispute": dispute,
            },
            body={
                "evidence": evidence,
                "expand": expand,
                "metadata": metadata,
                "submit": submit,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Dispute,
            options=request_options,
        )


class AsyncDisputesResource:
    """`client.disputes` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def close(
        self,
        dispute: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Dispute:
        """<p>Closing the dispute for a charge indicates that you do not have any evidence to submit and are essentially dismissing the dispute, acknowledging it as lost.</p>

        <p>The status of the dispute will change from <code>needs_response</code> to <code>lost</code>. <em>Closing a dispute is irreversible</em>.</p>

        `POST /v1/disputes/{dispute}/close`
        """
        from ..models.dispute import Dispute

        return await self._client.request(
            "post",
            "/v1/disputes/{dispute}/close",
            path_params={
                "dispute": dispute,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Dispute,
            options=request_options,
        )

    def list(
        self,
        *,
        charge: str | None = None,
        created: DisputesListCreatedParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        payment_intent: str | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Dispute]:
        """<p>Returns a list of your disputes.</p>

        `GET /v1/disputes`
        """
        from ..models.dispute import Dispute

        return self._client.request_list(
            "get",
            "/v1/disputes",
            query={
                "charge": charge,
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "payment_intent": payment_intent,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[Dispute],
            options=request_options,
        )

    async def retrieve(
        self,
        dispute: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Dispute:
        """<p>Retrieves the dispute with the given ID.</p>

        `GET /v1/disputes/{dispute}`
        """
        from ..models.dispute import Dispute

        return await self._client.request(
            "get",
            "/v1/disputes/{dispute}",
            path_params={
                "dispute": dispute,
            },
            query={
                "expand": expand,
            },
            cast_to=Dispute,
            options=request_options,
        )

    async def update(
        self,
        dispute: str,
        *,
        evidence: DisputesUpdateEvidenceParams | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        submit: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> Dispute:
        """<p>When you get a dispute, contacting your customer is always the best first step. If that doesn’t work, you can submit evidence to help us resolve the dispute in your favor. You can do this in your <a href="https://dashboard.stripe.com/disputes">dashboard</a>, but if you prefer, you can use the API to submit evidence programmatically.</p>

        <p>Depending on your dispute type, different evidence fields will give you a better chance of winning your dispute. To figure out which evidence fields to provide, see our <a href="/docs/disputes/categories">guide to dispute types</a>.</p>

        `POST /v1/disputes/{dispute}`
        """
        from ..models.dispute import Dispute

        return await self._client.request(
            "post",
            "/v1/disputes/{dispute}",
            path_params={
                "dispute": dispute,
            },
            body={
                "evidence": evidence,
                "expand": expand,
                "metadata": metadata,
                "submit": submit,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Dispute,
            options=request_options,
        )
