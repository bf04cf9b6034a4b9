# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.charges.refunds`: 4 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.refund import Refund


class ChargesRefundsResource:
    """`client.charges.refunds`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        charge: str,
        *,
        amount: int | None = None,
        currency: str | None = None,
        customer: str | None = None,
        expand: Sequence[str] | None = None,
        instructions_email: str | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        origin: Literal["customer_balance"] | None = None,
        payment_intent: str | None = None,
        reason: Literal["duplicate", "fraudulent", "requested_by_customer"] | None = None,
        refund_application_fee: bool | None = None,
        reverse_transfer: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> Refund:
        """<p>Create a refund.</p>

        `POST /v1/charges/{charge}/refunds`
        """
        from ..models.refund import Refund

        return self._client.request(
            "post",
            "/v1/charges/{charge}/refunds",
            path_params={
                "charge": charge,
            },
            body={
                "amount": amount,
                "currency": currency,
                "customer": customer,
                "expand": expand,
                "instructions_email": instructions_email,
                "metadata": metadata,
                "origin": origin,
                "payment_intent": payment_intent,
                "reason": reason,
                "refund_application_fee": refund_application_fee,
                "reverse_transfer": reverse_transfer,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Refund,
            options=request_options,
        )

    def list(
        self,
        charge: str,
        *,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[Refund]:
        """<p>You can see a list of the refunds belonging to a specific charge. Note that the 10 most recent refunds are always available by default on the charge object. If you need more than those 10, you can use this API method and the <code>limit</code> and <code>starting_after</code> parameters to page through additional refunds.</p>

        `GET /v1/charges/{charge}/refunds`
        """
        from ..models.refund import Refund

        return self._client.request_list(
            "get",
            "/v1/charges/{charge}/refunds",
            path_params={
                "charge": charge,
            },
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[Refund],
            options=request_options,
        )

    def retrieve(
        self,
        charge: str,
        refund: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Refund:
        """<p>Retrieves the details of an existing refund.</p>

        `GET /v1/charges/{charge}/refunds/{refund}`
        """
        from ..models.refund import Refund

        return self._client.request(
            "get",
            "/v1/charges/{charge}/refunds/{refund}",
            path_params={
                "charge": charge,
                "refund": refund,
            },
            query={
                "expand": expand,
            },
            cast_to=Refund,
            options=request_options,
        )

    def update(
        self,
        charge: str,
        refund: str,
        *,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Refund:
        """<p>Update a specified refund.</p>

        `POST /v1/charges/{charge}/refunds/{refund}`
        """
        from ..models.refund import Refund

        return self._client.request(
            "post",
            "/v1/charges/{charge}/refunds/{refund}",
            path_params={
                "charge": charge,
                "refund": refund,
            },
            body={
                "expand": expand,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Refund,
            options=request_options,
        )


class AsyncChargesRefundsResource:
    """`client.charges.refunds` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        charge: str,
        *,
        amount: int | None = None,
        currency: str | None = None,
        customer: str | None = None,
        expand: Sequence[str] | None = None,
        instructions_email: str | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        origin: Literal["customer_balance"] | None = None,
        payment_intent: str | None = None,
        reason: Literal["duplicate", "fraudulent", "requested_by_customer"] | None = None,
        refund_application_fee: bool | None = None,
        reverse_transfer: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> Refund:
        """<p>Create a refund.</p>

        `POST /v1/charges/{charge}/refunds`
        """
        from ..models.refund import Refund

        return await self._client.request(
            "post",
            "/v1/charges/{charge}/refunds",
            path_params={
                "charge": charge,
            },
            body={
                "amount": amount,
                "currency": currency,
                "customer": customer,
                "expand": expand,
                "instructions_email": instructions_email,
                "metadata": metadata,
                "origin": origin,
                "payment_intent": payment_intent,
                "reason": reason,
                "refund_application_fee": refund_application_fee,
                "reverse_transfer": reverse_transfer,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Refund,
            options=request_options,
        )

    def list(
        self,
        charge: str,
        *,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Refund]:
        """<p>You can see a list of the refunds belonging to a specific charge. Note that the 10 most recent refunds are always available by default on the charge object. If you need more than those 10, you can use this API method and the <code>limit</code> and <code>starting_after</code> parameters to page through additional refunds.</p>

        `GET /v1/charges/{charge}/refunds`
        """
        from ..models.refund import Refund

        return self._client.request_list(
            "get",
            "/v1/charges/{charge}/refunds",
            path_params={
                "charge": charge,
            },
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[Refund],
            options=request_options,
        )

    async def retrieve(
        self,
        charge: str,
        refund: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Refund:
        """<p>Retrieves the details of an existing refund.</p>

        `GET /v1/charges/{charge}/refunds/{refund}`
        """
        from ..models.refund import Refund

        return await self._client.request(
            "get",
            "/v1/charges/{charge}/refunds/{refund}",
            path_params={
                "charge": charge,
                "refund": refund,
            },
            query={
                "expand": expand,
            },
            cast_to=Refund,
            options=request_options,
        )

    async def update(
        self,
        charge: str,
        refund: str,
        *,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Refund:
        """<p>Update a specified refund.</p>

        `POST /v1/charges/{charge}/refunds/{refund}`
        """
        from ..models.refund import Refund

        return await self._client.request(
            "post",
            "/v1/charges/{charge}/refunds/{refund}",
            path_params={
                "charge": charge,
                "refund": refund,
            },
            body={
                "expand": expand,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Refund,
            options=request_options,
        )
