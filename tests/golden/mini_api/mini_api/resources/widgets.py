# File generated from mini.yaml by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.widgets`: 5 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal

from mini_api._runtime.client import AsyncAPIClient, SyncAPIClient
from mini_api._runtime.models import AsyncListObject, AsyncPager, ListObject
from mini_api._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.widget import Widget
    from ..models.widgets_delete_response import WidgetsDeleteResponse
    from ..params import WidgetsCreateDimensionsParams


class WidgetsResource:
    """`client.widgets`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        name: str,
        color: Literal["red", "green", "blue"] | None = None,
        owner: str | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        dimensions: WidgetsCreateDimensionsParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> Widget:
        """Create a widget

        `POST /v1/widgets`
        """
        from ..models.widget import Widget

        return self._client.request(
            "post",
            "/v1/widgets",
            body={
                "name": name,
                "color": color,
                "owner": owner,
                "metadata": metadata,
                "dimensions": dimensions,
            },
            body_type="form",
            cast_to=Widget,
            options=request_options,
        )

    def delete(
        self,
        widget: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> WidgetsDeleteResponse:
        """Delete a widget

        `DELETE /v1/widgets/{widget}`
        """
        from ..models.widgets_delete_response import WidgetsDeleteResponse

        return self._client.request(
            "delete",
            "/v1/widgets/{widget}",
            path_params={
                "widget": widget,
            },
            cast_to=WidgetsDeleteResponse,
            options=request_options,
        )

    def list(
        self,
        *,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[Widget]:
        """List widgets

        `GET /v1/widgets`
        """
        from ..models.widget import Widget

        return self._client.request_list(
            "get",
            "/v1/widgets",
            query={
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[Widget],
            options=request_options,
        )

    def polish(
        self,
        widget: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Widget:
        """Polish a widget

        Makes it shine. Text with \"\"\"quotes\"\"\" and a \\backslash stays text.

        `POST /v1/widgets/{widget}/polish`
        """
        from ..models.widget import Widget

        return self._client.request(
            "post",
            "/v1/widgets/{widget}/polish",
            path_params={
                "widget": widget,
            },
            cast_to=Widget,
            options=request_options,
        )

    def retrieve(
        self,
        widget: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Widget:
        """Retrieve a widget

        `GET /v1/widgets/{widget}`
        """
        from ..models.widget import Widget

        return self._client.request(
            "get",
            "/v1/widgets/{widget}",
            path_params={
                "widget": widget,
            },
            cast_to=Widget,
            options=request_options,
        )


class AsyncWidgetsResource:
    """`client.widgets` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        name: str,
        color: Literal["red", "green", "blue"] | None = None,
        owner: str | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        dimensions: WidgetsCreateDimensionsParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> Widget:
        """Create a widget

        `POST /v1/widgets`
        """
        from ..models.widget import Widget

        return await self._client.request(
            "post",
            "/v1/widgets",
            body={
                "name": name,
                "color": color,
                "owner": owner,
                "metadata": metadata,
                "dimensions": dimensions,
            },
            body_type="form",
            cast_to=Widget,
            options=request_options,
        )

    async def delete(
        self,
        widget: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> WidgetsDeleteResponse:
        """Delete a widget

        `DELETE /v1/widgets/{widget}`
        """
        from ..models.widgets_delete_response import WidgetsDeleteResponse

        return await self._client.request(
            "delete",
            "/v1/widgets/{widget}",
            path_params={
                "widget": widget,
            },
            cast_to=WidgetsDeleteResponse,
            options=request_options,
        )

    def list(
        self,
        *,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Widget]:
        """List widgets

        `GET /v1/widgets`
        """
        from ..models.widget import Widget

        return self._client.request_list(
            "get",
            "/v1/widgets",
            query={
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[Widget],
            options=request_options,
        )

    async def polish(
        self,
        widget: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Widget:
        """Polish a widget

        Makes it shine. Text with \"\"\"quotes\"\"\" and a \\backslash stays text.

        `POST /v1/widgets/{widget}/polish`
        """
        from ..models.widget import Widget

        return await self._client.request(
            "post",
            "/v1/widgets/{widget}/polish",
            path_params={
                "widget": widget,
            },
            cast_to=Widget,
            options=request_options,
        )

    async def retrieve(
        self,
        widget: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Widget:
        """Retrieve a widget

        `GET /v1/widgets/{widget}`
        """
        from ..models.widget import Widget

        return await self._client.request(
            "get",
            "/v1/widgets/{widget}",
            path_params={
                "widget": widget,
            },
            cast_to=Widget,
            options=request_options,
        )
