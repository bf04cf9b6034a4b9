# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.billing_portal`: 0 operation(s)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from .billing_portal_configurations import (
        BillingPortalConfigurationsResource,
        AsyncBillingPortalConfigurationsResource,
    )
    from .billing_portal_sessions import (
        BillingPortalSessionsResource,
        AsyncBillingPortalSessionsResource,
    )


class BillingPortalResource:
    """`client.billing_portal`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def configurations(self) -> BillingPortalConfigurationsResource:
        from .billing_portal_configurations import BillingPortalConfigurationsResource

        return BillingPortalConfigurationsResource(self._client)

    @cached_property
    def sessions(self) -> BillingPortalSessionsResource:
        from .billing_portal_sessions import BillingPortalSessionsResource

        return BillingPortalSessionsResource(self._client)


class AsyncBillingPortalResource:
    """`client.billing_portal` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def configurations(self) -> AsyncBillingPortalConfigurationsResource:
        from .billing_portal_configurations import AsyncBillingPortalConfigurationsResource

        return AsyncBillingPortalConfigurationsResource(self._client)

    @cached_property
    def sessions(self) -> AsyncBillingPortalSessionsResource:
        from .billing_portal_sessions import AsyncBillingPortalSessionsResource

        return AsyncBillingPortalSessionsResource(self._client)
