# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.payouts`: 6 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.payout import Payout
    from ..params import PayoutsListArrivalDateParams
    from ..params import PayoutsListCreatedParams


class PayoutsResource:
    """`client.payouts`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def cancel(
        self,
        payout: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Payout:
        """<p>A previously created payout can be canceled if it has not yet been paid out. Funds will be refunded to your available balance. You may not cancel automatic Stripe payouts.</p>

        `POST /v1/payouts/{payout}/cancel`
        """
        from ..models.payout import Payout

        return self._client.request(
            "post",
            "/v1/payouts/{payout}/cancel",
            path_params={
                "payout": payout,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Payout,
            options=request_options,
        )

    def create(
        self,
        *,
        amount: int,
        currency: str,
        description: str | None = None,
        destination: str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        method: Literal["instant", "standard"] | None = None,
        source_type: Literal["bank_account", "card", "fpx"] | None = None,
        statement_descriptor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Payout:
        """<p>To send funds to your own bank account, you create a new payout object. Your <a href="#balance">Stripe balance</a> must be able to cover the payout amount, or you’ll receive an “Insufficient Funds” error.</p>

        <p>If your API key is in test mode, money won’t actually be sent, though everything else will occur as if in live mode.</p>

        <p>If you are creating a manual payout on a Stripe account that uses multiple payment source types, you’ll need to specify the source type balance that the payout should draw from. The <a href="#balance_object">balance object</a> details available and pending amounts by source type.</p>

        `POST /v1/payouts`
        """
        from ..models.payout import Payout

        return self._client.request(
            "post",
            "/v1/payouts",
            body={
                "amount": amount,
                "currency": currency,
                "description": description,
                "destination": destination,
                "expand": expand,
                "metadata": metadata,
                "method": method,
                "source_type": source_type,
                "statement_descriptor": statement_descriptor,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Payout,
            options=request_options,
        )

    def list(
        self,
        *,
        arrival_date: PayoutsListArrivalDateParams | int | None = None,
        created: PayoutsListCreatedParams | int | None = None,
        destination: str | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        status: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[Payout]:
        """<p>Returns a list of existing payouts sent to third-party bank accounts or that Stripe has sent you. The payouts are returned in sorted order, with the most recently created payouts appearing first.</p>

        `GET /v1/payouts`
        """
        from ..models.payout import Payout

        return self._client.request_list(
            "get",
            "/v1/payouts",
            query={
                "arrival_date": arrival_date,
                "created": created,
                "destination": destination,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
                "status": status,
            },
            cast_to=ListObject[Payout],
            options=request_options,
        )

    def retrieve(
        self,
        payout: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Payout:
        """<p>Retrieves the details of an existing payout. Supply the unique payout ID from either a payout creation request or the payout list, and Stripe will return the corresponding payout information.</p>

        `GET /v1/payouts/{payout}`
        """
        from ..models.payout import Payout

        return self._client.request(
            "get",
            "/v1/payouts/{payout}",
            path_params={
                "payout": payout,
            },
            query={
                "expand": expand,
            },
            cast_to=Payout,
            options=request_options,
        )

    def reverse(
        self,
        payout: str,
        *,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Payout:
        """<p>Reverses a payout by debiting the destination bank account. Only payouts for connected accounts to US bank accounts may be reversed at this time. If the payout is in the <code>pending</code> status, <code>/v1/payouts/:id/cancel</code> should be used instead.</p>

        <p>By requesting a reversal via <code>/v1/payouts/:id/reverse</code>, you confirm that the authorized signatory of the selected bank account has authorized the debit on the bank account and that no other authorization is required.</p>

        `POST /v1/payouts/{payout}/reverse`
        """
        from ..models.payout import Payout

        return self._client.request(
            "post",
            "/v1/payouts/{payout}/reverse",
            path_params={
                "payout": payout,
            },
            body={
                "expand": expand,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Payout,
            options=request_options,
        )

    def update(
        self,
        payout: str,
        *,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Payout:
        """<p>Updates the specified payout by setting the values of the parameters passed. Any parameters not provided will be left unchanged. This request accepts only the metadata as arguments.</p>

        `POST /v1/payouts/{payout}`
        """
        from ..models.payout import Payout

        return self._client.request(
            "post",
            "/v1/payouts/{payout}",
            path_params={
                "payout": payout,
            },
            body={
                "expand": expand,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Payout,
            options=request_options,
        )


class AsyncPayoutsResource:
    """`client.payouts` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def cancel(
        self,
        payout: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Payout:
        """<p>A previously created payout can be canceled if it has not yet been paid out. Funds will be refunded to your available balance. You may not cancel automatic Stripe payouts.</p>

        `POST /v1/payouts/{payout}/cancel`
        """
        from ..models.payout import Payout

        return await self._client.request(
            "post",
            "/v1/payouts/{payout}/cancel",
            path_params={
                "payout": payout,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Payout,
            options=request_options,
        )

    async def create(
        self,
        *,
        amount: int,
        currency: str,
        description: str | None = None,
        destination: str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        method: Literal["instant", "standard"] | None = None,
        source_type: Literal["bank_account", "card", "fpx"] | None = None,
        statement_descriptor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Payout:
        """<p>To send funds to your own bank account, you create a new payout object. Your <a href="#balance">Stripe balance</a> must be able to cover the payout amount, or you’ll receive an “Insufficient Funds” error.</p>

        <p>If your API key is in test mode, money won’t actually be sent, though everything else will occur as if in live mode.</p>

        <p>If you are creating a manual payout on a Stripe account that uses multiple payment source types, you’ll need to specify the source type balance that the payout should draw from. The <a href="#balance_object">balance object</a> details available and pending amounts by source type.</p>

        `POST /v1/payouts`
        """
        from ..models.payout import Payout

        return await self._client.request(
            "post",
            "/v1/payouts",
            body={
                "amount": amount,
                "currency": currency,
                "description": description,
                "destination": destination,
                "expand": expand,
                "metadata": metadata,
                "method": method,
                "source_type": source_type,
                "statement_descriptor": statement_descriptor,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Payout,
            options=request_options,
        )

    def list(
        self,
        *,
        arrival_date: PayoutsListArrivalDateParams | int | None = None,
        created: PayoutsListCreatedParams | int | None = None,
        destination: str | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        status: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Payout]:
        """<p>Returns a list of existing payouts sent to third-party bank accounts or that Stripe has sent you. The payouts are returned in sorted order, with the most recently created payouts appearing first.</p>

        `GET /v1/payouts`
        """
        from ..models.payout import Payout

        return self._client.request_list(
            "get",
            "/v1/payouts",
            query={
                "arrival_date": arrival_date,
                "created": created,
                "destination": destination,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
                "status": status,
            },
            cast_to=AsyncListObject[Payout],
            options=request_options,
        )

    async def retrieve(
        self,
        payout: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Payout:
        """<p>Retrieves the details of an existing payout. Supply the unique payout ID from either a payout creation request or the payout list, and Stripe will return the corresponding payout information.</p>

        `GET /v1/payouts/{payout}`
        """
        from ..models.payout import Payout

        return await self._client.request(
            "get",
            "/v1/payouts/{payout}",
            path_params={
                "payout": payout,
            },
            query={
                "expand": expand,
            },
            cast_to=Payout,
            options=request_options,
        )

    async def reverse(
        self,
        payout: str,
        *,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Payout:
        """<p>Reverses a payout by debiting the destination bank account. Only payouts for connected accounts to US bank accounts may be reversed at this time. If the payout is in the <code>pending</code> status, <code>/v1/payouts/:id/cancel</code> should be used instead.</p>

        <p>By requesting a reversal via <code>/v1/payouts/:id/reverse</code>, you confirm that the authorized signatory of the selected bank account has authorized the debit on the bank account and that no other authorization is required.</p>

        `POST /v1/payouts/{payout}/reverse`
        """
        from ..models.payout import Payout

        return await self._client.request(
            "post",
            "/v1/payouts/{payout}/reverse",
            path_params={
                "payout": payout,
            },
            body={
                "expand": expand,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Payout,
            options=request_options,
        )

    async def update(
        self,
        payout: str,
        *,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Payout:
        """<p>Updates the specified payout by setting the values of the parameters passed. Any parameters not provided will be left unchanged. This request accepts only the metadata as arguments.</p>

        `POST /v1/payouts/{payout}`
        """
        from ..models.payout import Payout

        return await self._client.request(
            "post",
            "/v1/payouts/{payout}",
            path_params={
                "payout": payout,
            },
            body={
                "expand": expand,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Payout,
            options=request_options,
        )
