# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.sigma`: 0 operation(s)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from .sigma_scheduled_query_runs import (
        SigmaScheduledQueryRunsResource,
        AsyncSigmaScheduledQueryRunsResource,
    )


class SigmaResource:
    """`client.sigma`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def scheduled_query_runs(self) -> SigmaScheduledQueryRunsResource:
        from .sigma_scheduled_query_runs import SigmaScheduledQueryRunsResource

        return SigmaScheduledQueryRunsResource(self._client)


class AsyncSigmaResource:
    """`client.sigma` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def scheduled_query_runs(self) -> AsyncSigmaScheduledQueryRunsResource:
        from .sigma_scheduled_query_runs import AsyncSigmaScheduledQueryRunsResource

        return AsyncSigmaScheduledQueryRunsResource(self._client)
