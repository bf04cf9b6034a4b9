# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.subscription_schedules`: 6 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.subscription_schedule import SubscriptionSchedule
    from ..params import SubscriptionSchedulesCreateDefaultSettingsParams
    from ..params import SubscriptionSchedulesCreatePhasesItemParams
    from ..params import SubscriptionSchedulesListCanceledAtParams
    from ..params import SubscriptionSchedulesListCompletedAtParams
    from ..params import SubscriptionSchedulesListCreatedParams
    from ..params import SubscriptionSchedulesListReleasedAtParams
    from ..params import SubscriptionSchedulesUpdateDefaultSettingsParams
    from ..params import SubscriptionSchedulesUpdatePhasesItemParams


class SubscriptionSchedulesResource:
    """`client.subscription_schedules`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def cancel(
        self,
        schedule: str,
        *,
        expand: Sequence[str] | None = None,
        invoice_now: bool | None = None,
        prorate: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> SubscriptionSchedule:
        """<p>Cancels a subscription schedule and its associated subscription immediately (if the subscription schedule has an active subscription). A subscription schedule can only be canceled if its status is <code>not_started</code> or <code>active</code>.</p>

        `POST /v1/subscription_schedules/{schedule}/cancel`
        """
        from ..models.subscription_schedule import SubscriptionSchedule

        return self._client.request(
            "post",
            "/v1/subscription_schedules/{schedule}/cancel",
            path_params={
                "schedule": schedule,
            },
            body={
                "expand": expand,
                "invoice_now": invoice_now,
                "prorate": prorate,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=SubscriptionSchedule,
            options=request_options,
        )

    def create(
        self,
        *,
        customer: str | None = None,
        default_settings: SubscriptionSchedulesCreateDefaultSettingsParams | None = None,
        end_behavior: Literal["cancel", "none", "release", "renew"] | None = None,
        expand: Sequence[str] | None = None,
        from_subscription: str | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        phases: Sequence[SubscriptionSchedulesCreatePhasesItemParams] | None = None,
        start_date: int | Literal["now"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SubscriptionSchedule:
        """<p>Creates a new subscription schedule object. Each customer can have up to 500 active or scheduled subscriptions.</p>

        `POST /v1/subscription_schedules`
        """
        from ..models.subscription_schedule import SubscriptionSchedule

        return self._client.request(
            "post",
            "/v1/subscription_schedules",
            body={
                "customer": customer,
                "default_settings": default_settings,
                "end_behavior": end_behavior,
                "expand": expand,
                "from_subscription": from_subscription,
                "metadata": metadata,
                "phases": phases,
                "start_date": start_date,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=SubscriptionSchedule,
            options=request_options,
        )

    def list(
        self,
        *,
        canceled_at: SubscriptionSchedulesListCanceledAtParams | int | None = None,
        completed_at: SubscriptionSchedulesListCompletedAtParams | int | None = None,
        created: SubscriptionSchedulesListCreatedParams | int | None = None,
        customer: str | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        released_at: SubscriptionSchedulesListReleasedAtParams | int | None = None,
        scheduled: bool | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[SubscriptionSchedule]:
        """<p>Retrieves the list of your subscription schedules.</p>

        `GET /v1/subscription_schedules`
        """
        from ..models.subscription_schedule import SubscriptionSchedule

        return self._client.request_list(
            "get",
            "/v1/subscription_schedules",
            query={
                "canceled_at": canceled_at,
                "completed_at": completed_at,
                "created": created,
                "customer": customer,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "released_at": released_at,
                "scheduled": scheduled,
                "starting_after": starting_after,
            },
            cast_to=ListObject[SubscriptionSchedule],
            options=request_options,
        )

    def release(
        self,
        schedule: str,
        *,
        expand: Sequence[str] | None = None,
        preserve_cancel_date: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> SubscriptionSchedule:
        """<p>Releases the subscription schedule immediately, which will stop scheduling of its phases, but leave any existing subscription in place. A schedule can only be released if its status is <code>not_started</code> or <code>active</code>. If the subscription schedule is currently associated with a subscription, releasing it will remove its <code>subscription</code> property and set the subscription’s ID to the <code>released_subscription</code> property.</p>

        `POST /v1/subscription_schedules/{schedule}/release`
        """
        from ..models.subscription_schedule import SubscriptionSchedule

        return self._client.request(
            "post",
            "/v1/subscription_schedules/{schedule}/release",
            path_params={
                "schedule": schedule,
            },
            body={
                "expand": expand,
                "preserve_cancel_date": preserve_cancel_date,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=SubscriptionSchedule,
            options=request_options,
        )

    def retrieve(
        self,
        schedule: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SubscriptionSchedule:
        """<p>Retrieves the details of an existing subscription schedule. You only need to supply the unique subscription schedule identifier that was returned upon subscription schedule creation.</p>

        `GET /v1/subscription_schedules/{schedule}`
        """
        from ..models.subscription_schedule import SubscriptionSchedule

        return self._client.request(
            "get",
            "/v1/subscription_schedules/{schedule}",
            path_params={
                "schedule": schedule,
            },
            query={
                "expand": expand,
            },
            cast_to=SubscriptionSchedule,
            options=request_options,
        )

    def update(
        self,
        schedule: str,
        *,
        default_settings: SubscriptionSchedulesUpdateDefaultSettingsParams | None = None,
        end_behavior: Literal["cancel", "none", "release", "renew"] | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        phases: Sequence[SubscriptionSchedulesUpdatePhasesItemParams] | None = None,
        proration_behavior: Literal["always_invoice", "create_prorations", "none"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SubscriptionSchedule:
        """<p>Updates an existing subscription schedule.</p>

        `POST /v1/subscription_schedules/{schedule}`
        """
        from ..models.subscription_schedule import SubscriptionSchedule

        return self._client.request(
            "post",
            "/v1/subscription_schedules/{schedule}",
            path_params={
                "schedule": schedule,
            },
            body={
                "default_settings": default_settings,
                "end_behavior": end_behavior,
                "expand": expand,
                "metadata": metadata,
                "phases": phases,
                "proration_behavior": proration_behavior,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=SubscriptionSchedule,
            options=request_options,
        )


class AsyncSubscriptionSchedulesResource:
    """`client.subscription_schedules` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def cancel(
        self,
        schedule: str,
        *,
        expand: Sequence[str] | None = None,
        invoice_now: bool | None = None,
        prorate: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> SubscriptionSchedule:
        """<p>Cancels a subscription schedule and its associated subscription immediately (if the subscription schedule has an active subscription). A subscription schedule can only be canceled if its status is <code>not_started</code> or <code>active</code>.</p>

        `POST /v1/subscription_schedules/{schedule}/cancel`
        """
        from ..models.subscription_schedule import SubscriptionSchedule

        return await self._client.request(
            "post",
            "/v1/subscription_schedules/{schedule}/cancel",
            path_params={
                "schedule": schedule,
            },
            body={
                "expand": expand,
                "invoice_now": invoice_now,
                "prorate": prorate,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=SubscriptionSchedule,
            options=request_options,
        )

    async def create(
        self,
        *,
        customer: str | None = None,
        default_settings: SubscriptionSchedulesCreateDefaultSettingsParams | None = None,
        end_behavior: Literal["cancel", "none", "release", "renew"] | None = None,
        expand: Sequence[str] | None = None,
        from_subscription: str | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        phases: Sequence[SubscriptionSchedulesCreatePhasesItemParams] | None = None,
        start_date: int | Literal["now"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SubscriptionSchedule:
        """<p>Creates a new subscription schedule object. Each customer can have up to 500 active or scheduled subscriptions.</p>

        `POST /v1/subscription_schedules`
        """
        from ..models.subscription_schedule import SubscriptionSchedule

        return await self._client.request(
            "post",
            "/v1/subscription_schedules",
            body={
                "customer": customer,
                "default_settings": default_settings,
                "end_behavior": end_behavior,
                "expand": expand,
                "from_subscription": from_subscription,
                "metadata": metadata,
                "phases": phases,
                "start_date": start_date,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=SubscriptionSchedule,
            options=request_options,
        )

    def list(
        self,
        *,
        canceled_at: SubscriptionSchedulesListCanceledAtParams | int | None = None,
        completed_at: SubscriptionSchedulesListCompletedAtParams | int | None = None,
        created: SubscriptionSchedulesListCreatedParams | int | None = None,
        customer: str | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        released_at: SubscriptionSchedulesListReleasedAtParams | int | None = None,
        scheduled: bool | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[SubscriptionSchedule]:
        """<p>Retrieves the list of your subscription schedules.</p>

        `GET /v1/subscription_schedules`
        """
        from ..models.subscription_schedule import SubscriptionSchedule

        return self._client.request_list(
            "get",
            "/v1/subscription_schedules",
            query={
                "canceled_at": canceled_at,
                "completed_at": completed_at,
                "created": created,
                "customer": customer,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "released_at": released_at,
                "scheduled": scheduled,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[SubscriptionSchedule],
            options=request_options,
        )

    async def release(
        self,
        schedule: str,
        *,
        expand: Sequence[str] | None = None,
        preserve_cancel_date: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> SubscriptionSchedule:
        """<p>Releases the subscription schedule immediately, which will stop scheduling of its phases, but leave any existing subscription in place. A schedule can only be released if its status is <code>not_started</code> or <code>active</code>. If the subscription schedule is currently associated with a subscription, releasing it will remove its <code>subscription</code> property and set the subscription’s ID to the <code>released_subscription</code> property.</p>

        `POST /v1/subscription_schedules/{schedule}/release`
        """
        from ..models.subscription_schedule import SubscriptionSchedule

        return await self._client.request(
            "post",
            "/v1/subscription_schedules/{schedule}/release",
            path_params={
                "schedule": schedule,
            },
            body={
                "expand": expand,
                "preserve_cancel_date": preserve_cancel_date,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=SubscriptionSchedule,
            options=request_options,
        )

    async def retrieve(
        self,
        schedule: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SubscriptionSchedule:
        """<p>Retrieves the details of an existing subscription schedule. You only need to supply the unique subscription schedule identifier that was returned upon subscription schedule creation.</p>

        `GET /v1/subscription_schedules/{schedule}`
        """
        from ..models.subscription_schedule import SubscriptionSchedule

        return await self._client.request(
            "get",
            "/v1/subscription_schedules/{schedule}",
            path_params={
                "schedule": schedule,
            },
            query={
                "expand": expand,
            },
            cast_to=SubscriptionSchedule,
            options=request_options,
        )

    async def update(
        self,
        schedule: str,
        *,
        default_settings: SubscriptionSchedulesUpdateDefaultSettingsParams | None = None,
        end_behavior: Literal["cancel", "none", "release", "renew"] | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        phases: Sequence[SubscriptionSchedulesUpdatePhasesItemParams] | None = None,
        proration_behavior: Literal["always_invoice", "create_prorations", "none"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SubscriptionSchedule:
        """<p>Updates an existing subscription schedule.</p>

        `POST /v1/subscription_schedules/{schedule}`
        """
        from ..models.subscription_schedule import SubscriptionSchedule

        return await self._client.request(
            "post",
            "/v1/subscription_schedules/{schedule}",
            path_params={
                "schedule": schedule,
            },
            body={
                "default_settings": default_settings,
                "end_behavior": end_behavior,
                "expand": expand,
                "metadata": metadata,
                "phases": phases,
                "proration_behavior": proration_behavior,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=SubscriptionSchedule,
            options=request_options,
        )
