# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.radar.early_fraud_warnings`: 2 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.radar_early_fraud_warning import RadarEarlyFraudWarning


class RadarEarlyFraudWarningsResource:
    """`client.radar.early_fraud_warnings`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        charge: str | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        payment_intent: str | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[RadarEarlyFraudWarning]:
        """<p>Returns a list of early fraud warnings.</p>

        `GET /v1/radar/early_fraud_warnings`
        """
        from ..models.radar_early_fraud_warning import RadarEarlyFraudWarning

        return self._client.request_list(
            "get",
            "/v1/radar/early_fraud_warnings",
            query={
                "charge": charge,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "payment_intent": payment_intent,
                "starting_after": starting_after,
            },
            cast_to=ListObject[RadarEarlyFraudWarning],
            options=request_options,
        )

    def retrieve(
        self,
        early_fraud_warning: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> RadarEarlyFraudWarning:
        """<p>Retrieves the details of an early fraud warning that has previously been created. </p>

        <p>Please refer to the <a href="#early_fraud_warning_object">early fraud warning</a> object reference for more details.</p>

        `GET /v1/radar/early_fraud_warnings/{early_fraud_warning}`
        """
        from ..models.radar_early_fraud_warning import RadarEarlyFraudWarning

        return self._client.request(
            "get",
            "/v1/radar/early_fraud_warnings/{early_fraud_warning}",
            path_params={
                "early_fraud_warning": early_fraud_warning,
            },
            query={
                "expand": expand,
            },
            cast_to=RadarEarlyFraudWarning,
            options=request_options,
        )


class AsyncRadarEarlyFraudWarningsResource:
    """`client.radar.early_fraud_warnings` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        charge: str | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        payment_intent: str | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[RadarEarlyFraudWarning]:
        """<p>Returns a list of early fraud warnings.</p>

        `GET /v1/radar/early_fraud_warnings`
        """
        from ..models.radar_early_fraud_warning import RadarEarlyFraudWarning

        return self._client.request_list(
            "get",
            "/v1/radar/early_fraud_warnings",
            query={
                "charge": charge,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "payment_intent": payment_intent,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[RadarEarlyFraudWarning],
            options=request_options,
        )

    async def retrieve(
        self,
        early_fraud_warning: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> RadarEarlyFraudWarning:
        """<p>Retrieves the details of an early fraud warning that has previously been created. </p>

        <p>Please refer to the <a href="#early_fraud_warning_object">early fraud warning</a> object reference for more details.</p>

        `GET /v1/radar/early_fraud_warnings/{early_fraud_warning}`
        """
        from ..models.radar_early_fraud_warning import RadarEarlyFraudWarning

        return await self._client.request(
            "get",
            "/v1/radar/early_fraud_warnings/{early_fraud_warning}",
            path_params={
                "early_fraud_warning": early_fraud_warning,
            },
            query={
                "expand": expand,
            },
            cast_to=RadarEarlyFraudWarning,
            options=request_options,
        )
