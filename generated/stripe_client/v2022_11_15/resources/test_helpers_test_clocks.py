# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.test_helpers.test_clocks`: 5 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.deleted_test_helpers_test_clock import DeletedTestHelpersTestClock
    from ..models.test_helpers_test_clock import TestHelpersTestClock


class TestHelpersTestClocksResource:
    """`client.test_helpers.test_clocks`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def advance(
        self,
        test_clock: str,
        *,
        frozen_time: int,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TestHelpersTestClock:
        """<p>Starts advancing a test clock to a specified time in the future. Advancement is done when status changes to <code>Ready</code>.</p>

        `POST /v1/test_helpers/test_clocks/{test_clock}/advance`
        """
        from ..models.test_helpers_test_clock import TestHelpersTestClock

        return self._client.request(
            "post",
            "/v1/test_helpers/test_clocks/{test_clock}/advance",
            path_params={
                "test_clock": test_clock,
            },
            body={
                "frozen_time": frozen_time,
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TestHelpersTestClock,
            options=request_options,
        )

    def create(
        self,
        *,
        frozen_time: int,
        expand: Sequence[str] | None = None,
        name: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> TestHelpersTestClock:
        """<p>Creates a new test clock that can be attached to new customers and quotes.</p>

        `POST /v1/test_helpers/test_clocks`
        """
        from ..models.test_helpers_test_clock import TestHelpersTestClock

        return self._client.request(
            "post",
            "/v1/test_helpers/test_clocks",
            body={
                "frozen_time": frozen_time,
                "expand": expand,
                "name": name,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TestHelpersTestClock,
            options=request_options,
        )

    def delete(
        self,
        test_clock: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeletedTestHelpersTestClock:
        """<p>Deletes a test clock.</p>

        `DELETE /v1/test_helpers/test_clocks/{test_clock}`
        """
        from ..models.deleted_test_helpers_test_clock import DeletedTestHelpersTestClock

        return self._client.request(
            "delete",
            "/v1/test_helpers/test_clocks/{test_clock}",
            path_params={
                "test_clock": test_clock,
            },
            cast_to=DeletedTestHelpersTestClock,
            options=request_options,
        )

    def list(
        self,
        *,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[TestHelpersTestClock]:
        """<p>Returns a list of your test clocks.</p>

        `GET /v1/test_helpers/test_clocks`
        """
        from ..models.test_helpers_test_clock import TestHelpersTestClock

        return self._client.request_list(
            "get",
            "/v1/test_helpers/test_clocks",
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[TestHelpersTestClock],
            options=request_options,
        )

    def retrieve(
        self,
        test_clock: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TestHelpersTestClock:
        """<p>Retrieves a test clock.</p>

        `GET /v1/test_helpers/test_clocks/{test_clock}`
        """
        from ..models.test_helpers_test_clock import TestHelpersTestClock

        return self._client.request(
            "get",
            "/v1/test_helpers/test_clocks/{test_clock}",
            path_params={
                "test_clock": test_clock,
            },
            query={
                "expand": expand,
            },
            cast_to=TestHelpersTestClock,
            options=request_options,
        )


class AsyncTestHelpersTestClocksResource:
    """`client.test_helpers.test_clocks` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def advance(
        self,
        test_clock: str,
        *,
        frozen_time: int,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TestHelpersTestClock:
        """<p>Starts advancing a test clock to a specified time in the future. Advancement is done when status changes to <code>Ready</code>.</p>

        `POST /v1/test_helpers/test_clocks/{test_clock}/advance`
        """
        from ..models.test_helpers_test_clock import TestHelpersTestClock

        return await self._client.request(
            "post",
            "/v1/test_helpers/test_clocks/{test_clock}/advance",
            path_params={
                "test_clock": test_clock,
            },
            body={
                "frozen_time": frozen_time,
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TestHelpersTestClock,
            options=request_options,
        )

    async def create(
        self,
        *,
        frozen_time: int,
        expand: Sequence[str] | None = None,
        name: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> TestHelpersTestClock:
        """<p>Creates a new test clock that can be attached to new customers and quotes.</p>

        `POST /v1/test_helpers/test_clocks`
        """
        from ..models.test_helpers_test_clock import TestHelpersTestClock

        return await self._client.request(
            "post",
            "/v1/test_helpers/test_clocks",
            body={
                "frozen_time": frozen_time,
                "expand": expand,
                "name": name,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TestHelpersTestClock,
            options=request_options,
        )

    async def delete(
        self,
        test_clock: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeletedTestHelpersTestClock:
        """<p>Deletes a test clock.</p>

        `DELETE /v1/test_helpers/test_clocks/{test_clock}`
        """
        from ..models.deleted_test_helpers_test_clock import DeletedTestHelpersTestClock

        return await self._client.request(
            "delete",
            "/v1/test_helpers/test_clocks/{test_clock}",
            path_params={
                "test_clock": test_clock,
            },
            cast_to=DeletedTestHelpersTestClock,
            options=request_options,
        )

    def list(
        self,
        *,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[TestHelpersTestClock]:
        """<p>Returns a list of your test clocks.</p>

        `GET /v1/test_helpers/test_clocks`
        """
        from ..models.test_helpers_test_clock import TestHelpersTestClock

        return self._client.request_list(
            "get",
            "/v1/test_helpers/test_clocks",
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[TestHelpersTestClock],
            options=request_options,
        )

    async def retrieve(
        self,
        test_clock: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TestHelpersTestClock:
        """<p>Retrieves a test clock.</p>

        `GET /v1/test_helpers/test_clocks/{test_clock}`
        """
        from ..models.test_helpers_test_clock import TestHelpersTestClock

        return await self._client.request(
            "get",
            "/v1/test_helpers/test_clocks/{test_clock}",
            path_params={
                "test_clock": test_clock,
            },
            query={
                "expand": expand,
            },
            cast_to=TestHelpersTestClock,
            options=request_options,
        )
