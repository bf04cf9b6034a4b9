# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.coupons`: 5 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.coupon import Coupon
    from ..models.deleted_coupon import DeletedCoupon
    from ..params import CouponsCreateAppliesToParams
    from ..params import CouponsCreateCurrencyOptionsValueParams
    from ..params import CouponsListCreatedParams
    from ..params import CouponsUpdateCurrencyOptionsValueParams


class CouponsResource:
    """`client.coupons`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        amount_off: int | None = None,
        applies_to: CouponsCreateAppliesToParams | None = None,
        currency: str | None = None,
        currency_options: Mapping[str, CouponsCreateCurrencyOptionsValueParams] | None = None,
        duration: Literal["forever", "once", "repeating"] | None = None,
        duration_in_months: int | None = None,
        expand: Sequence[str] | None = None,
        id: str | None = None,
        max_redemptions: int | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        name: str | None = None,
        percent_off: float | None = None,
        redeem_by: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Coupon:
        """<p>You can create coupons easily via the <a href="https://dashboard.stripe.com/coupons">coupon management</a> page of the Stripe dashboard. Coupon creation is also accessible via the API if you need to create coupons on the fly.</p>

        <p>A coupon has either a <code>percent_off</code> or an <code>amount_off</code> and <code>currency</code>. If you set an <code>amount_off</code>, that amount will be subtracted from any invoice’s subtotal. For example, an invoice with a subtotal of <currency>100</currency> will have a final total of <currency>0</currency> if a coupon with an <code>amount_off</code> of <amount>200</amount> is applied to it and an invoice with a subtotal of <currency>300</currency> will have a final total of <currency>100</currency> if a coupon with an <code>amount_off</code> of <amount>200</amount> is applied to it.</p>

        `POST /v1/coupons`
        """
        from ..models.coupon import Coupon

        return self._client.request(
            "post",
            "/v1/coupons",
            body={
                "amount_off": amount_off,
                "applies_to": applies_to,
                "currency": currency,
                "currency_options": currency_options,
                "duration": duration,
                "duration_in_months": duration_in_months,
                "expand": expand,
                "id": id,
                "max_redemptions": max_redemptions,
                "metadata": metadata,
                "name": name,
                "percent_off": percent_off,
                "redeem_by": redeem_by,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Coupon,
            options=request_options,
        )

    def delete(
        self,
        coupon: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeletedCoupon:
        """<p>You can delete coupons via the <a href="https://dashboard.stripe.com/coupons">coupon management</a> page of the Stripe dashboard. However, deleting a coupon does not affect any customers who have already applied the coupon; it means that new customers can’t redeem the coupon. You can also delete coupons via the API.</p>

        `DELETE /v1/coupons/{coupon}`
        """
        from ..models.deleted_coupon import DeletedCoupon

        return self._client.request(
            "delete",
            "/v1/coupons/{coupon}",
            path_params={
                "coupon": coupon,
            },
            cast_to=DeletedCoupon,
            options=request_options,
        )

    def list(
        self,
        *,
        created: CouponsListCreatedParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[Coupon]:
        """<p>Returns a list of your coupons.</p>

        `GET /v1/coupons`
        """
        from ..models.coupon import Coupon

        return self._client.request_list(
            "get",
            "/v1/coupons",
            query={
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[Coupon],
            options=request_options,
        )

    def retrieve(
        self,
        coupon: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Coupon:
        """<p>Retrieves the coupon with the given ID.</p>

        `GET /v1/coupons/{coupon}`
        """
        from ..models.coupon import Coupon

        return self._client.request(
            "get",
            "/v1/coupons/{coupon}",
            path_params={
                "coupon": coupon,
            },
            query={
                "expand": expand,
            },
            cast_to=Coupon,
            options=request_options,
        )

    def update(
        self,
        coupon: str,
        *,
        currency_options: Mapping[str, CouponsUpdateCurrencyOptionsValueParams] | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        name: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Coupon:
        """<p>Updates the metadata of a coupon. Other coupon details (currency, duration, amount_off) are, by design, not editable.</p>

        `POST /v1/coupons/{coupon}`
        """
        from ..models.coupon import Coupon

        return self._client.request(
            "post",
            "/v1/coupons/{coupon}",
            path_params={
                "coupon": coupon,
            },
            body={
                "currency_options": currency_options,
                "expand": expand,
                "metadata": metadata,
                "name": name,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Coupon,
            options=request_options,
        )


class AsyncCouponsResource:
    """`client.coupons` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        amount_off: int | None = None,
        applies_to: CouponsCreateAppliesToParams | None = None,
        currency: str | None = None,
        currency_options: Mapping[str, CouponsCreateCurrencyOptionsValueParams] | None = None,
        duration: Literal["forever", "once", "repeating"] | None = None,
        duration_in_months: int | None = None,
        expand: Sequence[str] | None = None,
        id: str | None = None,
        max_redemptions: int | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        name: str | None = None,
        percent_off: float | None = None,
        redeem_by: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Coupon:
        """<p>You can create coupons easily via the <a href="https://dashboard.stripe.com/coupons">coupon management</a> page of the Stripe dashboard. Coupon creation is also accessible via the API if you need to create coupons on the fly.</p>

        <p>A coupon has either a <code>percent_off</code> or an <code>amount_off</code> and <code>currency</code>. If you set an <code>amount_off</code>, that amount will be subtracted from any invoice’s subtotal. For example, an invoice with a subtotal of <currency>100</currency> will have a final total of <currency>0</currency> if a coupon with an <code>amount_off</code> of <amount>200</amount> is applied to it and an invoice with a subtotal of <currency>300</currency> will have a final total of <currency>100</currency> if a coupon with an <code>amount_off</code> of <amount>200</amount> is applied to it.</p>

        `POST /v1/coupons`
        """
        from ..models.coupon import Coupon

        return await self._client.request(
            "post",
            "/v1/coupons",
            body={
                "amount_off": amount_off,
                "applies_to": applies_to,
                "currency": currency,
                "currency_options": currency_options,
                "duration": duration,
                "duration_in_months": duration_in_months,
                "expand": expand,
                "id": id,
                "max_redemptions": max_redemptions,
                "metadata": metadata,
                "name": name,
                "percent_off": percent_off,
                "redeem_by": redeem_by,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Coupon,
            options=request_options,
        )

    async def delete(
        self,
        coupon: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeletedCoupon:
        """<p>You can delete coupons via the <a href="https://dashboard.stripe.com/coupons">coupon management</a> page of the Stripe dashboard. However, deleting a coupon does not affect any customers who have already applied the coupon; it means that new customers can’t redeem the coupon. You can also delete coupons via the API.</p>

        `DELETE /v1/coupons/{coupon}`
        """
        from ..models.deleted_coupon import DeletedCoupon

        return await self._client.request(
            "delete",
            "/v1/coupons/{coupon}",
            path_params={
                "coupon": coupon,
            },
            cast_to=DeletedCoupon,
            options=request_options,
        )

    def list(
        self,
        *,
        created: CouponsListCreatedParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Coupon]:
        """<p>Returns a list of your coupons.</p>

        `GET /v1/coupons`
        """
        from ..models.coupon import Coupon

        return self._client.request_list(
            "get",
            "/v1/coupons",
            query={
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[Coupon],
            options=request_options,
        )

    async def retrieve(
        self,
        coupon: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Coupon:
        """<p>Retrieves the coupon with the given ID.</p>

        `GET /v1/coupons/{coupon}`
        """
        from ..models.coupon import Coupon

        return await self._client.request(
            "get",
            "/v1/coupons/{coupon}",
            path_params={
                "coupon": coupon,
            },
            query={
                "expand": expand,
            },
            cast_to=Coupon,
            options=request_options,
        )

    async def update(
        self,
        coupon: str,
        *,
        currency_options: Mapping[str, CouponsUpdateCurrencyOptionsValueParams] | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        name: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Coupon:
        """<p>Updates the metadata of a coupon. Other coupon details (currency, duration, amount_off) are, by design, not editable.</p>

        `POST /v1/coupons/{coupon}`
        """
        from ..models.coupon import Coupon

        return await self._client.request(
            "post",
            "/v1/coupons/{coupon}",
            path_params={
                "coupon": coupon,
            },
            body={
                "currency_options": currency_options,
                "expand": expand,
                "metadata": metadata,
                "name": name,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Coupon,
            options=request_options,
        )
