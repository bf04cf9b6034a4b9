# File generated from spec/ (API version 2024-02-15, spec sha256 28d2af1d96921294) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.payment_intents`: 8 operation(s)."""

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
    from ..models.payment_intent import PaymentIntent
    from ..params import PaymentIntentsConfirmShippingParams
    from ..params import PaymentIntentsCreateAutomaticPaymentMethodsParams
    from ..params import PaymentIntentsCreateShippingParams
    from ..params import PaymentIntentsCreateTransferDataParams
    from ..params import PaymentIntentsListCreatedParams
    from ..params import PaymentIntentsUpdateShippingParams


class PaymentIntentsResource:
    """`client.payment_intents`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def cancel(
        self,
        intent: str,
        *,
        cancellation_reason: (
            Literal["abandoned", "duplicate", "fraudulent", "requested_by_customer"] | None
        ) = None,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentIntent:
        """Cancel a PaymentIntent

        A PaymentIntent can be canceled while its status is requires_payment_method, requires_capture, requires_confirmation, requires_action or, in rare cases, processing.

        `POST /v1/payment_intents/{intent}/cancel`
        """
        from ..models.payment_intent import PaymentIntent

        return self._client.request(
            "post",
            "/v1/payment_intents/{intent}/cancel",
            path_params={
                "intent": intent,
            },
            body={
                "cancellation_reason": cancellation_reason,
                "expand": expand,
            },
            body_type="form",
            cast_to=PaymentIntent,
            options=request_options,
        )

    def capture(
        self,
        intent: str,
        *,
        amount_to_capture: int | None = None,
        application_fee_amount: int | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        statement_descriptor: str | None = None,
        statement_descriptor_suffix: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentIntent:
        """Capture a PaymentIntent

        Capture the funds of an existing uncaptured PaymentIntent whose status is `requires_capture`.

        `POST /v1/payment_intents/{intent}/capture`
        """
        from ..models.payment_intent import PaymentIntent

        return self._client.request(
            "post",
            "/v1/payment_intents/{intent}/capture",
            path_params={
                "intent": intent,
            },
            body={
                "amount_to_capture": amount_to_capture,
                "application_fee_amount": application_fee_amount,
                "expand": expand,
                "metadata": metadata,
                "statement_descriptor": statement_descriptor,
                "statement_descriptor_suffix": statement_descriptor_suffix,
            },
            body_type="form",
            cast_to=PaymentIntent,
            options=request_options,
        )

    def confirm(
        self,
        intent: str,
        *,
        payment_method: str,
        capture_method: Literal["automatic", "automatic_async", "manual"] | None = None,
        client_secret: str | None = None,
        expand: Sequence[str] | None = None,
        off_session: bool | Literal["one_off", "recurring"] | None = None,
        payment_method_types: Sequence[str] | None = None,
        receipt_email: str | Literal[""] | None = None,
        return_url: str | None = None,
        setup_future_usage: Literal["", "off_session", "on_session"] | None = None,
        shipping: PaymentIntentsConfirmShippingParams | Literal[""] | None = None,
        error_on_requires_action: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentIntent:
        """Confirm a PaymentIntent

        Confirm that your customer intends to pay with current or provided payment method. Upon confirmation, the PaymentIntent will attempt to initiate a payment; if it needs customer action it moves to `requires_action`.

        `POST /v1/payment_intents/{intent}/confirm`
        """
        from ..models.payment_intent import PaymentIntent

        return self._client.request(
            "post",
            "/v1/payment_intents/{intent}/confirm",
            path_params={
                "intent": intent,
            },
            body={
                "payment_method": payment_method,
                "capture_method": capture_method,
                "client_secret": client_secret,
                "expand": expand,
                "off_session": off_session,
                "payment_method_types": payment_method_types,
                "receipt_email": receipt_email,
                "return_url": return_url,
                "setup_future_usage": setup_future_usage,
                "shipping": shipping,
                "error_on_requires_action": error_on_requires_action,
            },
            body_type="form",
            cast_to=PaymentIntent,
            options=request_options,
        )

    def create(
        self,
        *,
        amount: int,
        currency: str,
        application_fee_amount: int | None = None,
        automatic_payment_methods: PaymentIntentsCreateAutomaticPaymentMethodsParams | None = None,
        capture_method: Literal["automatic", "automatic_async", "manual"] | None = None,
        confirm: bool | None = None,
        confirmation_method: Literal["automatic", "manual"] | None = None,
        customer: str | None = None,
        description: str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        off_session: bool | Literal["one_off", "recurring"] | None = None,
        on_behalf_of: str | None = None,
        payment_method: str | None = None,
        payment_method_types: Sequence[str] | None = None,
        receipt_email: str | None = None,
        return_url: str | None = None,
        setup_future_usage: Literal["off_session", "on_session"] | None = None,
        shipping: PaymentIntentsCreateShippingParams | None = None,
        statement_descriptor: str | None = None,
        statement_descriptor_suffix: str | None = None,
        transfer_data: PaymentIntentsCreateTransferDataParams | None = None,
        transfer_group: str | None = None,
        error_on_requires_action: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentIntent:
        """Create a PaymentIntent

        Creates a PaymentIntent object. After it is created, attach a payment method and confirm it to continue the payment (or pass `confirm=true` to do both at once).

        `POST /v1/payment_intents`
        """
        from ..models.payment_intent import PaymentIntent

        return self._client.request(
            "post",
            "/v1/payment_intents",
            body={
                "amount": amount,
                "currency": currency,
                "application_fee_amount": application_fee_amount,
                "automatic_payment_methods": automatic_payment_methods,
                "capture_method": capture_method,
                "confirm": confirm,
                "confirmation_method": confirmation_method,
                "customer": customer,
                "description": description,
                "expand": expand,
                "metadata": metadata,
                "off_session": off_session,
                "on_behalf_of": on_behalf_of,
                "payment_method": payment_method,
                "payment_method_types": payment_method_types,
                "receipt_email": receipt_email,
                "return_url": return_url,
                "setup_future_usage": setup_future_usage,
                "shipping": shipping,
                "statement_descriptor": statement_descriptor,
                "statement_descriptor_suffix": statement_descriptor_suffix,
                "transfer_data": transfer_data,
                "transfer_group": transfer_group,
                "error_on_requires_action": error_on_requires_action,
            },
            body_type="form",
            cast_to=PaymentIntent,
            options=request_options,
        )

    def list(
        self,
        *,
        created: PaymentIntentsListCreatedParams | int | None = None,
        customer: str | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[PaymentIntent]:
        """List all PaymentIntents

        `GET /v1/payment_intents`
        """
        from ..models.payment_intent import PaymentIntent

        return self._client.request_list(
            "get",
            "/v1/payment_intents",
            query={
                "created": created,
                "customer": customer,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[PaymentIntent],
            options=request_options,
        )

    def retrieve(
        self,
        intent: str,
        *,
        client_secret: str | None = None,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentIntent:
        """Retrieve a PaymentIntent

        `GET /v1/payment_intents/{intent}`
        """
        from ..models.payment_intent import PaymentIntent

        return self._client.request(
            "get",
            "/v1/payment_intents/{intent}",
            path_params={
                "intent": intent,
            },
            query={
                "client_secret": client_secret,
                "expand": expand,
            },
            cast_to=PaymentIntent,
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
    ) -> SearchResult[PaymentIntent]:
        """Search PaymentIntents

        Search for PaymentIntents you've previously created using Stripe's Search Query Language.

        `GET /v1/payment_intents/search`
        """
        from ..models.payment_intent import PaymentIntent

        return self._client.request_list(
            "get",
            "/v1/payment_intents/search",
            query={
                "query": query,
                "expand": expand,
                "limit": limit,
                "page": page,
            },
            cast_to=SearchResult[PaymentIntent],
            options=request_options,
        )

    def update(
        self,
        intent: str,
        *,
        amount: int | None = None,
        application_fee_amount: int | Literal[""] | None = None,
        capture_method: Literal["automatic", "automatic_async", "manual"] | None = None,
        currency: str | None = None,
        customer: str | None = None,
        description: str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        payment_method: str | None = None,
        payment_method_types: Sequence[str] | None = None,
        receipt_email: str | Literal[""] | None = None,
        setup_future_usage: Literal["", "off_session", "on_session"] | None = None,
        shipping: PaymentIntentsUpdateShippingParams | Literal[""] | None = None,
        statement_descriptor: str | None = None,
        statement_descriptor_suffix: str | None = None,
        transfer_group: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentIntent:
        """Update a PaymentIntent

        Updates properties on a PaymentIntent object without confirming it. Some properties (e.g. `amount`) can only be updated while the intent is in a requires_* status.

        `POST /v1/payment_intents/{intent}`
        """
        from ..models.payment_intent import PaymentIntent

        return self._client.request(
            "post",
            "/v1/payment_intents/{intent}",
            path_params={
                "intent": intent,
            },
            body={
                "amount": amount,
                "application_fee_amount": application_fee_amount,
                "capture_method": capture_method,
                "currency": currency,
                "customer": customer,
                "description": description,
                "expand": expand,
                "metadata": metadata,
                "payment_method": payment_method,
                "payment_method_types": payment_method_types,
                "receipt_email": receipt_email,
                "setup_future_usage": setup_future_usage,
                "shipping": shipping,
                "statement_descriptor": statement_descriptor,
                "statement_descriptor_suffix": statement_descriptor_suffix,
                "transfer_group": transfer_group,
            },
            body_type="form",
            cast_to=PaymentIntent,
            options=request_options,
        )


class AsyncPaymentIntentsResource:
    """`client.payment_intents` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def cancel(
        self,
        intent: str,
        *,
        cancellation_reason: (
            Literal["abandoned", "duplicate", "fraudulent", "requested_by_customer"] | None
        ) = None,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentIntent:
        """Cancel a PaymentIntent

        A PaymentIntent can be canceled while its status is requires_payment_method, requires_capture, requires_confirmation, requires_action or, in rare cases, processing.

        `POST /v1/payment_intents/{intent}/cancel`
        """
        from ..models.payment_intent import PaymentIntent

        return await self._client.request(
            "post",
            "/v1/payment_intents/{intent}/cancel",
            path_params={
                "intent": intent,
            },
            body={
                "cancellation_reason": cancellation_reason,
                "expand": expand,
            },
            body_type="form",
            cast_to=PaymentIntent,
            options=request_options,
        )

    async def capture(
        self,
        intent: str,
        *,
        amount_to_capture: int | None = None,
        application_fee_amount: int | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        statement_descriptor: str | None = None,
        statement_descriptor_suffix: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentIntent:
        """Capture a PaymentIntent

        Capture the funds of an existing uncaptured PaymentIntent whose status is `requires_capture`.

        `POST /v1/payment_intents/{intent}/capture`
        """
        from ..models.payment_intent import PaymentIntent

        return await self._client.request(
            "post",
            "/v1/payment_intents/{intent}/capture",
            path_params={
                "intent": intent,
            },
            body={
                "amount_to_capture": amount_to_capture,
                "application_fee_amount": application_fee_amount,
                "expand": expand,
                "metadata": metadata,
                "statement_descriptor": statement_descriptor,
                "statement_descriptor_suffix": statement_descriptor_suffix,
            },
            body_type="form",
            cast_to=PaymentIntent,
            options=request_options,
        )

    async def confirm(
        self,
        intent: str,
        *,
        payment_method: str,
        capture_method: Literal["automatic", "automatic_async", "manual"] | None = None,
        client_secret: str | None = None,
        expand: Sequence[str] | None = None,
        off_session: bool | Literal["one_off", "recurring"] | None = None,
        payment_method_types: Sequence[str] | None = None,
        receipt_email: str | Literal[""] | None = None,
        return_url: str | None = None,
        setup_future_usage: Literal["", "off_session", "on_session"] | None = None,
        shipping: PaymentIntentsConfirmShippingParams | Literal[""] | None = None,
        error_on_requires_action: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentIntent:
        """Confirm a PaymentIntent

        Confirm that your customer intends to pay with current or provided payment method. Upon confirmation, the PaymentIntent will attempt to initiate a payment; if it needs customer action it moves to `requires_action`.

        `POST /v1/payment_intents/{intent}/confirm`
        """
        from ..models.payment_intent import PaymentIntent

        return await self._client.request(
            "post",
            "/v1/payment_intents/{intent}/confirm",
            path_params={
                "intent": intent,
            },
            body={
                "payment_method": payment_method,
                "capture_method": capture_method,
                "client_secret": client_secret,
                "expand": expand,
                "off_session": off_session,
                "payment_method_types": payment_method_types,
                "receipt_email": receipt_email,
                "return_url": return_url,
                "setup_future_usage": setup_future_usage,
                "shipping": shipping,
                "error_on_requires_action": error_on_requires_action,
            },
            body_type="form",
            cast_to=PaymentIntent,
            options=request_options,
        )

    async def create(
        self,
        *,
        amount: int,
        currency: str,
        application_fee_amount: int | None = None,
        automatic_payment_methods: PaymentIntentsCreateAutomaticPaymentMethodsParams | None = None,
        capture_method: Literal["automatic", "automatic_async", "manual"] | None = None,
        confirm: bool | None = None,
        confirmation_method: Literal["automatic", "manual"] | None = None,
        customer: str | None = None,
        description: str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        off_session: bool | Literal["one_off", "recurring"] | None = None,
        on_behalf_of: str | None = None,
        payment_method: str | None = None,
        payment_method_types: Sequence[str] | None = None,
        receipt_email: str | None = None,
        return_url: str | None = None,
        setup_future_usage: Literal["off_session", "on_session"] | None = None,
        shipping: PaymentIntentsCreateShippingParams | None = None,
        statement_descriptor: str | None = None,
        statement_descriptor_suffix: str | None = None,
        transfer_data: PaymentIntentsCreateTransferDataParams | None = None,
        transfer_group: str | None = None,
        error_on_requires_action: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentIntent:
        """Create a PaymentIntent

        Creates a PaymentIntent object. After it is created, attach a payment method and confirm it to continue the payment (or pass `confirm=true` to do both at once).

        `POST /v1/payment_intents`
        """
        from ..models.payment_intent import PaymentIntent

        return await self._client.request(
            "post",
            "/v1/payment_intents",
            body={
                "amount": amount,
                "currency": currency,
                "application_fee_amount": application_fee_amount,
                "automatic_payment_methods": automatic_payment_methods,
                "capture_method": capture_method,
                "confirm": confirm,
                "confirmation_method": confirmation_method,
                "customer": customer,
                "description": description,
                "expand": expand,
                "metadata": metadata,
                "off_session": off_session,
                "on_behalf_of": on_behalf_of,
                "payment_method": payment_method,
                "payment_method_types": payment_method_types,
                "receipt_email": receipt_email,
                "return_url": return_url,
                "setup_future_usage": setup_future_usage,
                "shipping": shipping,
                "statement_descriptor": statement_descriptor,
                "statement_descriptor_suffix": statement_descriptor_suffix,
                "transfer_data": transfer_data,
                "transfer_group": transfer_group,
                "error_on_requires_action": error_on_requires_action,
            },
            body_type="form",
            cast_to=PaymentIntent,
            options=request_options,
        )

    def list(
        self,
        *,
        created: PaymentIntentsListCreatedParams | int | None = None,
        customer: str | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[PaymentIntent]:
        """List all PaymentIntents

        `GET /v1/payment_intents`
        """
        from ..models.payment_intent import PaymentIntent

        return self._client.request_list(
            "get",
            "/v1/payment_intents",
            query={
                "created": created,
                "customer": customer,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[PaymentIntent],
            options=request_options,
        )

    async def retrieve(
        self,
        intent: str,
        *,
        client_secret: str | None = None,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentIntent:
        """Retrieve a PaymentIntent

        `GET /v1/payment_intents/{intent}`
        """
        from ..models.payment_intent import PaymentIntent

        return await self._client.request(
            "get",
            "/v1/payment_intents/{intent}",
            path_params={
                "intent": intent,
            },
            query={
                "client_secret": client_secret,
                "expand": expand,
            },
            cast_to=PaymentIntent,
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
    ) -> AsyncSearchPager[PaymentIntent]:
        """Search PaymentIntents

        Search for PaymentIntents you've previously created using Stripe's Search Query Language.

        `GET /v1/payment_intents/search`
        """
        from ..models.payment_intent import PaymentIntent

        return self._client.request_list(
            "get",
            "/v1/payment_intents/search",
            query={
                "query": query,
                "expand": expand,
                "limit": limit,
                "page": page,
            },
            cast_to=AsyncSearchResult[PaymentIntent],
            options=request_options,
        )

    async def update(
        self,
        intent: str,
        *,
        amount: int | None = None,
        application_fee_amount: int | Literal[""] | None = None,
        capture_method: Literal["automatic", "automatic_async", "manual"] | None = None,
        currency: str | None = None,
        customer: str | None = None,
        description: str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        payment_method: str | None = None,
        payment_method_types: Sequence[str] | None = None,
        receipt_email: str | Literal[""] | None = None,
        setup_future_usage: Literal["", "off_session", "on_session"] | None = None,
        shipping: PaymentIntentsUpdateShippingParams | Literal[""] | None = None,
        statement_descriptor: str | None = None,
        statement_descriptor_suffix: str | None = None,
        transfer_group: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentIntent:
        """Update a PaymentIntent

        Updates properties on a PaymentIntent object without confirming it. Some properties (e.g. `amount`) can only be updated while the intent is in a requires_* status.

        `POST /v1/payment_intents/{intent}`
        """
        from ..models.payment_intent import PaymentIntent

        return await self._client.request(
            "post",
            "/v1/payment_intents/{intent}",
            path_params={
                "intent": intent,
            },
            body={
                "amount": amount,
                "application_fee_amount": application_fee_amount,
                "capture_method": capture_method,
                "currency": currency,
                "customer": customer,
                "description": description,
                "expand": expand,
                "metadata": metadata,
                "payment_method": payment_method,
                "payment_method_types": payment_method_types,
                "receipt_email": receipt_email,
                "setup_future_usage": setup_future_usage,
                "shipping": shipping,
                "statement_descriptor": statement_descriptor,
                "statement_descriptor_suffix": statement_descriptor_suffix,
                "transfer_group": transfer_group,
            },
            body_type="form",
            cast_to=PaymentIntent,
            options=request_options,
        )
