# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.refunds`: 5 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.refund import Refund
    from ..params import RefundsListCreatedParams


class RefundsResource:
    """`client.refunds`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def cancel(
        self,
        refund: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Refund:
        """<p>Cancels a refund with a status of <code>requires_action</code>.</p>

        <p>Refunds in other states cannot be canceled, and only refunds for payment methods that require customer action will enter the <code>requires_action</code> state.</p>

        `POST /v1/refunds/{refund}/cancel`
        """
        from ..models.refund import Refund

        return self._client.request(
            "post",
            "/v1/refunds/{refund}/cancel",
            path_params={
                "refund": refund,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Refund,
            options=request_options,
        )

    def create(
        self,
        *,
        amount: int | None = None,
        charge: str | None = None,
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

        `POST /v1/refunds`
        """
        from ..models.refund import Refund

        return self._client.request(
            "post",
            "/v1/refunds",
            body={
                "amount": amount,
                "charge": charge,
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
        *,
        charge: str | None = None,
        created: RefundsListCreatedParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        payment_intent: str | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[Refund]:
        """<p>Returns a list of all refunds you’ve previously created. The refunds are returned in sorted order, with the most recent refunds appearing first. For convenience, the 10 most recent refunds are always available by default on the charge object.</p>

        `GET /v1/refunds`
        """
        from ..models.refund import Refund

        return self._client.request_list(
            "get",
            "/v1/refunds",
            query={
                "charge": charge,
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "payment_intent": payment_intent,
                "starting_after": starting_after,
            },
            cast_to=ListObject[Refund],
            options=request_options,
        )

    def retrieve(
        self,
        refund: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Refund:
        """<p>Retrieves the details of an existing refund.</p>

        `GET /v1/refunds/{refund}`
        """
        from ..models.refund import Refund

        return self._client.request(
            "get",
            "/v1/refunds/{refund}",
            path_params={
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
        refund: str,
        *,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Refund:
        """<p>Updates the specified refund by setting the values of the parameters passed. Any parameters not provided will be left unchanged.</p>

        <p>This request only accepts <code>metadata</code> as an argument.</p>

        `POST /v1/refunds/{refund}`
        """
        from ..models.refund import Refund

        return self._client.request(
            "post",
            "/v1/refunds/{refund}",
            path_params={
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


class AsyncRefundsResource:
    """`client.refunds` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def cancel(
        self,
        refund: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Refund:
        """<p>Cancels a refund with a status of <code>requires_action</code>.</p>

        <p>Refunds in other states cannot be canceled, and only refunds for payment methods that require customer action will enter the <code>requires_action</code> state.</p>

        `POST /v1/refunds/{refund}/cancel`
        """
        from ..models.refund import Refund

        return await self._client.request(
            "post",
            "/v1/refunds/{refund}/cancel",
            path_params={
                "refund": refund,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Refund,
            options=request_options,
        )

    async def create(
        self,
        *,
        amount: int | None = None,
        charge: str | None = None,
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

        `POST /v1/refunds`
        """
        from ..models.refund import Refund

        return await self._client.request(
            "post",
            "/v1/refunds",
            body={
                "amount": amount,
                "charge": charge,
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
        *,
        charge: str | None = None,
        created: RefundsListCreatedParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        payment_intent: str | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Refund]:
        """<p>Returns a list of all refunds you’ve previously created. The refunds are returned in sorted order, with the most recent refunds appearing first. For convenience, the 10 most recent refunds are always available by default on the charge object.</p>

        `GET /v1/refunds`
        """
        from ..models.refund import Refund

        return self._client.request_list(
            "get",
            "/v1/refunds",
            query={
                "charge": charge,
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "payment_intent": payment_intent,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[Refund],
            options=request_options,
        )

    async def retrieve(
        self,
        refund: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Refund:
        """<p>Retrieves the details of an existing refund.</p>

        `GET /v1/refunds/{refund}`
        """
        from ..models.refund import Refund

        return await self._client.request(
            "get",
            "/v1/refunds/{refund}",
            path_params={
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
        refund: str,
        *,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Refund:
        """<p>Updates the specified refund by setting the values of the parameters passed. Any parameters not provided will be left unchanged.</p>

        <p>This request only accepts <code>metadata</code> as an argument.</p>

        `POST /v1/refunds/{refund}`
        """
        from ..models.refund import Refund

        return await self._client.request(
            "post",
            "/v1/refunds/{refund}",
            path_params={
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
