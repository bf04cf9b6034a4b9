# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.reviews`: 3 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.review import Review
    from ..params import ReviewsListCreatedParams


class ReviewsResource:
    """`client.reviews`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def approve(
        self,
        review: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Review:
        """<p>Approves a <code>Review</code> object, closing it and removing it from the list of reviews.</p>

        `POST /v1/reviews/{review}/approve`
        """
        from ..models.review import Review

        return self._client.request(
            "post",
            "/v1/reviews/{review}/approve",
            path_params={
                "review": review,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Review,
            options=request_options,
        )

    def list(
        self,
        *,
        created: ReviewsListCreatedParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[Review]:
        """<p>Returns a list of <code>Review</code> objects that have <code>open</code> set to <code>true</code>. The objects are sorted in descending order by creation date, with the most recently created object appearing first.</p>

        `GET /v1/reviews`
        """
        from ..models.review import Review

        return self._client.request_list(
            "get",
            "/v1/reviews",
            query={
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[Review],
            options=request_options,
        )

    def retrieve(
        self,
        review: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Review:
        """<p>Retrieves a <code>Review</code> object.</p>

        `GET /v1/reviews/{review}`
        """
        from ..models.review import Review

        return self._client.request(
            "get",
            "/v1/reviews/{review}",
            path_params={
                "review": review,
            },
            query={
                "expand": expand,
            },
            cast_to=Review,
            options=request_options,
        )


class AsyncReviewsResource:
    """`client.reviews` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def approve(
        self,
        review: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Review:
        """<p>Approves a <code>Review</code> object, closing it and removing it from the list of reviews.</p>

        `POST /v1/reviews/{review}/approve`
        """
        from ..models.review import Review

        return await self._client.request(
            "post",
            "/v1/reviews/{review}/approve",
            path_params={
                "review": review,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Review,
            options=request_options,
        )

    def list(
        self,
        *,
        created: ReviewsListCreatedParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Review]:
        """<p>Returns a list of <code>Review</code> objects that have <code>open</code> set to <code>true</code>. The objects are sorted in descending order by creation date, with the most recently created object appearing first.</p>

        `GET /v1/reviews`
        """
        from ..models.review import Review

        return self._client.request_list(
            "get",
            "/v1/reviews",
            query={
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[Review],
            options=request_options,
        )

    async def retrieve(
        self,
        review: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Review:
        """<p>Retrieves a <code>Review</code> object.</p>

        `GET /v1/reviews/{review}`
        """
        from ..models.review import Review

        return await self._client.request(
            "get",
            "/v1/reviews/{review}",
            path_params={
                "review": review,
            },
            query={
                "expand": expand,
            },
            cast_to=Review,
            options=request_options,
        )
