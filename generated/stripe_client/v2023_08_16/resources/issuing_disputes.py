# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.issuing.disputes`: 5 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.issuing_dispute import IssuingDispute
    from ..params import IssuingDisputesCreateEvidenceParams
    from ..params import IssuingDisputesCreateTreasuryParams
    from ..params import IssuingDisputesListCreatedParams
    from ..params import IssuingDisputesUpdateEvidenceParams


class IssuingDisputesResource:
    """`client.issuing.disputes`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        amount: int | None = None,
        evidence: IssuingDisputesCreateEvidenceParams | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        transaction: str | None = None,
        treasury: IssuingDisputesCreateTreasuryParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingDispute:
        """<p>Creates an Issuing <code>Dispute</code> object. Individual pieces of evidence within the <code>evidence</code> object are optional at this point. Stripe only validates that required evidence is present during submission. Refer to <a href="/docs/issuing/purchases/disputes#dispute-reasons-and-evidence">Dispute reasons and evidence</a> for more details about evidence requirements.</p>

        `POST /v1/issuing/disputes`
        """
        from ..models.issuing_dispute import IssuingDispute

        return self._client.request(
            "post",
            "/v1/issuing/disputes",
            body={
                "amount": amount,
                "evidence": evidence,
                "expand": expand,
                "metadata": metadata,
                "transaction": transaction,
                "treasury": treasury,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IssuingDispute,
            options=request_options,
        )

    def list(
        self,
        *,
        created: IssuingDisputesListCreatedParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        status: Literal["expired", "lost", "submitted", "unsubmitted", "won"] | None = None,
        transaction: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[IssuingDispute]:
        """<p>Returns a list of Issuing <code>Dispute</code> objects. The objects are sorted in descending order by creation date, with the most recently created object appearing first.</p>

        `GET /v1/issuing/disputes`
        """
        from ..models.issuing_dispute import IssuingDispute

        return self._client.request_list(
            "get",
            "/v1/issuing/disputes",
            query={
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
                "status": status,
                "transaction": transaction,
            },
            cast_to=ListObject[IssuingDispute],
            options=request_options,
        )

    def retrieve(
        self,
        dispute: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingDispute:
        """<p>Retrieves an Issuing <code>Dispute</code> object.</p>

        `GET /v1/issuing/disputes/{dispute}`
        """
        from ..models.issuing_dispute import IssuingDispute

        return self._client.request(
            "get",
            "/v1/issuing/disputes/{dispute}",
            path_params={
                "dispute": dispute,
            },
            query={
                "expand": expand,
            },
            cast_to=IssuingDispute,
            options=request_options,
        )

    def submit(
        self,
        dispute: str,
        *,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingDispute:
        """<p>Submits an Issuing <code>Dispute</code> to the card network. Stripe validates that all evidence fields required for the dispute’s reason are present. For more details, see <a href="/docs/issuing/purchases/disputes#dispute-reasons-and-evidence">Dispute reasons and evidence</a>.</p>

        `POST /v1/issuing/disputes/{dispute}/submit`
        """
        from ..models.issuing_dispute import IssuingDispute

        return self._client.request(
            "post",
            "/v1/issuing/disputes/{dispute}/submit",
            path_params={
                "dispute": dispute,
            },
            body={
                "expand": expand,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IssuingDispute,
            options=request_options,
        )

    def update(
        self,
        dispute: str,
        *,
        amount: int | None = None,
        evidence: IssuingDisputesUpdateEvidenceParams | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingDispute:
        """<p>Updates the specified Issuing <code>Dispute</code> object by setting the values of the parameters passed. Any parameters not provided will be left unchanged. Properties on the <code>evidence</code> object can be unset by passing in an empty string.</p>

        `POST /v1/issuing/disputes/{dispute}`
        """
        from ..models.issuing_dispute import IssuingDispute

        return self._client.request(
            "post",
            "/v1/issuing/disputes/{dispute}",
            path_params={
                "dispute": dispute,
            },
            body={
                "amount": amount,
                "evidence": evidence,
                "expand": expand,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IssuingDispute,
            options=request_options,
        )


class AsyncIssuingDisputesResource:
    """`client.issuing.disputes` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        amount: int | None = None,
        evidence: IssuingDisputesCreateEvidenceParams | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        transaction: str | None = None,
        treasury: IssuingDisputesCreateTreasuryParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingDispute:
        """<p>Creates an Issuing <code>Dispute</code> object. Individual pieces of evidence within the <code>evidence</code> object are optional at this point. Stripe only validates that required evidence is present during submission. Refer to <a href="/docs/issuing/purchases/disputes#dispute-reasons-and-evidence">Dispute reasons and evidence</a> for more details about evidence requirements.</p>

        `POST /v1/issuing/disputes`
        """
        from ..models.issuing_dispute import IssuingDispute

        return await self._client.request(
            "post",
            "/v1/issuing/disputes",
            body={
                "amount": amount,
                "evidence": evidence,
                "expand": expand,
                "metadata": metadata,
                "transaction": transaction,
                "treasury": treasury,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IssuingDispute,
            options=request_options,
        )

    def list(
        self,
        *,
        created: IssuingDisputesListCreatedParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        status: Literal["expired", "lost", "submitted", "unsubmitted", "won"] | None = None,
        transaction: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[IssuingDispute]:
        """<p>Returns a list of Issuing <code>Dispute</code> objects. The objects are sorted in descending order by creation date, with the most recently created object appearing first.</p>

        `GET /v1/issuing/disputes`
        """
        from ..models.issuing_dispute import IssuingDispute

        return self._client.request_list(
            "get",
            "/v1/issuing/disputes",
            query={
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
                "status": status,
                "transaction": transaction,
            },
            cast_to=AsyncListObject[IssuingDispute],
            options=request_options,
        )

    async def retrieve(
        self,
        dispute: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingDispute:
        """<p>Retrieves an Issuing <code>Dispute</code> object.</p>

        `GET /v1/issuing/disputes/{dispute}`
        """
        from ..models.issuing_dispute import IssuingDispute

        return await self._client.request(
            "get",
            "/v1/issuing/disputes/{dispute}",
            path_params={
                "dispute": dispute,
            },
            query={
                "expand": expand,
            },
            cast_to=IssuingDispute,
            options=request_options,
        )

    async def submit(
        self,
        dispute: str,
        *,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingDispute:
        """<p>Submits an Issuing <code>Dispute</code> to the card network. Stripe validates that all evidence fields required for the dispute’s reason are present. For more details, see <a href="/docs/issuing/purchases/disputes#dispute-reasons-and-evidence">Dispute reasons and evidence</a>.</p>

        `POST /v1/issuing/disputes/{dispute}/submit`
        """
        from ..models.issuing_dispute import IssuingDispute

        return await self._client.request(
            "post",
            "/v1/issuing/disputes/{dispute}/submit",
            path_params={
                "dispute": dispute,
            },
            body={
                "expand": expand,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IssuingDispute,
            options=request_options,
        )

    async def update(
        self,
        dispute: str,
        *,
        amount: int | None = None,
        evidence: IssuingDisputesUpdateEvidenceParams | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingDispute:
        """<p>Updates the specified Issuing <code>Dispute</code> object by setting the values of the parameters passed. Any parameters not provided will be left unchanged. Properties on the <code>evidence</code> object can be unset by passing in an empty string.</p>

        `POST /v1/issuing/disputes/{dispute}`
        """
        from ..models.issuing_dispute import IssuingDispute

        return await self._client.request(
            "post",
            "/v1/issuing/disputes/{dispute}",
            path_params={
                "dispute": dispute,
            },
            body={
                "amount": amount,
                "evidence": evidence,
                "expand": expand,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IssuingDispute,
            options=request_options,
        )
