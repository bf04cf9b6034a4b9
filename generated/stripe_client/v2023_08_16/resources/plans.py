# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.plans`: 5 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.deleted_plan import DeletedPlan
    from ..models.plan import Plan
    from ..params import PlansCreateProductParams
    from ..params import PlansCreateTiersItemParams
    from ..params import PlansCreateTransformUsageParams
    from ..params import PlansListCreatedParams


class PlansResource:
    """`client.plans`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        currency: str,
        interval: Literal["day", "month", "week", "year"],
        active: bool | None = None,
        aggregate_usage: Literal["last_during_period", "last_ever", "max", "sum"] | None = None,
        amount: int | None = None,
        amount_decimal: str | None = None,
        billing_scheme: Literal["per_unit", "tiered"] | None = None,
        expand: Sequence[str] | None = None,
        id: str | None = None,
        interval_count: int | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        nickname: str | None = None,
        product: PlansCreateProductParams | str | None = None,
        tiers: Sequence[PlansCreateTiersItemParams] | None = None,
        tiers_mode: Literal["graduated", "volume"] | None = None,
        transform_usage: PlansCreateTransformUsageParams | None = None,
        trial_period_days: int | None = None,
        usage_type: Literal["licensed", "metered"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Plan:
        """<p>You can now model subscriptions more flexibly using the <a href="#prices">Prices API</a>. It replaces the Plans API and is backwards compatible to simplify your migration.</p>

        `POST /v1/plans`
        """
        from ..models.plan import Plan

        return self._client.request(
            "post",
            "/v1/plans",
            body={
                "currency": currency,
                "interval": interval,
                "active": active,
                "aggregate_usage": aggregate_usage,
                "amount": amount,
                "amount_decimal": amount_decimal,
                "billing_scheme": billing_scheme,
                "expand": expand,
                "id": id,
                "interval_count": interval_count,
                "metadata": metadata,
                "nickname": nickname,
                "product": product,
                "tiers": tiers,
                "tiers_mode": tiers_mode,
                "transform_usage": transform_usage,
                "trial_period_days": trial_period_days,
                "usage_type": usage_type,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Plan,
            options=request_options,
        )

    def delete(
        self,
        plan: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeletedPlan:
        """<p>Deleting plans means new subscribers can’t be added. Existing subscribers aren’t affected.</p>

        `DELETE /v1/plans/{plan}`
        """
        from ..models.deleted_plan import DeletedPlan

        return self._client.request(
            "delete",
            "/v1/plans/{plan}",
            path_params={
                "plan": plan,
            },
            cast_to=DeletedPlan,
            options=request_options,
        )

    def list(
        self,
        *,
        active: bool | None = None,
        created: PlansListCreatedParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        product: str | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[Plan]:
        """<p>Returns a list of your plans.</p>

        `GET /v1/plans`
        """
        from ..models.plan import Plan

        return self._client.request_list(
            "get",
            "/v1/plans",
            query={
                "active": active,
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "product": product,
                "starting_after": starting_after,
            },
            cast_to=ListObject[Plan],
            options=request_options,
        )

    def retrieve(
        self,
        plan: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Plan:
        """<p>Retrieves the plan with the given ID.</p>

        `GET /v1/plans/{plan}`
        """
        from ..models.plan import Plan

        return self._client.request(
            "get",
            "/v1/plans/{plan}",
            path_params={
                "plan": plan,
            },
            query={
                "expand": expand,
            },
            cast_to=Plan,
            options=request_options,
        )

    def update(
        self,
        plan: str,
        *,
        active: bool | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        nickname: str | None = None,
        product: str | None = None,
        trial_period_days: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Plan:
        """<p>Updates the specified plan by setting the values of the parameters passed. Any parameters not provided are left unchanged. By design, you cannot change a plan’s ID, amount, currency, or billing cycle.</p>

        `POST /v1/plans/{plan}`
        """
        from ..models.plan import Plan

        return self._client.request(
            "post",
            "/v1/plans/{plan}",
            path_params={
                "plan": plan,
            },
            body={
                "active": active,
                "expand": expand,
                "metadata": metadata,
                "nickname": nickname,
                "product": product,
                "trial_period_days": trial_period_days,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Plan,
            options=request_options,
        )


class AsyncPlansResource:
    """`client.plans` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        currency: str,
        interval: Literal["day", "month", "week", "year"],
        active: bool | None = None,
        aggregate_usage: Literal["last_during_period", "last_ever", "max", "sum"] | None = None,
        amount: int | None = None,
        amount_decimal: str | None = None,
        billing_scheme: Literal["per_unit", "tiered"] | None = None,
        expand: Sequence[str] | None = None,
        id: str | None = None,
        interval_count: int | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        nickname: str | None = None,
        product: PlansCreateProductParams | str | None = None,
        tiers: Sequence[PlansCreateTiersItemParams] | None = None,
        tiers_mode: Literal["graduated", "volume"] | None = None,
        transform_usage: PlansCreateTransformUsageParams | None = None,
        trial_period_days: int | None = None,
        usage_type: Literal["licensed", "metered"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Plan:
        """<p>You can now model subscriptions more flexibly using the <a href="#prices">Prices API</a>. It replaces the Plans API and is backwards compatible to simplify your migration.</p>

        `POST /v1/plans`
        """
        from ..models.plan import Plan

        return await self._client.request(
            "post",
            "/v1/plans",
            body={
                "currency": currency,
                "interval": interval,
                "active": active,
                "aggregate_usage": aggregate_usage,
                "amount": amount,
                "amount_decimal": amount_decimal,
                "billing_scheme": billing_scheme,
                "expand": expand,
                "id": id,
                "interval_count": interval_count,
                "metadata": metadata,
                "nickname": nickname,
                "product": product,
                "tiers": tiers,
                "tiers_mode": tiers_mode,
                "transform_usage": transform_usage,
                "trial_period_days": trial_period_days,
                "usage_type": usage_type,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Plan,
            options=request_options,
        )

    async def delete(
        self,
        plan: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeletedPlan:
        """<p>Deleting plans means new subscribers can’t be added. Existing subscribers aren’t affected.</p>

        `DELETE /v1/plans/{plan}`
        """
        from ..models.deleted_plan import DeletedPlan

        return await self._client.request(
            "delete",
            "/v1/plans/{plan}",
            path_params={
                "plan": plan,
            },
            cast_to=DeletedPlan,
            options=request_options,
        )

    def list(
        self,
        *,
        active: bool | None = None,
        created: PlansListCreatedParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        product: str | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Plan]:
        """<p>Returns a list of your plans.</p>

        `GET /v1/plans`
        """
        from ..models.plan import Plan

        return self._client.request_list(
            "get",
            "/v1/plans",
            query={
                "active": active,
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "product": product,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[Plan],
            options=request_options,
        )

    async def retrieve(
        self,
        plan: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Plan:
        """<p>Retrieves the plan with the given ID.</p>

        `GET /v1/plans/{plan}`
        """
        from ..models.plan import Plan

        return await self._client.request(
            "get",
            "/v1/plans/{plan}",
            path_params={
                "plan": plan,
            },
            query={
                "expand": expand,
            },
            cast_to=Plan,
            options=request_options,
        )

    async def update(
        self,
        plan: str,
        *,
        active: bool | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        nickname: str | None = None,
        product: str | None = None,
        trial_period_days: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Plan:
        """<p>Updates the specified plan by setting the values of the parameters passed. Any parameters not provided are left unchanged. By design, you cannot change a plan’s ID, amount, currency, or billing cycle.</p>

        `POST /v1/plans/{plan}`
        """
        from ..models.plan import Plan

        return await self._client.request(
            "post",
            "/v1/plans/{plan}",
            path_params={
                "plan": plan,
            },
            body={
                "active": active,
                "expand": expand,
                "metadata": metadata,
                "nickname": nickname,
                "product": product,
                "trial_period_days": trial_period_days,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Plan,
            options=request_options,
        )
