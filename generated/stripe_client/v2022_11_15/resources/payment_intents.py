# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.payment_intents`: 11 operation(s)."""

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
    from ..params import PaymentIntentsCaptureTransferDataParams
    from ..params import PaymentIntentsConfirmMandateData0Params
    from ..params import PaymentIntentsConfirmMandateData1Params
    from ..params import PaymentIntentsConfirmPaymentMethodDataParams
    from ..params import PaymentIntentsConfirmPaymentMethodOptionsParams
    from ..params import PaymentIntentsConfirmRadarOptionsParams
    from ..params import PaymentIntentsConfirmShippingParams
    from ..params import PaymentIntentsCreateAutomaticPaymentMethodsParams
    from ..params import PaymentIntentsCreateMandateDataParams
    from ..params import PaymentIntentsCreatePaymentMethodDataParams
    from ..params import PaymentIntentsCreatePaymentMethodOptionsParams
    from ..params import PaymentIntentsCreateRadarOptionsParams
    from ..params import PaymentIntentsCreateShippingParams
    from ..params import PaymentIntentsCreateTransferDataParams
    from ..params import PaymentIntentsIncrementAuthorizationTransferDataParams
    from ..params import PaymentIntentsListCreatedParams
    from ..params import PaymentIntentsUpdatePaymentMethodDataParams
    from ..params import PaymentIntentsUpdatePaymentMethodOptionsParams
    from ..params import PaymentIntentsUpdateShippingParams
    from ..params import PaymentIntentsUpdateTransferDataParams


