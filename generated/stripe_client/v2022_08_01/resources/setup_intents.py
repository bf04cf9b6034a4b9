# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.setup_intents`: 7 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.setup_intent import SetupIntent
    from ..params import SetupIntentsConfirmMandateData0Params
    from ..params import SetupIntentsConfirmMandateData1Params
    from ..params import SetupIntentsConfirmPaymentMethodDataParams
    from ..params import SetupIntentsConfirmPaymentMethodOptionsParams
    from ..params import SetupIntentsCreateMandateDataParams
    from ..params import SetupIntentsCreatePaymentMethodDataParams
    from ..params import SetupIntentsCreatePaymentMethodOptionsParams
    from ..params import SetupIntentsCreateSingleUseParams
    from ..params import SetupIntentsListCreatedParams
    from ..params import SetupIntentsUpdatePaymentMethodDataParams
    from ..params import SetupIntentsUpdatePaymentMethodOptionsParams


class SetupIntentsResource:
    """`client.setup_intents`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def cancel(
        self,
        intent: str,
        *,
        cancellation_reason: (
            Literal["abandoned", "duplicate", "requested_by_customer"] | None
        ) = None,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetupIntent:
        """<p>A SetupIntent object can be canceled when it is in one of these statuses: <code>requires_payment_method</code>, <code>requires_confirmation</code>, or <code>requires_action</code>. </p>

        <p>Once canceled, setup is abandoned and any operations on the SetupIntent will fail with an error.</p>

        `POST /v1/setup_intents/{intent}/cancel`
        """
        from ..models.setup_intent import SetupIntent

        return self._client.request(
            "post",
            "/v1/setup_intents/{intent}/cancel",
            path_params={
                "intent": intent,
            },
            body={
                "cancellation_reason": cancellation_reason,
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=SetupIntent,
            options=request_options,
        )

    def confirm(
        self,
        intent: str,
        *,
        client_secret: str | None = None,
        expand: Sequence[str] | None = None,
        mandate_data: (
            SetupIntentsConfirmMandateData0Params | SetupIntentsConfirmMandateData1Params | None
        ) = None,
        payment_method: str | None = None,
        payment_method_data: SetupIntentsConfirmPaymentMethodDataParams | None = None,
        payment_method_options: SetupIntentsConfirmPaymentMethodOptionsParams | None = None,
        return_url: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetupIntent:
        """<p>Confirm that your customer intends to set up the current or
        provided payment method. For example, you would confirm a SetupIntent
        when a customer hits the “Save” button on a payment method management
        page on your website.</p>

        <p>If the selected payment method does not require any additional
        steps from the customer, the SetupIntent will transition to the
        <code>succeeded</code> status.</p>

        <p>Otherwise, it will transition to the <code>requires_action</code> status and
        suggest additional actions via <code>next_action</code>. If setup fails,
        the SetupIntent will transition to the
        <code>requires_payment_method</code> status.</p>

        `POST /v1/setup_intents/{intent}/confirm`
        """
        from ..models.setup_intent import SetupIntent

        return self._client.request(
            "post",
            "/v1/setup_intents/{intent}/confirm",
            path_params={
                "intent": intent,
            },
            body={
                "client_secret": client_secret,
                "expand": expand,
                "mandate_data": mandate_data,
                "payment_method": payment_method,
                "payment_method_data": payment_method_data,
                "payment_method_options": payment_method_options,
                "return_url": return_url,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=SetupIntent,
            options=request_options,
        )

    def create(
        self,
        *,
        attach_to_self: bool | None = None,
        confirm: bool | None = None,
        customer: str | None = None,
        description: str | None = None,
        expand: Sequence[str] | None = None,
        flow_directions: Sequence[Literal["inbound", "outbound"]] | None = None,
        mandate_data: SetupIntentsCreateMandateDataParams | None = None,
        metadata: Mapping[str, str] | None = None,
        on_behalf_of: str | None = None,
        payment_method: str | None = None,
        payment_method_data: SetupIntentsCreatePaymentMethodDataParams | None = None,
        payment_method_options: SetupIntentsCreatePaymentMethodOptionsParams | None = None,
        payment_method_types: Sequence[str] | None = None,
        return_url: str | None = None,
        single_use: SetupIntentsCreateSingleUseParams | None = None,
        usage: Literal["off_session", "on_session"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetupIntent:
        """<p>Creates a SetupIntent object.</p>

        <p>After the SetupIntent is created, attach a payment method and <a href="/docs/api/setup_intents/confirm">confirm</a>
        to collect any required permissions to charge the payment method later.</p>

        `POST /v1/setup_intents`
        """
        from ..models.setup_intent import SetupIntent

        return self._client.request(
            "post",
            "/v1/setup_intents",
            body={
                "attach_to_self": attach_to_self,
                "confirm": confirm,
                "customer": customer,
                "description": description,
                "expand": expand,
                "flow_directions": flow_directions,
                "mandate_data": mandate_data,
                "metadata": metadata,
                "on_behalf_of": on_behalf_of,
                "payment_method": payment_method,
                "payment_method_data": payment_method_data,
                "payment_method_options": payment_method_options,
                "payment_method_types": payment_method_types,
                "return_url": return_url,
                "single_use": single_use,
                "usage": usage,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=SetupIntent,
            options=request_options,
        )

    def list(
        self,
        *,
        attach_to_self: bool | None = None,
        created: SetupIntentsListCreatedParams | int | None = None,
        customer: str | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        payment_method: str | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[SetupIntent]:
        """<p>Returns a list of SetupIntents.</p>

        `GET /v1/setup_intents`
        """
        from ..models.setup_intent import SetupIntent

        return self._client.request_list(
            "get",
            "/v1/setup_intents",
            query={
                "attach_to_self": attach_to_self,
                "created": created,
                "customer": customer,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "payment_method": payment_method,
                "starting_after": starting_after,
            },
            cast_to=ListObject[SetupIntent],
            options=request_options,
        )

    def retrieve(
        self,
        intent: str,
        *,
        client_secret: str | None = None,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetupIntent:
        """<p>Retrieves the details of a SetupIntent that has previously been created. </p>

        <p>Client-side retrieval using a publishable key is allowed when the <code>client_secret</code> is provided in the query string. </p>

        <p>When retrieved with a publishable key, only a subset of properties will be returned. Please refer to the <a href="#setup_intent_object">SetupIntent</a> object reference for more details.</p>

        `GET /v1/setup_intents/{intent}`
        """
        from ..models.setup_intent import SetupIntent

        return self._client.request(
            "get",
            "/v1/setup_intents/{intent}",
            path_params={
                "intent": intent,
            },
            query={
                "client_secret": client_secret,
                "expand": expand,
            },
            cast_to=SetupIntent,
            options=request_options,
        )

    def update(
        self,
        intent: str,
        *,
        attach_to_self: bool | None = None,
        customer: str | None = None,
        description: str | None = None,
        expand: Sequence[str] | None = None,
        flow_directions: Sequence[Literal["inbound", "outbound"]] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        payment_method: str | None = None,
        payment_method_data: SetupIntentsUpdatePaymentMethodDataParams | None = None,
        payment_method_options: SetupIntentsUpdatePaymentMethodOptionsParams | None = None,
        payment_method_types: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetupIntent:
        """<p>Updates a SetupIntent object.</p>

        `POST /v1/setup_intents/{intent}`
        """
        from ..models.setup_intent import SetupIntent

        return self._client.request(
            "post",
            "/v1/setup_intents/{intent}",
            path_params={
                "intent": intent,
            },
            body={
                "attach_to_self": attach_to_self,
                "customer": customer,
                "description": description,
                "expand": expand,
                "flow_directions": flow_directions,
                "metadata": metadata,
                "payment_method": payment_method,
                "payment_method_data": payment_method_data,
                "payment_method_options": payment_method_options,
                "payment_method_types": payment_method_types,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=SetupIntent,
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
    ) -> SetupIntent:
        """<p>Verifies microdeposits on a SetupIntent object.</p>

        `POST /v1/setup_intents/{intent}/verify_microdeposits`
        """
        from ..models.setup_intent import SetupIntent

        return self._client.request(
            "post",
            "/v1/setup_intents/{intent}/verify_microdeposits",
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
            cast_to=SetupIntent,
            options=request_options,
        )


class AsyncSetupIntentsResource:
    """`client.setup_intents` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def cancel(
        self,
        intent: str,
        *,
        cancellation_reason: (
            Literal["abandoned", "duplicate", "requested_by_customer"] | None
        ) = None,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetupIntent:
        """<p>A SetupIntent object can be canceled when it is in one of these statuses: <code>requires_payment_method</code>, <code>requires_confirmation</code>, or <code>requires_action</code>. </p>

        <p>Once canceled, setup is abandoned and any operations on the SetupIntent will fail with an error.</p>

        `POST /v1/setup_intents/{intent}/cancel`
        """
        from ..models.setup_intent import SetupIntent

        return await self._client.request(
            "post",
            "/v1/setup_intents/{intent}/cancel",
            path_params={
                "intent": intent,
            },
            body={
                "cancellation_reason": cancellation_reason,
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=SetupIntent,
            options=request_options,
        )

    async def confirm(
        self,
        intent: str,
        *,
        client_secret: str | None = None,
        expand: Sequence[str] | None = None,
        mandate_data: (
            SetupIntentsConfirmMandateData0Params | SetupIntentsConfirmMandateData1Params | None
        ) = None,
        payment_method: str | None = None,
        payment_method_data: SetupIntentsConfirmPaymentMethodDataParams | None = None,
        payment_method_options: SetupIntentsConfirmPaymentMethodOptionsParams | None = None,
        return_url: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetupIntent:
        """<p>Confirm that your customer intends to set up the current or
        provided payment method. For example, you would confirm a SetupIntent
        when a customer hits the “Save” button on a payment method management
        page on your website.</p>

        <p>If the selected payment method does not require any additional
        steps from the customer, the SetupIntent will transition to the
        <code>succeeded</code> status.</p>

        <p>Otherwise, it will transition to the <code>requires_action</code> status and
        suggest additional actions via <code>next_action</code>. If setup fails,
        the SetupIntent will transition to the
        <code>requires_payment_method</code> status.</p>

        `POST /v1/setup_intents/{intent}/confirm`
        """
        from ..models.setup_intent import SetupIntent

        return await self._client.request(
            "post",
            "/v1/setup_intents/{intent}/confirm",
            path_params={
                "intent": intent,
            },
            body={
                "client_secret": client_secret,
                "expand": expand,
                "mandate_data": mandate_data,
                "payment_method": payment_method,
                "payment_method_data": payment_method_data,
                "payment_method_options": payment_method_options,
                "return_url": return_url,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=SetupIntent,
            options=request_options,
        )

    async def create(
        self,
        *,
        attach_to_self: bool | None = None,
        confirm: bool | None = None,
        customer: str | None = None,
        description: str | None = None,
        expand: Sequence[str] | None = None,
        flow_directions: Sequence[Literal["inbound", "outbound"]] | None = None,
        mandate_data: SetupIntentsCreateMandateDataParams | None = None,
        metadata: Mapping[str, str] | None = None,
        on_behalf_of: str | None = None,
        payment_method: str | None = None,
        payment_method_data: SetupIntentsCreatePaymentMethodDataParams | None = None,
        payment_method_options: SetupIntentsCreatePaymentMethodOptionsParams | None = None,
        payment_method_types: Sequence[str] | None = None,
        return_url: str | None = None,
        single_use: SetupIntentsCreateSingleUseParams | None = None,
        usage: Literal["off_session", "on_session"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetupIntent:
        """<p>Creates a SetupIntent object.</p>

        <p>After the SetupIntent is created, attach a payment method and <a href="/docs/api/setup_intents/confirm">confirm</a>
        to collect any required permissions to charge the payment method later.</p>

        `POST /v1/setup_intents`
        """
        from ..models.setup_intent import SetupIntent

        return await self._client.request(
            "post",
            "/v1/setup_intents",
            body={
                "attach_to_self": attach_to_self,
                "confirm": confirm,
                "customer": customer,
                "description": description,
                "expand": expand,
                "flow_directions": flow_directions,
                "mandate_data": mandate_data,
                "metadata": metadata,
                "on_behalf_of": on_behalf_of,
                "payment_method": payment_method,
                "payment_method_data": payment_method_data,
                "payment_method_options": payment_method_options,
                "payment_method_types": payment_method_types,
                "return_url": return_url,
                "single_use": single_use,
                "usage": usage,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=SetupIntent,
            options=request_options,
        )

    def list(
        self,
        *,
        attach_to_self: bool | None = None,
        created: SetupIntentsListCreatedParams | int | None = None,
        customer: str | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        payment_method: str | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[SetupIntent]:
        """<p>Returns a list of SetupIntents.</p>

        `GET /v1/setup_intents`
        """
        from ..models.setup_intent import SetupIntent

        return self._client.request_list(
            "get",
            "/v1/setup_intents",
            query={
                "attach_to_self": attach_to_self,
                "created": created,
                "customer": customer,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "payment_method": payment_method,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[SetupIntent],
            options=request_options,
        )

    async def retrieve(
        self,
        intent: str,
        *,
        client_secret: str | None = None,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetupIntent:
        """<p>Retrieves the details of a SetupIntent that has previously been created. </p>

        <p>Client-side retrieval using a publishable key is allowed when the <code>client_secret</code> is provided in the query string. </p>

        <p>When retrieved with a publishable key, only a subset of properties will be returned. Please refer to the <a href="#setup_intent_object">SetupIntent</a> object reference for more details.</p>

        `GET /v1/setup_intents/{intent}`
        """
        from ..models.setup_intent import SetupIntent

        return await self._client.request(
            "get",
            "/v1/setup_intents/{intent}",
            path_params={
                "intent": intent,
            },
            query={
                "client_secret": client_secret,
                "expand": expand,
            },
            cast_to=SetupIntent,
            options=request_options,
        )

    async def update(
        self,
        intent: str,
        *,
        attach_to_self: bool | None = None,
        customer: str | None = None,
        description: str | None = None,
        expand: Sequence[str] | None = None,
        flow_directions: Sequence[Literal["inbound", "outbound"]] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        payment_method: str | None = None,
        payment_method_data: SetupIntentsUpdatePaymentMethodDataParams | None = None,
        payment_method_options: SetupIntentsUpdatePaymentMethodOptionsParams | None = None,
        payment_method_types: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetupIntent:
        """<p>Updates a SetupIntent object.</p>

        `POST /v1/setup_intents/{intent}`
        """
        from ..models.setup_intent import SetupIntent

        return await self._client.request(
            "post",
            "/v1/setup_intents/{intent}",
            path_params={
                "intent": intent,
            },
            body={
                "attach_to_self": attach_to_self,
                "customer": customer,
                "description": description,
                "expand": expand,
                "flow_directions": flow_directions,
                "metadata": metadata,
                "payment_method": payment_method,
                "payment_method_data": payment_method_data,
                "payment_method_options": payment_method_options,
                "payment_method_types": payment_method_types,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=SetupIntent,
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
    ) -> SetupIntent:
        """<p>Verifies microdeposits on a SetupIntent object.</p>

        `POST /v1/setup_intents/{intent}/verify_microdeposits`
        """
        from ..models.setup_intent import SetupIntent

        return await self._client.request(
            "post",
            "/v1/setup_intents/{intent}/verify_microdeposits",
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
            cast_to=SetupIntent,
            options=request_options,
        )
