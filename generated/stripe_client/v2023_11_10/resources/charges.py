# File generated from spec/ (API version 2023-11-10, spec sha256 a73992d2e6f58969) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.charges`: 6 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import (
    AsyncListObject,
    AsyncPager,
    AsyncSearchPager,
    AsyncSearchResult,
    ListObject,
    SearchResult,
)
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.charge import Charge
    from ..params import ChargesCreateShippingParams
    from ..params import ChargesCreateTransferDataParams
    from ..params import ChargesListCreatedParams
    from ..params import ChargesUpdateFraudDetailsParams
    from ..params import ChargesUpdateShippingParams


class ChargesResource:
    """`client.charges`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def capture(
        self,
        charge: str,
        *,
        amount: int | None = None,
        application_fee_amount: int | None = None,
        expand: Sequence[str] | None = None,
        receipt_email: str | None = None,
        statement_descriptor: str | None = None,
        statement_descriptor_suffix: str | None = None,
        transfer_group: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Charge:
        """Capture a charge

        Capture the payment of an existing, uncaptured charge (created with `capture=false`). Uncaptured charges expire after a set number of days (7 by default).

        `POST /v1/charges/{charge}/capture`
        """
        from ..models.charge import Charge

        return self._client.request(
            "post",
            "/v1/charges/{charge}/capture",
            path_params={
                "charge": charge,
            },
            body={
                "amount": amount,
                "application_fee_amount": application_fee_amount,
                "expand": expand,
                "receipt_email": receipt_email,
                "statement_descriptor": statement_descriptor,
                "statement_descriptor_suffix": statement_descriptor_suffix,
                "transfer_group": transfer_group,
            },
            body_type="form",
            cast_to=Charge,
            options=request_options,
        )

    def create(
        self,
        *,
        amount: int | None = None,
        application_fee_amount: int | None = None,
        capture: bool | None = None,
        currency: str | None = None,
        customer: str | None = None,
        description: str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        on_behalf_of: str | None = None,
        receipt_email: str | None = None,
        shipping: ChargesCreateShippingParams | None = None,
        source: str | None = None,
        statement_descriptor: str | None = None,
        statement_descriptor_suffix: str | None = None,
        transfer_data: ChargesCreateTransferDataParams | None = None,
        transfer_group: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Charge:
        """Create a charge

        Charges a payment source (a token, card or source ID). Prefer PaymentIntents for new integrations. If the charge fails you receive a `card_error` (402).

        `POST /v1/charges`
        """
        from ..models.charge import Charge

        return self._client.request(
            "post",
            "/v1/charges",
            body={
                "amount": amount,
                "application_fee_amount": application_fee_amount,
                "capture": capture,
                "currency": currency,
                "customer": customer,
                "description": description,
                "expand": expand,
                "metadata": metadata,
                "on_behalf_of": on_behalf_of,
                "receipt_email": receipt_email,
                "shipping": shipping,
                "source": source,
                "statement_descriptor": statement_descriptor,
                "statement_descriptor_suffix": statement_descriptor_suffix,
                "transfer_data": transfer_data,
                "transfer_group": transfer_group,
            },
            body_type="form",
            cast_to=Charge,
            options=request_options,
        )

    def list(
        self,
        *,
        created: ChargesListCreatedParams | int | None = None,
        customer: str | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        payment_intent: str | None = None,
        starting_after: str | None = None,
        transfer_group: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[Charge]:
        """List all charges

        `GET /v1/charges`
        """
        from ..models.charge import Charge

        return self._client.request_list(
            "get",
            "/v1/charges",
            query={
                "created": created,
                "customer": customer,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "payment_intent": payment_intent,
                "starting_after": starting_after,
                "transfer_group": transfer_group,
            },
            cast_to=ListObject[Charge],
            options=request_options,
        )

    def retrieve(
        self,
        charge: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Charge:
        """Retrieve a charge

        `GET /v1/charges/{charge}`
        """
        from ..models.charge import Charge

        return self._client.request(
            "get",
            "/v1/charges/{charge}",
            path_params={
                "charge": charge,
            },
            query={
                "expand": expand,
            },
            cast_to=Charge,
            options=request_options,
        )

    def search(
        self,
        *,
        query: str,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SearchResult[Charge]:
        """Search charges

        Search for charges you've previously created using Stripe's Search Query Language.

        `GET /v1/charges/search`
        """
        from ..models.charge import Charge

        return self._client.request_list(
            "get",
            "/v1/charges/search",
            query={
                "query": query,
                "expand": expand,
                "limit": limit,
                "page": page,
            },
            cast_to=SearchResult[Charge],
            options=request_options,
        )

    def update(
        self,
        charge: str,
        *,
        customer: str | None = None,
        description: str | None = None,
        expand: Sequence[str] | None = None,
        fraud_details: ChargesUpdateFraudDetailsParams | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        receipt_email: str | None = None,
        shipping: ChargesUpdateShippingParams | None = None,
        transfer_group: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Charge:
        """Update a charge

        `POST /v1/charges/{charge}`
        """
        from ..models.charge import Charge

        return self._client.request(
            "post",
            "/v1/charges/{charge}",
            path_params={
                "charge": charge,
            },
            body={
                "customer": customer,
                "description": description,
                "expand": expand,
                "fraud_details": fraud_details,
                "metadata": metadata,
                "receipt_email": receipt_email,
                "shipping": shipping,
                "transfer_group": transfer_group,
            },
            body_type="form",
            cast_to=Charge,
            options=request_options,
        )


class AsyncChargesResource:
    """`client.charges` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def capture(
        self,
        charge: str,
        *,
        amount: int | None = None,
        application_fee_amount: int | None = None,
        expand: Sequence[str] | None = None,
        receipt_email: str | None = None,
        statement_descriptor: str | None = None,
        statement_descriptor_suffix: str | None = None,
        transfer_group: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Charge:
        """Capture a charge

        Capture the payment of an existing, uncaptured charge (created with `capture=false`). Uncaptured charges expire after a set number of days (7 by default).

        `POST /v1/charges/{charge}/capture`
        """
        from ..models.charge import Charge

        return await self._client.request(
            "post",
            "/v1/charges/{charge}/capture",
            path_params={
                "charge": charge,
            },
            body={
                "amount": amount,
                "application_fee_amount": application_fee_amount,
                "expand": expand,
                "receipt_email": receipt_email,
                "statement_descriptor": statement_descriptor,
                "statement_descriptor_suffix": statement_descriptor_suffix,
                "transfer_group": transfer_group,
            },
            body_type="form",
            cast_to=Charge,
            options=request_options,
        )

    async def create(
        self,
        *,
        amount: int | None = None,
        application_fee_amount: int | None = None,
        capture: bool | None = None,
        currency: str | None = None,
        customer: str | None = None,
        description: str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        on_behalf_of: str | None = None,
        receipt_email: str | None = None,
        shipping: ChargesCreateShippingParams | None = None,
        source: str | None = None,
        statement_descriptor: str | None = None,
        statement_descriptor_suffix: str | None = None,
        transfer_data: ChargesCreateTransferDataParams | None = None,
        transfer_group: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Charge:
        """Create a charge

        Charges a payment source (a token, card or source ID). Prefer PaymentIntents for new integrations. If the charge fails you receive a `card_error` (402).

        `POST /v1/charges`
        """
        from ..models.charge import Charge

        return await self._client.request(
            "post",
            "/v1/charges",
            body={
                "amount": amount,
                "application_fee_amount": application_fee_amount,
                "capture": capture,
                "currency": currency,
                "customer": customer,
                "description": description,
                "expand": expand,
                "metadata": metadata,
                "on_behalf_of": on_behalf_of,
                "receipt_email": receipt_email,
                "shipping": shipping,
                "source": source,
                "statement_descriptor": statement_descriptor,
                "statement_descriptor_suffix": statement_descriptor_suffix,
                "transfer_data": transfer_data,
                "transfer_group": transfer_group,
            },
            body_type="form",
            cast_to=Charge,
            options=request_options,
        )

    def list(
        self,
        *,
        created: ChargesListCreatedParams | int | None = None,
        customer: str | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        payment_intent: str | None = None,
        starting_after: str | None = None,
        transfer_group: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Charge]:
        """List all charges

        `GET /v1/charges`
        """
        from ..models.charge import Charge

        return self._client.request_list(
            "get",
            "/v1/charges",
            query={
                "created": created,
                "customer": customer,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "payment_intent": payment_intent,
                "starting_after": starting_after,
                "transfer_group": transfer_group,
            },
            cast_to=AsyncListObject[Charge],
            options=request_options,
        )

    async def retrieve(
        self,
        charge: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Charge:
        """Retrieve a charge

        `GET /v1/charges/{charge}`
        """
        from ..models.charge import Charge

        return await self._client.request(
            "get",
            "/v1/charges/{charge}",
            path_params={
                "charge": charge,
            },
            query={
                "expand": expand,
            },
            cast_to=Charge,
            options=request_options,
        )

    def search(
        self,
        *,
        query: str,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncSearchPager[Charge]:
        """Search charges

        Search for charges you've previously created using Stripe's Search Query Language.

        `GET /v1/charges/search`
        """
        from ..models.charge import Charge

        return self._client.request_list(
            "get",
            "/v1/charges/search",
            query={
                "query": query,
                "expand": expand,
                "limit": limit,
                "page": page,
            },
            cast_to=AsyncSearchResult[Charge],
            options=request_options,
        )

    async def update(
        self,
        charge: str,
        *,
        customer: str | None = None,
        description: str | None = None,
        expand: Sequence[str] | None = None,
        fraud_details: ChargesUpdateFraudDetailsParams | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        receipt_email: str | None = None,
        shipping: ChargesUpdateShippingParams | None = None,
        transfer_group: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Charge:
        """Update a charge

        `POST /v1/charges/{charge}`
        """
        from ..models.charge import Charge

        return await self._client.request(
            "post",
            "/v1/charges/{charge}",
            path_params={
                "charge": charge,
            },
            body={
                "customer": customer,
                "description": description,
                "expand": expand,
                "fraud_details": fraud_details,
                "metadata": metadata,
                "receipt_email": receipt_email,
                "shipping": shipping,
                "transfer_group": transfer_group,
            },
            body_type="form",
            cast_to=Charge,
            options=request_options,
        )
