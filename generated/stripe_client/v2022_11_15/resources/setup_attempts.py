# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.setup_attempts`: 1 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.setup_attempt import SetupAttempt
    from ..params import SetupAttemptsListCreatedParams


class SetupAttemptsResource:
    """`client.setup_attempts`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        setup_intent: str,
        created: SetupAttemptsListCreatedParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[SetupAttempt]:
        """<p>Returns a list of SetupAttempts associated with a provided SetupIntent.</p>

        `GET /v1/setup_attempts`
        """
        from ..models.setup_attempt import SetupAttempt

        return self._client.request_list(
            "get",
            "/v1/setup_attempts",
            query={
                "setup_intent": setup_intent,
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[SetupAttempt],
            options=request_options,
        )


class AsyncSetupAttemptsResource:
    """`client.setup_attempts` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        setup_intent: str,
        created: SetupAttemptsListCreatedParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[SetupAttempt]:
        """<p>Returns a list of SetupAttempts associated with a provided SetupIntent.</p>

        `GET /v1/setup_attempts`
        """
        from ..models.setup_attempt import SetupAttempt

        return self._client.request_list(
            "get",
            "/v1/setup_attempts",
            query={
                "setup_intent": setup_intent,
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[SetupAttempt],
            options=request_options,
        )