class PaymentIntentsResource:
    """`client.payment_intents`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def apply_customer_balance(
        self,
        intent: str,
        *,
        amount: int | None = None,
        currency: str | None = None,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentIntent:
        """<p>Manually reconcile the remaining amount for a customer_balance PaymentIntent.</p>

        `POST /v1/payment_intents/{intent}/apply_customer_balance`
        """
        from ..models.payment_intent import PaymentIntent

        return self._client.request(
            "post",
            "/v1/payment_intents/{intent}/apply_customer_balance",
            path_params={
                "intent": intent,
            },
            body={
                "amount": amount,
                "currency": currency,
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=PaymentIntent,
            options=request_options,
        )

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
        """<p>A PaymentIntent object can be canceled when it is in one of these statuses: <code>requires_payment_method</code>, <code>requires_capture</code>, <code>requires_confirmation</code>, <code>requires_action</code>, or <code>processing</code>. </p>

        <p>Once canceled, no additional charges will be made by the PaymentIntent and any operations on the PaymentIntent will fail with an error. For PaymentIntents with <code>status=’requires_capture’</code>, the remaining <code>amount_capturable</code> will automatically be refunded. </p>

        <p>You cannot cancel the PaymentIntent for a Checkout Session. <a href="/docs/api/checkout/sessions/expire">Expire the Checkout Session</a> instead</p>

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
            idempotency_header="Idempotency-Key",
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
        statement_descriptor: str | None = None,
        statement_descriptor_suffix: str | None = None,
        transfer_data: PaymentIntentsCaptureTransferDataParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentIntent:
        """<p>Capture the funds of an existing uncaptured PaymentIntent when its status is <code>requires_capture</code>.</p>

        <p>Uncaptured PaymentIntents will be canceled a set number of days after they are created (7 by default).</p>

        <p>Learn more about <a href="/docs/payments/capture-later">separate authorization and capture</a>.</p>

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
                "statement_descriptor": statement_descriptor,
                "statement_descriptor_suffix": statement_descriptor_suffix,
                "transfer_data": transfer_data,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=PaymentIntent,
            options=request_options,
        )

    def confirm(
        self,
        intent: str,
        *,
        capture_method: Literal["automatic", "manual"] | None = None,
        client_secret: str | None = None,
        error_on_requires_action: bool | None = None,
        expand: Sequence[str] | None = None,
        mandate: str | None = None,
        mandate_data: (
            PaymentIntentsConfirmMandateData0Params | PaymentIntentsConfirmMandateData1Params | None
        ) = None,
        off_session: bool | Literal["one_off", "recurring"] | None = None,
        payment_method: str | None = None,
        payment_method_data: PaymentIntentsConfirmPaymentMethodDataParams | None = None,
        payment_method_options: PaymentIntentsConfirmPaymentMethodOptionsParams | None = None,
        payment_method_types: Sequence[str] | None = None,
        radar_options: PaymentIntentsConfirmRadarOptionsParams | None = None,
        receipt_email: str | Literal[""] | None = None,
        return_url: str | None = None,
        setup_future_usage: Literal["", "off_session", "on_session"] | None = None,
        shipping: PaymentIntentsConfirmShippingParams | Literal[""] | None = None,
        use_stripe_sdk: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentIntent:
        """<p>Confirm that your customer intends to pay with current or provided
        payment method. Upon confirmation, the PaymentIntent will attempt to initiate
        a payment.
        If the selected payment method requires additional authentication steps, the
        PaymentIntent will transition to the <code>requires_action</code> status and
        suggest additional actions via <code>next_action</code>. If payment fails,
        the PaymentIntent will transition to the <code>requires_payment_method</code> status. If
        payment succeeds, the PaymentIntent will transition to the <code>succeeded</code>
        status (or <code>requires_capture</code>, if <code>capture_method</code> is set to <code>manual</code>).
        If the <code>confirmation_method</code> is <code>automatic</code>, payment may be attempted
        using our <a href="/docs/stripe-js/reference#stripe-handle-card-payment">client SDKs</a>
        and the PaymentIntent’s <a href="#payment_intent_object-client_secret">client_secret</a>.
        After <code>next_action</code>s are handled by the client, no additional
        confirmation is required to complete the payment.
        If the <code>confirmation_method</code> is <code>manual</code>, all payment attempts must be
        initiated using a secret key.
        If any actions are required for the payment, the PaymentIntent will
        return to the <code>requires_confirmation</code> state
        after those actions are completed. Your server needs to then
        explicitly re-confirm the PaymentIntent to initiate the next payment
        attempt. Read the <a href="/docs/payments/payment-intents/web-manual">expanded documentation</a>
        to learn more about manual confirmation.</p>

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
                "capture_method": capture_method,
                "client_secret": client_secret,
                "error_on_requires_action": error_on_requires_action,
                "expand": expand,
                "mandate": mandate,
                "mandate_data": mandate_data,
                "off_session": off_session,
                "payment_method": payment_method,
                "payment_method_data": payment_method_data,
                "payment_method_options": payment_method_options,
                "payment_method_types": payment_method_types,
                "radar_options": radar_options,
                "receipt_email": receipt_email,
                "return_url": return_url,
                "setup_future_usage": setup_future_usage,
                "shipping": shipping,
                "use_stripe_sdk": use_stripe_sdk,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
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
        capture_method: Literal["automatic", "manual"] | None = None,
        confirm: bool | None = None,
        confirmation_method: Literal["automatic", "manual"] | None = None,
        customer: str | None = None,
        description: str | None = None,
        error_on_requires_action: bool | None = None,
        expand: Sequence[str] | None = None,
        mandate: str | None = None,
        mandate_data: PaymentIntentsCreateMandateDataParams | None = None,
        metadata: Mapping[str, str] | None = None,
        off_session: bool | Literal["one_off", "recurring"] | None = None,
        on_behalf_of: str | None = None,
        payment_method: str | None = None,
        payment_method_data: PaymentIntentsCreatePaymentMethodDataParams | None = None,
        payment_method_options: PaymentIntentsCreatePaymentMethodOptionsParams | None = None,
        payment_method_types: Sequence[str] | None = None,
        radar_options: PaymentIntentsCreateRadarOptionsParams | None = None,
        receipt_email: str | None = None,
        return_url: str | None = None,
        setup_future_usage: Literal["off_session", "on_session"] | None = None,
        shipping: PaymentIntentsCreateShippingParams | None = None,
        statement_descriptor: str | None = None,
        statement_descriptor_suffix: str | None = None,
        transfer_data: PaymentIntentsCreateTransferDataParams | None = None,
        transfer_group: str | None = None,
        use_stripe_sdk: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentIntent:
        """<p>Creates a PaymentIntent object.</p>

        <p>After the PaymentIntent is created, attach a payment method and <a href="/docs/api/payment_intents/confirm">confirm</a>
        to continue the payment. You can read more about the different payment flows
        available via the Payment Intents API <a href="/docs/payments/payment-intents">here</a>.</p>

        <p>When <code>confirm=true</code> is used during creation, it is equivalent to creating
        and confirming the PaymentIntent in the same call. You may use any parameters
        available in the <a href="/docs/api/payment_intents/confirm">confirm API</a> when <code>confirm=true</code>
        is supplied.</p>

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
                "error_on_requires_action": error_on_requires_action,
                "expand": expand,
                "mandate": mandate,
                "mandate_data": mandate_data,
                "metadata": metadata,
                "off_session": off_session,
                "on_behalf_of": on_behalf_of,
                "payment_method": payment_method,
                "payment_method_data": payment_method_data,
                "payment_method_options": payment_method_options,
                "payment_method_types": payment_method_types,
                "radar_options": radar_options,
                "receipt_email": receipt_email,
                "return_url": return_url,
                "setup_future_usage": setup_future_usage,
                "shipping": shipping,
                "statement_descriptor": statement_descriptor,
                "statement_descriptor_suffix": statement_descriptor_suffix,
                "transfer_data": transfer_data,
                "transfer_group": transfer_group,
                "use_stripe_sdk": use_stripe_sdk,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=PaymentIntent,
            options=request_options,
        )

    def increment_authorization(
        self,
        intent: str,
        *,
        amount: int,
        application_fee_amount: int | None = None,
        description: str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        statement_descriptor: str | None = None,
        transfer_data: PaymentIntentsIncrementAuthorizationTransferDataParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentIntent:
        """<p>Perform an incremental authorization on an eligible
        <a href="/docs/api/payment_intents/object">PaymentIntent</a>. To be eligible, the
        PaymentIntent’s status must be <code>requires_capture</code> and
        <a href="/docs/api/charges/object#charge_object-payment_method_details-card_present-incremental_authorization_supported">incremental_authorization_supported</a>
        must be <code>true</code>.</p>

        <p>Incremental authorizations attempt to increase the authorized amount on
        your customer’s card to the new, higher <code>amount</code> provided. As with the
        initial authorization, incremental authorizations may be declined. A
        single PaymentIntent can call this endpoint multiple times to further
        increase the authorized amount.</p>

        <p>If the incremental authorization succeeds, the PaymentIntent object is
        returned with the updated
        <a href="/docs/api/payment_intents/object#payment_intent_object-amount">amount</a>.
        If the incremental authorization fails, a
        <a href="/docs/error-codes#card-declined">card_declined</a> error is returned, and no
        fields on the PaymentIntent or Charge are updated. The PaymentIntent
        object remains capturable for the previously authorized amount.</p>

        <p>Each PaymentIntent can have a maximum of 10 incremental authorization attempts, including declines.
        Once captured, a PaymentIntent can no longer be incremented.</p>

        <p>Learn more about <a href="/docs/terminal/features/incremental-authorizations">incremental authorizations</a>.</p>

        `POST /v1/payment_intents/{intent}/increment_authorization`
        """
        from ..models.payment_intent import PaymentIntent

        return self._client.request(
            "post",
            "/v1/payment_intents/{intent}/increment_authorization",
            path_params={
                "intent": intent,
            },
            body={
                "amount": amount,
                "application_fee_amount": application_fee_amount,
                "description": description,
                "expand": expand,
                "metadata": metadata,
                "statement_descriptor": statement_descriptor,
                "transfer_data": transfer_data,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
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
        """<p>Returns a list of PaymentIntents.</p>

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
        """<p>Retrieves the details of a PaymentIntent that has previously been created. </p>

        <p>Client-side retrieval using a publishable key is allowed when the <code>client_secret</code> is provided in the query string. </p>

        <p>When retrieved with a publishable key, only a subset of properties will be returned. Please refer to the <a href="#payment_intent_object">payment intent</a> object reference for more details.</p>

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
        """<p>Search for PaymentIntents you’ve previously created using Stripe’s <a href="/docs/search#search-query-language">Search Query Language</a>.
        Don’t use search in read-after-write flows where strict consistency is necessary. Under normal operating
        conditions, data is searchable in less than a minute. Occasionally, propagation of new or updated data can be up
        to an hour behind during outages. Search functionality is not available to merchants in India.</p>

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
        capture_method: Literal["automatic", "manual"] | None = None,
        currency: str | None = None,
        customer: str | None = None,
        description: str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        payment_method: str | None = None,
        payment_method_data: PaymentIntentsUpdatePaymentMethodDataParams | None = None,
        payment_method_options: PaymentIntentsUpdatePaymentMethodOptionsParams | None = None,
        payment_method_types: Sequence[str] | None = None,
        receipt_email: str | Literal[""] | None = None,
        setup_future_usage: Literal["", "off_session", "on_session"] | None = None,
        shipping: PaymentIntentsUpdateShippingParams | Literal[""] | None = None,
        statement_descriptor: str | None = None,
        statement_descriptor_suffix: str | None = None,
        transfer_data: PaymentIntentsUpdateTransferDataParams | None = None,
        transfer_group: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentIntent:
        """<p>Updates properties on a PaymentIntent object without confirming.</p>

        <p>Depending on which properties you update, you may need to confirm the
        PaymentIntent again. For example, updating the <code>payment_method</code> will
        always require you to confirm the PaymentIntent again. If you prefer to
        update and confirm at the same time, we recommend updating properties via
        the <a href="/docs/api/payment_intents/confirm">confirm API</a> instead.</p>

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
                "payment_method_data": payment_method_data,
                "payment_method_options": payment_method_options,
                "payment_method_types": payment_method_types,
                "receipt_email": receipt_email,
                "setup_future_usage": setup_future_usage,
                "shipping": shipping,
                "statement_descriptor": statement_descriptor,
                "statement_descriptor_suffix": statement_descriptor_suffix,
                "transfer_data": transfer_data,
                "transfer_group": transfer_group,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=PaymentIntent,
            options=request_options,
        )

    def verify_microdeposits(
        self,
        intent: str,
        *,
        amounts: Sequence[int] | None = None,
        client_secret: str | None = None,
        descriptor_code: str | None = None,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentIntent:
        """<p>Verifies microdeposits on a PaymentIntent object.</p>

        `POST /v1/payment_intents/{intent}/verify_microdeposits`
        """
        from ..models.payment_intent import PaymentIntent

        return self._client.request(
            "post",
            "/v1/payment_intents/{intent}/verify_microdeposits",
            path_params={
                "intent": intent,
            },
            body={
                "amounts": amounts,
                "client_secret": client_secret,
                "descriptor_code": descriptor_code,
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=PaymentIntent,
            options=request_options,
        )


class AsyncPaymentIntentsResource:
    """`client.payment_intents` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def apply_customer_balance(
        self,
        intent: str,
        *,
        amount: int | None = None,
        currency: str | None = None,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentIntent:
        """<p>Manually reconcile the remaining amount for a customer_balance PaymentIntent.</p>

        `POST /v1/payment_intents/{intent}/apply_customer_balance`
        """
        from ..models.payment_intent import PaymentIntent

        return await self._client.request(
            "post",
            "/v1/payment_intents/{intent}/apply_customer_balance",
            path_params={
                "intent": intent,
            },
            body={
                "amount": amount,
                "currency": currency,
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=PaymentIntent,
            options=request_options,
        )

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
        """<p>A PaymentIntent object can be canceled when it is in one of these statuses: <code>requires_payment_method</code>, <code>requires_capture</code>, <code>requires_confirmation</code>, <code>requires_action</code>, or <code>processing</code>. </p>

        <p>Once canceled, no additional charges will be made by the PaymentIntent and any operations on the PaymentIntent will fail with an error. For PaymentIntents with <code>status=’requires_capture’</code>, the remaining <code>amount_capturable</code> will automatically be refunded. </p>

        <p>You cannot cancel the PaymentIntent for a Checkout Session. <a href="/docs/api/checkout/sessions/expire">Expire the Checkout Session</a> instead</p>

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
            idempotency_header="Idempotency-Key",
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
        statement_descriptor: str | None = None,
        statement_descriptor_suffix: str | None = None,
        transfer_data: PaymentIntentsCaptureTransferDataParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentIntent:
        """<p>Capture the funds of an existing uncaptured PaymentIntent when its status is <code>requires_capture</code>.</p>

        <p>Uncaptured PaymentIntents will be canceled a set number of days after they are created (7 by default).</p>

        <p>Learn more about <a href="/docs/payments/capture-later">separate authorization and capture</a>.</p>

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
                "statement_descriptor": statement_descriptor,
                "statement_descriptor_suffix": statement_descriptor_suffix,
                "transfer_data": transfer_data,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=PaymentIntent,
            options=request_options,
        )

    async def confirm(
        self,
        intent: str,
        *,
        capture_method: Literal["automatic", "manual"] | None = None,
        client_secret: str | None = None,
        error_on_requires_action: bool | None = None,
        expand: Sequence[str] | None = None,
        mandate: str | None = None,
        mandate_data: (
            PaymentIntentsConfirmMandateData0Params | PaymentIntentsConfirmMandateData1Params | None
        ) = None,
        off_session: bool | Literal["one_off", "recurring"] | None = None,
        payment_method: str | None = None,
        payment_method_data: PaymentIntentsConfirmPaymentMethodDataParams | None = None,
        payment_method_options: PaymentIntentsConfirmPaymentMethodOptionsParams | None = None,
        payment_method_types: Sequence[str] | None = None,
        radar_options: PaymentIntentsConfirmRadarOptionsParams | None = None,
        receipt_email: str | Literal[""] | None = None,
        return_url: str | None = None,
        setup_future_usage: Literal["", "off_session", "on_session"] | None = None,
        shipping: PaymentIntentsConfirmShippingParams | Literal[""] | None = None,
        use_stripe_sdk: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentIntent:
        """<p>Confirm that your customer intends to pay with current or provided
        payment method. Upon confirmation, the PaymentIntent will attempt to initiate
        a payment.
        If the selected payment method requires additional authentication steps, the
        PaymentIntent will transition to the <code>requires_action</code> status and
        suggest additional actions via <code>next_action</code>. If payment fails,
        the PaymentIntent will transition to the <code>requires_payment_method</code> status. If
        payment succeeds, the PaymentIntent will transition to the <code>succeeded</code>
        status (or <code>requires_capture</code>, if <code>capture_method</code> is set to <code>manual</code>).
        If the <code>confirmation_method</code> is <code>automatic</code>, payment may be attempted
        using our <a href="/docs/stripe-js/reference#stripe-handle-card-payment">client SDKs</a>
        and the PaymentIntent’s <a href="#payment_intent_object-client_secret">client_secret</a>.
        After <code>next_action</code>s are handled by the client, no additional
        confirmation is required to complete the payment.
        If the <code>confirmation_method</code> is <code>manual</code>, all payment attempts must be
        initiated using a secret key.
        If any actions are required for the payment, the PaymentIntent will
        return to the <code>requires_confirmation</code> state
        after those actions are completed. Your server needs to then
        explicitly re-confirm the PaymentIntent to initiate the next payment
        attempt. Read the <a href="/docs/payments/payment-intents/web-manual">expanded documentation</a>
        to learn more about manual confirmation.</p>

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
                "capture_method": capture_method,
                "client_secret": client_secret,
                "error_on_requires_action": error_on_requires_action,
                "expand": expand,
                "mandate": mandate,
                "mandate_data": mandate_data,
                "off_session": off_session,
                "payment_method": payment_method,
                "payment_method_data": payment_method_data,
                "payment_method_options": payment_method_options,
                "payment_method_types": payment_method_types,
                "radar_options": radar_options,
                "receipt_email": receipt_email,
                "return_url": return_url,
                "setup_future_usage": setup_future_usage,
                "shipping": shipping,
                "use_stripe_sdk": use_stripe_sdk,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
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
        capture_method: Literal["automatic", "manual"] | None = None,
        confirm: bool | None = None,
        confirmation_method: Literal["automatic", "manual"] | None = None,
        customer: str | None = None,
        description: str | None = None,
        error_on_requires_action: bool | None = None,
        expand: Sequence[str] | None = None,
        mandate: str | None = None,
        mandate_data: PaymentIntentsCreateMandateDataParams | None = None,
        metadata: Mapping[str, str] | None = None,
        off_session: bool | Literal["one_off", "recurring"] | None = None,
        on_behalf_of: str | None = None,
        payment_method: str | None = None,
        payment_method_data: PaymentIntentsCreatePaymentMethodDataParams | None = None,
        payment_method_options: PaymentIntentsCreatePaymentMethodOptionsParams | None = None,
        payment_method_types: Sequence[str] | None = None,
        radar_options: PaymentIntentsCreateRadarOptionsParams | None = None,
        receipt_email: str | None = None,
        return_url: str | None = None,
        setup_future_usage: Literal["off_session", "on_session"] | None = None,
        shipping: PaymentIntentsCreateShippingParams | None = None,
        statement_descriptor: str | None = None,
        statement_descriptor_suffix: str | None = None,
        transfer_data: PaymentIntentsCreateTransferDataParams | None = None,
        transfer_group: str | None = None,
        use_stripe_sdk: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentIntent:
        """<p>Creates a PaymentIntent object.</p>

        <p>After the PaymentIntent is created, attach a payment method and <a href="/docs/api/payment_intents/confirm">confirm</a>
        to continue the payment. You can read more about the different payment flows
        available via the Payment Intents API <a href="/docs/payments/payment-intents">here</a>.</p>

        <p>When <code>confirm=true</code> is used during creation, it is equivalent to creating
        and confirming the PaymentIntent in the same call. You may use any parameters
        available in the <a href="/docs/api/payment_intents/confirm">confirm API</a> when <code>confirm=true</code>
        is supplied.</p>

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
                "error_on_requires_action": error_on_requires_action,
                "expand": expand,
                "mandate": mandate,
                "mandate_data": mandate_data,
                "metadata": metadata,
                "off_session": off_session,
                "on_behalf_of": on_behalf_of,
                "payment_method": payment_method,
                "payment_method_data": payment_method_data,
                "payment_method_options": payment_method_options,
                "payment_method_types": payment_method_types,
                "radar_options": radar_options,
                "receipt_email": receipt_email,
                "return_url": return_url,
                "setup_future_usage": setup_future_usage,
                "shipping": shipping,
                "statement_descriptor": statement_descriptor,
                "statement_descriptor_suffix": statement_descriptor_suffix,
                "transfer_data": transfer_data,
                "transfer_group": transfer_group,
                "use_stripe_sdk": use_stripe_sdk,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=PaymentIntent,
            options=request_options,
        )

    async def increment_authorization(
        self,
        intent: str,
        *,
        amount: int,
        application_fee_amount: int | None = None,
        description: str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        statement_descriptor: str | None = None,
        transfer_data: PaymentIntentsIncrementAuthorizationTransferDataParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentIntent:
        """<p>Perform an incremental authorization on an eligible
        <a href="/docs/api/payment_intents/object">PaymentIntent</a>. To be eligible, the
        PaymentIntent’s status must be <code>requires_capture</code> and
        <a href="/docs/api/charges/object#charge_object-payment_method_details-card_present-incremental_authorization_supported">incremental_authorization_supported</a>
        must be <code>true</code>.</p>

        <p>Incremental authorizations attempt to increase the authorized amount on
        your customer’s card to the new, higher <code>amount</code> provided. As with the
        initial authorization, incremental authorizations may be declined. A
        single PaymentIntent can call this endpoint multiple times to further
        increase the authorized amount.</p>

        <p>If the incremental authorization succeeds, the PaymentIntent object is
        returned with the updated
        <a href="/docs/api/payment_intents/object#payment_intent_object-amount">amount</a>.
        If the incremental authorization fails, a
        <a href="/docs/error-codes#card-declined">card_declined</a> error is returned, and no
        fields on the PaymentIntent or Charge are updated. The PaymentIntent
        object remains capturable for the previously authorized amount.</p>

        <p>Each PaymentIntent can have a maximum of 10 incremental authorization attempts, including declines.
        Once captured, a PaymentIntent can no longer be incremented.</p>

        <p>Learn more about <a href="/docs/terminal/features/incremental-authorizations">incremental authorizations</a>.</p>

        `POST /v1/payment_intents/{intent}/increment_authorization`
        """
        from ..models.payment_intent import PaymentIntent

        return await self._client.request(
            "post",
            "/v1/payment_intents/{intent}/increment_authorization",
            path_params={
                "intent": intent,
            },
            body={
                "amount": amount,
                "application_fee_amount": application_fee_amount,
                "description": description,
                "expand": expand,
                "metadata": metadata,
                "statement_descriptor": statement_descriptor,
                "transfer_data": transfer_data,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
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
        """<p>Returns a list of PaymentIntents.</p>

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
        """<p>Retrieves the details of a PaymentIntent that has previously been created. </p>

        <p>Client-side retrieval using a publishable key is allowed when the <code>client_secret</code> is provided in the query string. </p>

        <p>When retrieved with a publishable key, only a subset of properties will be returned. Please refer to the <a href="#payment_intent_object">payment intent</a> object reference for more details.</p>

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
        """<p>Search for PaymentIntents you’ve previously created using Stripe’s <a href="/docs/search#search-query-language">Search Query Language</a>.
        Don’t use search in read-after-write flows where strict consistency is necessary. Under normal operating
        conditions, data is searchable in less than a minute. Occasionally, propagation of new or updated data can be up
        to an hour behind during outages. Search functionality is not available to merchants in India.</p>

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
        capture_method: Literal["automatic", "manual"] | None = None,
        currency: str | None = None,
        customer: str | None = None,
        description: str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        payment_method: str | None = None,
        payment_method_data: PaymentIntentsUpdatePaymentMethodDataParams | None = None,
        payment_method_options: PaymentIntentsUpdatePaymentMethodOptionsParams | None = None,
        payment_method_types: Sequence[str] | None = None,
        receipt_email: str | Literal[""] | None = None,
        setup_future_usage: Literal["", "off_session", "on_session"] | None = None,
        shipping: PaymentIntentsUpdateShippingParams | Literal[""] | None = None,
        statement_descriptor: str | None = None,
        statement_descriptor_suffix: str | None = None,
        transfer_data: PaymentIntentsUpdateTransferDataParams | None = None,
        transfer_group: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentIntent:
        """<p>Updates properties on a PaymentIntent object without confirming.</p>

        <p>Depending on which properties you update, you may need to confirm the
        PaymentIntent again. For example, updating the <code>payment_method</code> will
        always require you to confirm the PaymentIntent again. If you prefer to
        update and confirm at the same time, we recommend updating properties via
        the <a href="/docs/api/payment_intents/confirm">confirm API</a> instead.</p>

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
                "payment_method_data": payment_method_data,
                "payment_method_options": payment_method_options,
                "payment_method_types": payment_method_types,
                "receipt_email": receipt_email,
                "setup_future_usage": setup_future_usage,
                "shipping": shipping,
                "statement_descriptor": statement_descriptor,
                "statement_descriptor_suffix": statement_descriptor_suffix,
                "transfer_data": transfer_data,
                "transfer_group": transfer_group,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=PaymentIntent,
            options=request_options,
        )

    async def verify_microdeposits(
        self,
        intent: str,
        *,
        amounts: Sequence[int] | None = None,
        client_secret: str | None = None,
        descriptor_code: str | None = None,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentIntent:
        """<p>Verifies microdeposits on a PaymentIntent object.</p>

        `POST /v1/payment_intents/{intent}/verify_microdeposits`
        """
        from ..models.payment_intent import PaymentIntent

        return await self._client.request(
            "post",
            "/v1/payment_intents/{intent}/verify_microdeposits",
            path_params={
                "intent": intent,
            },
            body={
                "amounts": amounts,
                "client_secret": client_secret,
                "descriptor_code": descriptor_code,
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=PaymentIntent,
            options=request_options,
        )
