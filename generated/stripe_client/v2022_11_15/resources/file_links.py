# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.file_links`: 4 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.file_link import FileLink
    from ..params import FileLinksListCreatedParams


class FileLinksResource:
    """`client.file_links`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        file: str,
        expand: Sequence[str] | None = None,
        expires_at: int | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FileLink:
        """<p>Creates a new file link object.</p>

        `POST /v1/file_links`
        """
        from ..models.file_link import FileLink

        return self._client.request(
            "post",
            "/v1/file_links",
            body={
                "file": file,
                "expand": expand,
                "expires_at": expires_at,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=FileLink,
            options=request_options,
        )

    def list(
        self,
        *,
        created: FileLinksListCreatedParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        expired: bool | None = None,
        file: str | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[FileLink]:
        """<p>Returns a list of file links.</p>

        `GET /v1/file_links`
        """
        from ..models.file_link import FileLink

        return self._client.request_list(
            "get",
            "/v1/file_links",
            query={
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "expired": expired,
                "file": file,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[FileLink],
            options=request_options,
        )

    def retrieve(
        self,
        link: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FileLink:
        """<p>Retrieves the file link with the given ID.</p>

        `GET /v1/file_links/{link}`
        """
        from ..models.file_link import FileLink

        return self._client.request(
            "get",
            "/v1/file_links/{link}",
            path_params={
                "link": link,
            },
            query={
                "expand": expand,
            },
            cast_to=FileLink,
            options=request_options,
        )

    def update(
        self,
        link: str,
        *,
        expand: Sequence[str] | None = None,
        expires_at: Literal["now", ""] | int | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FileLink:
        """<p>Updates an existing file link object. Expired links can no longer be updated.</p>

        `POST /v1/file_links/{link}`
        """
        from ..models.file_link import FileLink

        return self._client.request(
            "post",
            "/v1/file_links/{link}",
            path_params={
                "link": link,
            },
            body={
                "expand": expand,
                "expires_at": expires_at,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=FileLink,
            options=request_options,
        )


class AsyncFileLinksResource:
    """`client.file_links` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        file: str,
        expand: Sequence[str] | None = None,
        expires_at: int | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FileLink:
        """<p>Creates a new file link object.</p>

        `POST /v1/file_links`
        """
        from ..models.file_link import FileLink

        return await self._client.request(
            "post",
            "/v1/file_links",
            body={
                "file": file,
                "expand": expand,
                "expires_at": expires_at,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=FileLink,
            options=request_options,
        )

    def list(
        self,
        *,
        created: FileLinksListCreatedParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        expired: bool | None = None,
        file: str | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[FileLink]:
        """<p>Returns a list of file links.</p>

        `GET /v1/file_links`
        """
        from ..models.file_link import FileLink

        return self._client.request_list(
            "get",
            "/v1/file_links",
            query={
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "expired": expired,
                "file": file,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[FileLink],
            options=request_options,
        )

    async def retrieve(
        self,
        link: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FileLink:
        """<p>Retrieves the file link with the given ID.</p>

        `GET /v1/file_links/{link}`
        """
        from ..models.file_link import FileLink

        return await self._client.request(
            "get",
            "/v1/file_links/{link}",
            path_params={
                "link": link,
            },
            query={
                "expand": expand,
            },
            cast_to=FileLink,
            options=request_options,
        )

    async def update(
        self,
        link: str,
        *,
        expand: Sequence[str] | None = None,
        expires_at: Literal["now", ""] | int | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FileLink:
        """<p>Updates an existing file link object. Expired links can no longer be updated.</p>

        `POST /v1/file_links/{link}`
        """
        from ..models.file_link import FileLink

        return await self._client.request(
            "post",
            "/v1/file_links/{link}",
            path_params={
                "link": link,
            },
            body={
                "expand": expand,
                "expires_at": expires_at,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=FileLink,
            options=request_options,
        )
