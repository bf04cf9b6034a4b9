# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.issuing.cards`: 4 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.issuing_card import IssuingCard
    from ..params import IssuingCardsCreateShippingParams
    from ..params import IssuingCardsCreateSpendingControlsParams
    from ..params import IssuingCardsListCreatedParams
    from ..params import IssuingCardsUpdatePinParams
    from ..params import IssuingCardsUpdateSpendingControlsParams


class IssuingCardsResource:
    """`client.issuing.cards`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        currency: str,
        type: Literal["physical", "virtual"],
        cardholder: str | None = None,
        expand: Sequence[str] | None = None,
        financial_account: str | None = None,
        metadata: Mapping[str, str] | None = None,
        replacement_for: str | None = None,
        replacement_reason: Literal["damaged", "expired", "lost", "stolen"] | None = None,
        shipping: IssuingCardsCreateShippingParams | None = None,
        spending_controls: IssuingCardsCreateSpendingControlsParams | None = None,
        status: Literal["active", "inactive"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingCard:
        """<p>Creates an Issuing <code>Card</code> object.</p>

        `POST /v1/issuing/cards`
        """
        from ..models.issuing_card import IssuingCard

        return self._client.request(
            "post",
            "/v1/issuing/cards",
            body={
                "currency": currency,
                "type": type,
                "cardholder": cardholder,
                "expand": expand,
                "financial_account": financial_account,
                "metadata": metadata,
                "replacement_for": replacement_for,
                "replacement_reason": replacement_reason,
                "shipping": shipping,
                "spending_controls": spending_controls,
                "status": status,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IssuingCard,
            options=request_options,
        )

    def list(
        self,
        *,
        cardholder: str | None = None,
        created: IssuingCardsListCreatedParams | int | None = None,
        ending_before: str | None = None,
        exp_month: int | None = None,
        exp_year: int | None = None,
        expand: Sequence[str] | None = None,
        last4: str | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        status: Literal["active", "canceled", "inactive"] | None = None,
        type: Literal["physical", "virtual"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[IssuingCard]:
        """<p>Returns a list of Issuing <code>Card</code> objects. The objects are sorted in descending order by creation date, with the most recently created object appearing first.</p>

        `GET /v1/issuing/cards`
        """
        from ..models.issuing_card import IssuingCard

        return self._client.request_list(
            "get",
            "/v1/issuing/cards",
            query={
                "cardholder": cardholder,
                "created": created,
                "ending_before": ending_before,
                "exp_month": exp_month,
                "exp_year": exp_year,
                "expand": expand,
                "last4": last4,
                "limit": limit,
                "starting_after": starting_after,
                "status": status,
                "type": type,
            },
            cast_to=ListObject[IssuingCard],
            options=request_options,
        )

    def retrieve(
        self,
        card: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingCard:
        """<p>Retrieves an Issuing <code>Card</code> object.</p>

        `GET /v1/issuing/cards/{card}`
        """
        from ..models.issuing_card import IssuingCard

        return self._client.request(
            "get",
            "/v1/issuing/cards/{card}",
            path_params={
                "card": card,
            },
            query={
                "expand": expand,
            },
            cast_to=IssuingCard,
            options=request_options,
        )

    def update(
        self,
        card: str,
        *,
        cancellation_reason: Literal["lost", "stolen"] | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        pin: IssuingCardsUpdatePinParams | None = None,
        spending_controls: IssuingCardsUpdateSpendingControlsParams | None = None,
        status: Literal["active", "canceled", "inactive"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingCard:
        """<p>Updates the specified Issuing <code>Card</code> object by setting the values of the parameters passed. Any parameters not provided will be left unchanged.</p>

        `POST /v1/issuing/cards/{card}`
        """
        from ..models.issuing_card import IssuingCard

        return self._client.request(
            "post",
            "/v1/issuing/cards/{card}",
            path_params={
                "card": card,
            },
            body={
                "cancellation_reason": cancellation_reason,
                "expand": expand,
                "metadata": metadata,
                "pin": pin,
                "spending_controls": spending_controls,
                "status": status,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IssuingCard,
            options=request_options,
        )


class AsyncIssuingCardsResource:
    """`client.issuing.cards` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        currency: str,
        type: Literal["physical", "virtual"],
        cardholder: str | None = None,
        expand: Sequence[str] | None = None,
        financial_account: str | None = None,
        metadata: Mapping[str, str] | None = None,
        replacement_for: str | None = None,
        replacement_reason: Literal["damaged", "expired", "lost", "stolen"] | None = None,
        shipping: IssuingCardsCreateShippingParams | None = None,
        spending_controls: IssuingCardsCreateSpendingControlsParams | None = None,
        status: Literal["active", "inactive"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingCard:
        """<p>Creates an Issuing <code>Card</code> object.</p>

        `POST /v1/issuing/cards`
        """
        from ..models.issuing_card import IssuingCard

        return await self._client.request(
            "post",
            "/v1/issuing/cards",
            body={
                "currency": currency,
                "type": type,
                "cardholder": cardholder,
                "expand": expand,
                "financial_account": financial_account,
                "metadata": metadata,
                "replacement_for": replacement_for,
                "replacement_reason": replacement_reason,
                "shipping": shipping,
                "spending_controls": spending_controls,
                "status": status,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IssuingCard,
            options=request_options,
        )

    def list(
        self,
        *,
        cardholder: str | None = None,
        created: IssuingCardsListCreatedParams | int | None = None,
        ending_before: str | None = None,
        exp_month: int | None = None,
        exp_year: int | None = None,
        expand: Sequence[str] | None = None,
        last4: str | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        status: Literal["active", "canceled", "inactive"] | None = None,
        type: Literal["physical", "virtual"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[IssuingCard]:
        """<p>Returns a list of Issuing <code>Card</code> objects. The objects are sorted in descending order by creation date, with the most recently created object appearing first.</p>

        `GET /v1/issuing/cards`
        """
        from ..models.issuing_card import IssuingCard

        return self._client.request_list(
            "get",
            "/v1/issuing/cards",
            query={
                "cardholder": cardholder,
                "created": created,
                "ending_before": ending_before,
                "exp_month": exp_month,
                "exp_year": exp_year,
                "expand": expand,
                "last4": last4,
                "limit": limit,
                "starting_after": starting_after,
                "status": status,
                "type": type,
            },
            cast_to=AsyncListObject[IssuingCard],
            options=request_options,
        )

    async def retrieve(
        self,
        card: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingCard:
        """<p>Retrieves an Issuing <code>Card</code> object.</p>

        `GET /v1/issuing/cards/{card}`
        """
        from ..models.issuing_card import IssuingCard

        return await self._client.request(
            "get",
            "/v1/issuing/cards/{card}",
            path_params={
                "card": card,
            },
            query={
                "expand": expand,
            },
            cast_to=IssuingCard,
            options=request_options,
        )

    async def update(
        self,
        card: str,
        *,
        cancellation_reason: Literal["lost", "stolen"] | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        pin: IssuingCardsUpdatePinParams | None = None,
        spending_controls: IssuingCardsUpdateSpendingControlsParams | None = None,
        status: Literal["active", "canceled", "inactive"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingCard:
        """<p>Updates the specified Issuing <code>Card</code> object by setting the values of the parameters passed. Any parameters not provided will be left unchanged.</p>

        `POST /v1/issuing/cards/{card}`
        """
        from ..models.issuing_card import IssuingCard

        return await self._client.request(
            "post",
            "/v1/issuing/cards/{card}",
            path_params={
                "card": card,
            },
            body={
                "cancellation_reason": cancellation_reason,
                "expand": expand,
                "metadata": metadata,
                "pin": pin,
                "spending_controls": spending_controls,
                "status": status,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IssuingCard,
            options=request_options,
        )
