# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.charges.dispute`: 3 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.dispute import Dispute
    from ..params import ChargesDisputeUpdateEvidenceParams


class ChargesDisputeResource:
    """`client.charges.dispute`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def close(
        self,
        charge: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Dispute:
        """`POST /v1/charges/{charge}/dispute/close`"""
        from ..models.dispute import Dispute

        return self._client.request(
            "post",
            "/v1/charges/{charge}/dispute/close",
            path_params={
                "charge": charge,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Dispute,
            options=request_options,
        )

    def retrieve(
        self,
        charge: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Dispute:
        """<p>Retrieve a dispute for a specified charge.</p>

        `GET /v1/charges/{charge}/dispute`
        """
        from ..models.dispute import Dispute

        return self._client.request(
            "get",
            "/v1/charges/{charge}/dispute",
            path_params={
                "charge": charge,
            },
            query={
                "expand": expand,
            },
            cast_to=Dispute,
            options=request_options,
        )

    def update(
        self,
        charge: str,
        *,
        evidence: ChargesDisputeUpdateEvidenceParams | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        submit: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> Dispute:
        """`POST /v1/charges/{charge}/dispute`"""
        from ..models.dispute import Dispute

        return self._client.request(
            "post",
            "/v1/charges/{charge}/dispute",
            path_params={
                "charge": charge,
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


class AsyncChargesDisputeResource:
    """`client.charges.dispute` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def close(
        self,
        charge: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Dispute:
        """`POST /v1/charges/{charge}/dispute/close`"""
        from ..models.dispute import Dispute

        return await self._client.request(
            "post",
            "/v1/charges/{charge}/dispute/close",
            path_params={
                "charge": charge,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Dispute,
            options=request_options,
        )

    async def retrieve(
        self,
        charge: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Dispute:
        """<p>Retrieve a dispute for a specified charge.</p>

        `GET /v1/charges/{charge}/dispute`
        """
        from ..models.dispute import Dispute

        return await self._client.request(
            "get",
            "/v1/charges/{charge}/dispute",
            path_params={
                "charge": charge,
            },
            query={
                "expand": expand,
            },
            cast_to=Dispute,
            options=request_options,
        )

    async def update(
        self,
        charge: str,
        *,
        evidence: ChargesDisputeUpdateEvidenceParams | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        submit: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> Dispute:
        """`POST /v1/charges/{charge}/dispute`"""
        from ..models.dispute import Dispute

        return await self._client.request(
            "post",
            "/v1/charges/{charge}/dispute",
            path_params={
                "charge": charge,
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
