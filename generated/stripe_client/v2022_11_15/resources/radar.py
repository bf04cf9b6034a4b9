# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.radar`: 0 operation(s)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from .radar_early_fraud_warnings import (
        RadarEarlyFraudWarningsResource,
        AsyncRadarEarlyFraudWarningsResource,
    )
    from .radar_value_list_items import (
        RadarValueListItemsResource,
        AsyncRadarValueListItemsResource,
    )
    from .radar_value_lists import RadarValueListsResource, AsyncRadarValueListsResource


class RadarResource:
    """`client.radar`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def early_fraud_warnings(self) -> RadarEarlyFraudWarningsResource:
        from .radar_early_fraud_warnings import RadarEarlyFraudWarningsResource

        return RadarEarlyFraudWarningsResource(self._client)

    @cached_property
    def value_list_items(self) -> RadarValueListItemsResource:
        from .radar_value_list_items import RadarValueListItemsResource

        return RadarValueListItemsResource(self._client)

    @cached_property
    def value_lists(self) -> RadarValueListsResource:
        from .radar_value_lists import RadarValueListsResource

        return RadarValueListsResource(self._client)


class AsyncRadarResource:
    """`client.radar` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def early_fraud_warnings(self) -> AsyncRadarEarlyFraudWarningsResource:
        from .radar_early_fraud_warnings import AsyncRadarEarlyFraudWarningsResource

        return AsyncRadarEarlyFraudWarningsResource(self._client)

    @cached_property
    def value_list_items(self) -> AsyncRadarValueListItemsResource:
        from .radar_value_list_items import AsyncRadarValueListItemsResource

        return AsyncRadarValueListItemsResource(self._client)

    @cached_property
    def value_lists(self) -> AsyncRadarValueListsResource:
        from .radar_value_lists import AsyncRadarValueListsResource

        return AsyncRadarValueListsResource(self._client)
