# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.charges`: 7 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal

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
    from ..params import ChargesCaptureTransferDataParams
    from ..params import ChargesCreateCardParams
    from ..params import ChargesCreateDestinationParams
    from ..params import ChargesCreateRadarOptionsParams
    from ..params import ChargesCreateShippingParams
    from ..params import ChargesCreateTransferDataParams
    from ..params import ChargesListCreatedParams
    from ..params import ChargesUpdateFraudDetailsParams
    from ..params import ChargesUpdateShippingParams
    from .charges_dispute import ChargesDisputeResource, AsyncChargesDisputeResource
    from .charges_refunds import ChargesRefundsResource, AsyncChargesRefundsResource


class ChargesResource:
    """`client.charges`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def dispute(self) -> ChargesDisputeResource:
        from .charges_dispute import ChargesDisputeResource

        return ChargesDisputeResource(self._client)

    @cached_property
    def refunds(self) -> ChargesRefundsResource:
        from .charges_refunds import ChargesRefundsResource

        return ChargesRefundsResource(self._client)

    def capture(
        self,
        charge: str,
        *,
        amount: int | None = None,
        application_fee: int | None = None,
        application_fee_amount: int | None = None,
        expand: Sequence[str] | None = None,
        receipt_email: str | None = None,
        statement_descriptor: str | None = None,
        statement_descriptor_suffix: str | None = None,
        transfer_data: ChargesCaptureTransferDataParams | None = None,
        transfer_group: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Charge:
        """<p>Capture the payment of an existing, uncaptured charge that was created with the <code>capture</code> option set to false.</p>

        <p>Uncaptured payments expire a set number of days after they are created (<a href="/docs/charges/placing-a-hold">7 by default</a>), after which they are marked as refunded and capture attempts will fail.</p>

        <p>Don’t use this method to capture a PaymentIntent-initiated charge. Use <a href="/docs/api/payment_intents/capture">Capture a PaymentIntent</a>.</p>

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
                "application_fee": application_fee,
                "application_fee_amount": application_fee_amount,
                "expand": expand,
                "receipt_email": receipt_email,
                "statement_descriptor": statement_descriptor,
                "statement_descriptor_suffix": statement_descriptor_suffix,
                "transfer_data": transfer_data,
                "transfer_group": transfer_group,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Charge,
            options=request_options,
        )

    def create(
        self,
        *,
        amount: int | None = None,
        application_fee: int | None = None,
        application_fee_amount: int | None = None,
        capture: bool | None = None,
        card: ChargesCreateCardParams | str | None = None,
        currency: str | None = None,
        customer: str | None = None,
        description: str | None = None,
        destination: ChargesCreateDestinationParams | str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        on_behalf_of: str | None = None,
        radar_options: ChargesCreateRadarOptionsParams | None = None,
        receipt_email: str | None = None,
        shipping: ChargesCreateShippingParams | None = None,
        source: str | None = None,
        statement_descriptor: str | None = None,
        statement_descriptor_suffix: str | None = None,
        transfer_data: ChargesCreateTransferDataParams | None = None,
        transfer_group: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Charge:
        """<p>Use the <a href="/docs/api/payment_intents">Payment Intents API</a> to initiate a new payment instead
        of using this method. Confirmation of the PaymentIntent creates the <code>Charge</code>
        object used to request payment, so this method is limited to legacy integrations.</p>

        `POST /v1/charges`
        """
        from ..models.charge import Charge

        return self._client.request(
            "post",
            "/v1/charges",
            body={
                "amount": amount,
                "application_fee": application_fee,
                "application_fee_amount": application_fee_amount,
                "capture": capture,
                "card": card,
                "currency": currency,
                "customer": customer,
                "description": description,
                "destination": destination,
                "expand": expand,
                "metadata": metadata,
                "on_behalf_of": on_behalf_of,
                "radar_options": radar_options,
                "receipt_email": receipt_email,
                "shipping": shipping,
                "source": source,
                "statement_descriptor": statement_descriptor,
                "statement_descriptor_suffix": statement_descriptor_suffix,
                "transfer_data": transfer_data,
                "transfer_group": transfer_group,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
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
        """<p>Returns a list of charges you’ve previously created. The charges are returned in sorted order, with the most recent charges appearing first.</p>

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

    def refund(
        self,
        charge: str,
        *,
        amount: int | None = None,
        expand: Sequence[str] | None = None,
        instructions_email: str | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        payment_intent: str | None = None,
        reason: Literal["duplicate", "fraudulent", "requested_by_customer"] | None = None,
        refund_application_fee: bool | None = None,
        reverse_transfer: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> Charge:
        """<p>When you create a new refund, you must specify a Charge or a PaymentIntent object on which to create it.</p>

        <p>Creating a new refund will refund a charge that has previously been created but not yet refunded.
        Funds will be refunded to the credit or debit card that was originally charged.</p>

        <p>You can optionally refund only part of a charge.
        You can do so multiple times, until the entire charge has been refunded.</p>

        <p>Once entirely refunded, a charge can’t be refunded again.
        This method will raise an error when called on an already-refunded charge,
        or when trying to refund more money than is left on a charge.</p>

        `POST /v1/charges/{charge}/refund`
        """
        from ..models.charge import Charge

        return self._client.request(
            "post",
            "/v1/charges/{charge}/refund",
            path_params={
                "charge": charge,
            },
            body={
                "amount": amount,
                "expand": expand,
                "instructions_email": instructions_email,
                "metadata": metadata,
                "payment_intent": payment_intent,
                "reason": reason,
                "refund_application_fee": refund_application_fee,
                "reverse_transfer": reverse_transfer,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Charge,
            options=request_options,
        )

    def retrieve(
        self,
        charge: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Charge:
        """<p>Retrieves the details of a charge that has previously been created. Supply the unique charge ID that was returned from your previous request, and Stripe will return the corresponding charge information. The same information is returned when creating or refunding the charge.</p>

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
        """<p>Search for charges you’ve previously created using Stripe’s <a href="/docs/search#search-query-language">Search Query Language</a>.
        Don’t use search in read-after-write flows where strict consistency is necessary. Under normal operating
        conditions, data is searchable in less than a minute. Occasionally, propagation of new or updated data can be up
        to an hour behind during outages. Search functionality is not available to merchants in India.</p>

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
        """<p>Updates the specified charge by setting the values of the parameters passed. Any parameters not provided will be left unchanged.</p>

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
            idempotency_header="Idempotency-Key",
            cast_to=Charge,
            options=request_options,
        )


class AsyncChargesResource:
    """`client.charges` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def dispute(self) -> AsyncChargesDisputeResource:
        from .charges_dispute import AsyncChargesDisputeResource

        return AsyncChargesDisputeResource(self._client)

    @cached_property
    def refunds(self) -> AsyncChargesRefundsResource:
        from .charges_refunds import AsyncChargesRefundsResource

        return AsyncChargesRefundsResource(self._client)

    async def capture(
        self,
        charge: str,
        *,
        amount: int | None = None,
        application_fee: int | None = None,
        application_fee_amount: int | None = None,
        expand: Sequence[str] | None = None,
        receipt_email: str | None = None,
        statement_descriptor: str | None = None,
        statement_descriptor_suffix: str | None = None,
        transfer_data: ChargesCaptureTransferDataParams | None = None,
        transfer_group: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Charge:
        """<p>Capture the payment of an existing, uncaptured charge that was created with the <code>capture</code> option set to false.</p>

        <p>Uncaptured payments expire a set number of days after they are created (<a href="/docs/charges/placing-a-hold">7 by default</a>), after which they are marked as refunded and capture attempts will fail.</p>

        <p>Don’t use this method to capture a PaymentIntent-initiated charge. Use <a href="/docs/api/payment_intents/capture">Capture a PaymentIntent</a>.</p>

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
                "application_fee": application_fee,
                "application_fee_amount": application_fee_amount,
                "expand": expand,
                "receipt_email": receipt_email,
                "statement_descriptor": statement_descriptor,
                "statement_descriptor_suffix": statement_descriptor_suffix,
                "transfer_data": transfer_data,
                "transfer_group": transfer_group,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Charge,
            options=request_options,
        )

    async def create(
        self,
        *,
        amount: int | None = None,
        application_fee: int | None = None,
        application_fee_amount: int | None = None,
        capture: bool | None = None,
        card: ChargesCreateCardParams | str | None = None,
        currency: str | None = None,
        customer: str | None = None,
        description: str | None = None,
        destination: ChargesCreateDestinationParams | str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        on_behalf_of: str | None = None,
        radar_options: ChargesCreateRadarOptionsParams | None = None,
        receipt_email: str | None = None,
        shipping: ChargesCreateShippingParams | None = None,
        source: str | None = None,
        statement_descriptor: str | None = None,
        statement_descriptor_suffix: str | None = None,
        transfer_data: ChargesCreateTransferDataParams | None = None,
        transfer_group: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Charge:
        """<p>Use the <a href="/docs/api/payment_intents">Payment Intents API</a> to initiate a new payment instead
        of using this method. Confirmation of the PaymentIntent creates the <code>Charge</code>
        object used to request payment, so this method is limited to legacy integrations.</p>

        `POST /v1/charges`
        """
        from ..models.charge import Charge

        return await self._client.request(
            "post",
            "/v1/charges",
            body={
                "amount": amount,
                "application_fee": application_fee,
                "application_fee_amount": application_fee_amount,
                "capture": capture,
                "card": card,
                "currency": currency,
                "customer": customer,
                "description": description,
                "destination": destination,
                "expand": expand,
                "metadata": metadata,
                "on_behalf_of": on_behalf_of,
                "radar_options": radar_options,
                "receipt_email": receipt_email,
                "shipping": shipping,
                "source": source,
                "statement_descriptor": statement_descriptor,
                "statement_descriptor_suffix": statement_descriptor_suffix,
                "transfer_data": transfer_data,
                "transfer_group": transfer_group,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
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
        """<p>Returns a list of charges you’ve previously created. The charges are returned in sorted order, with the most recent charges appearing first.</p>

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

    async def refund(
        self,
        charge: str,
        *,
        amount: int | None = None,
        expand: Sequence[str] | None = None,
        instructions_email: str | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        payment_intent: str | None = None,
        reason: Literal["duplicate", "fraudulent", "requested_by_customer"] | None = None,
        refund_application_fee: bool | None = None,
        reverse_transfer: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> Charge:
        """<p>When you create a new refund, you must specify a Charge or a PaymentIntent object on which to create it.</p>

        <p>Creating a new refund will refund a charge that has previously been created but not yet refunded.
        Funds will be refunded to the credit or debit card that was originally charged.</p>

        <p>You can optionally refund only part of a charge.
        You can do so multiple times, until the entire charge has been refunded.</p>

        <p>Once entirely refunded, a charge can’t be refunded again.
        This method will raise an error when called on an already-refunded charge,
        or when trying to refund more money than is left on a charge.</p>

        `POST /v1/charges/{charge}/refund`
        """
        from ..models.charge import Charge

        return await self._client.request(
            "post",
            "/v1/charges/{charge}/refund",
            path_params={
                "charge": charge,
            },
            body={
                "amount": amount,
                "expand": expand,
                "instructions_email": instructions_email,
                "metadata": metadata,
                "payment_intent": payment_intent,
                "reason": reason,
                "refund_application_fee": refund_application_fee,
                "reverse_transfer": reverse_transfer,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Charge,
            options=request_options,
        )

    async def retrieve(
        self,
        charge: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Charge:
        """<p>Retrieves the details of a charge that has previously been created. Supply the unique charge ID that was returned from your previous request, and Stripe will return the corresponding charge information. The same information is returned when creating or refunding the charge.</p>

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
        """<p>Search for charges you’ve previously created using Stripe’s <a href="/docs/search#search-query-language">Search Query Language</a>.
        Don’t use search in read-after-write flows where strict consistency is necessary. Under normal operating
        conditions, data is searchable in less than a minute. Occasionally, propagation of new or updated data can be up
        to an hour behind during outages. Search functionality is not available to merchants in India.</p>

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
        """<p>Updates the specified charge by setting the values of the parameters passed. Any parameters not provided will be left unchanged.</p>

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
            idempotency_header="Idempotency-Key",
            cast_to=Charge,
            options=request_options,
        )
