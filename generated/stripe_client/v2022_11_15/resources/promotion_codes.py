# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.promotion_codes`: 4 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.promotion_code import PromotionCode
    from ..params import PromotionCodesCreateRestrictionsParams
    from ..params import PromotionCodesListCreatedParams
    from ..params import PromotionCodesUpdateRestrictionsParams


class PromotionCodesResource:
    """`client.promotion_codes`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        coupon: str,
        active: bool | None = None,
        code: str | None = None,
        customer: str | None = None,
        expand: Sequence[str] | None = None,
        expires_at: int | None = None,
        max_redemptions: int | None = None,
        metadata: Mapping[str, str] | None = None,
        restrictions: PromotionCodesCreateRestrictionsParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> PromotionCode:
        """<p>A promotion code points to a coupon. You can optionally restrict the code to a specific customer, redemption limit, and expiration date.</p>

        `POST /v1/promotion_codes`
        """
        from ..models.promotion_code import PromotionCode

        return self._client.request(
            "post",
            "/v1/promotion_codes",
            body={
                "coupon": coupon,
                "active": active,
                "code": code,
                "customer": customer,
                "expand": expand,
                "expires_at": expires_at,
                "max_redemptions": max_redemptions,
                "metadata": metadata,
                "restrictions": restrictions,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=PromotionCode,
            options=request_options,
        )

    def list(
        self,
        *,
        active: bool | None = None,
        code: str | None = None,
        coupon: str | None = None,
        created: PromotionCodesListCreatedParams | int | None = None,
        customer: str | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[PromotionCode]:
        """<p>Returns a list of your promotion codes.</p>

        `GET /v1/promotion_codes`
        """
        from ..models.promotion_code import PromotionCode

        return self._client.request_list(
            "get",
            "/v1/promotion_codes",
            query={
                "active": active,
                "code": code,
                "coupon": coupon,
                "created": created,
                "customer": customer,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[PromotionCode],
            options=request_options,
        )

    def retrieve(
        self,
        promotion_code: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PromotionCode:
        """<p>Retrieves the promotion code with the given ID. In order to retrieve a promotion code by the customer-facing <code>code</code> use <a href="/docs/api/promotion_codes/list">list</a> with the desired <code>code</code>.</p>

        `GET /v1/promotion_codes/{promotion_code}`
        """
        from ..models.promotion_code import PromotionCode

        return self._client.request(
            "get",
            "/v1/promotion_codes/{promotion_code}",
            path_params={
                "promotion_code": promotion_code,
            },
            query={
                "expand": expand,
            },
            cast_to=PromotionCode,
            options=request_options,
        )

    def update(
        self,
        promotion_code: str,
        *,
        active: bool | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        restrictions: PromotionCodesUpdateRestrictionsParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> PromotionCode:
        """<p>Updates the specified promotion code by setting the values of the parameters passed. Most fields are, by design, not editable.</p>

        `POST /v1/promotion_codes/{promotion_code}`
        """
        from ..models.promotion_code import PromotionCode

        return self._client.request(
            "post",
            "/v1/promotion_codes/{promotion_code}",
            path_params={
                "promotion_code": promotion_code,
            },
            body={
                "active": active,
                "expand": expand,
                "metadata": metadata,
                "restrictions": restrictions,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=PromotionCode,
            options=request_options,
        )


class AsyncPromotionCodesResource:
    """`client.promotion_codes` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        coupon: str,
        active: bool | None = None,
        code: str | None = None,
        customer: str | None = None,
        expand: Sequence[str] | None = None,
        expires_at: int | None = None,
        max_redemptions: int | None = None,
        metadata: Mapping[str, str] | None = None,
        restrictions: PromotionCodesCreateRestrictionsParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> PromotionCode:
        """<p>A promotion code points to a coupon. You can optionally restrict the code to a specific customer, redemption limit, and expiration date.</p>

        `POST /v1/promotion_codes`
        """
        from ..models.promotion_code import PromotionCode

        return await self._client.request(
            "post",
            "/v1/promotion_codes",
            body={
                "coupon": coupon,
                "active": active,
                "code": code,
                "customer": customer,
                "expand": expand,
                "expires_at": expires_at,
                "max_redemptions": max_redemptions,
                "metadata": metadata,
                "restrictions": restrictions,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=PromotionCode,
            options=request_options,
        )

    def list(
        self,
        *,
        active: bool | None = None,
        code: str | None = None,
        coupon: str | None = None,
        created: PromotionCodesListCreatedParams | int | None = None,
        customer: str | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[PromotionCode]:
        """<p>Returns a list of your promotion codes.</p>

        `GET /v1/promotion_codes`
        """
        from ..models.promotion_code import PromotionCode

        return self._client.request_list(
            "get",
            "/v1/promotion_codes",
            query={
                "active": active,
                "code": code,
                "coupon": coupon,
                "created": created,
                "customer": customer,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[PromotionCode],
            options=request_options,
        )

    async def retrieve(
        self,
        promotion_code: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PromotionCode:
        """<p>Retrieves the promotion code with the given ID. In order to retrieve a promotion code by the customer-facing <code>code</code> use <a href="/docs/api/promotion_codes/list">list</a> with the desired <code>code</code>.</p>

        `GET /v1/promotion_codes/{promotion_code}`
        """
        from ..models.promotion_code import PromotionCode

        return await self._client.request(
            "get",
            "/v1/promotion_codes/{promotion_code}",
            path_params={
                "promotion_code": promotion_code,
            },
            query={
                "expand": expand,
            },
            cast_to=PromotionCode,
            options=request_options,
        )

    async def update(
        self,
        promotion_code: str,
        *,
        active: bool | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        restrictions: PromotionCodesUpdateRestrictionsParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> PromotionCode:
        """<p>Updates the specified promotion code by setting the values of the parameters passed. Most fields are, by design, not editable.</p>

        `POST /v1/promotion_codes/{promotion_code}`
        """
        from ..models.promotion_code import PromotionCode

        return await self._client.request(
            "post",
            "/v1/promotion_codes/{promotion_code}",
            path_params={
                "promotion_code": promotion_code,
            },
            body={
                "active": active,
                "expand": expand,
                "metadata": metadata,
                "restrictions": restrictions,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=PromotionCode,
            options=request_options,
        )
