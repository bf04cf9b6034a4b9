# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.terminal.readers`: 9 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.deleted_terminal_reader import DeletedTerminalReader
    from ..models.terminal_reader import TerminalReader
    from ..params import TerminalReadersProcessPaymentIntentProcessConfigParams
    from ..params import TerminalReadersSetReaderDisplayCartParams


class TerminalReadersResource:
    """`client.terminal.readers`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def cancel_action(
        self,
        reader: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TerminalReader:
        """<p>Cancels the current reader action.</p>

        `POST /v1/terminal/readers/{reader}/cancel_action`
        """
        from ..models.terminal_reader import TerminalReader

        return self._client.request(
            "post",
            "/v1/terminal/readers/{reader}/cancel_action",
            path_params={
                "reader": reader,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TerminalReader,
            options=request_options,
        )

    def create(
        self,
        *,
        registration_code: str,
        expand: Sequence[str] | None = None,
        label: str | None = None,
        location: str | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TerminalReader:
        """<p>Creates a new <code>Reader</code> object.</p>

        `POST /v1/terminal/readers`
        """
        from ..models.terminal_reader import TerminalReader

        return self._client.request(
            "post",
            "/v1/terminal/readers",
            body={
                "registration_code": registration_code,
                "expand": expand,
                "label": label,
                "location": location,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TerminalReader,
            options=request_options,
        )

    def delete(
        self,
        reader: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeletedTerminalReader:
        """<p>Deletes a <code>Reader</code> object.</p>

        `DELETE /v1/terminal/readers/{reader}`
        """
        from ..models.deleted_terminal_reader import DeletedTerminalReader

        return self._client.request(
            "delete",
            "/v1/terminal/readers/{reader}",
            path_params={
                "reader": reader,
            },
            cast_to=DeletedTerminalReader,
            options=request_options,
        )

    def list(
        self,
        *,
        device_type: (
            Literal[
                "bbpos_chipper2x",
                "bbpos_wisepad3",
                "bbpos_wisepos_e",
                "simulated_wisepos_e",
                "stripe_m2",
                "verifone_P400",
            ]
            | None
        ) = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        location: str | None = None,
        starting_after: str | None = None,
        status: Literal["offline", "online"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[TerminalReader]:
        """<p>Returns a list of <code>Reader</code> objects.</p>

        `GET /v1/terminal/readers`
        """
        from ..models.terminal_reader import TerminalReader

        return self._client.request_list(
            "get",
            "/v1/terminal/readers",
            query={
                "device_type": device_type,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "location": location,
                "starting_after": starting_after,
                "status": status,
            },
            cast_to=ListObject[TerminalReader],
            options=request_options,
        )

    def process_payment_intent(
        self,
        reader: str,
        *,
        payment_intent: str,
        expand: Sequence[str] | None = None,
        process_config: TerminalReadersProcessPaymentIntentProcessConfigParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> TerminalReader:
        """<p>Initiates a payment flow on a Reader.</p>

        `POST /v1/terminal/readers/{reader}/process_payment_intent`
        """
        from ..models.terminal_reader import TerminalReader

        return self._client.request(
            "post",
            "/v1/terminal/readers/{reader}/process_payment_intent",
            path_params={
                "reader": reader,
            },
            body={
                "payment_intent": payment_intent,
                "expand": expand,
                "process_config": process_config,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TerminalReader,
            options=request_options,
        )

    def process_setup_intent(
        self,
        reader: str,
        *,
        customer_consent_collected: bool,
        setup_intent: str,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TerminalReader:
        """<p>Initiates a setup intent flow on a Reader.</p>

        `POST /v1/terminal/readers/{reader}/process_setup_intent`
        """
        from ..models.terminal_reader import TerminalReader

        return self._client.request(
            "post",
            "/v1/terminal/readers/{reader}/process_setup_intent",
            path_params={
                "reader": reader,
            },
            body={
                "customer_consent_collected": customer_consent_collected,
                "setup_intent": setup_intent,
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TerminalReader,
            options=request_options,
        )

    def retrieve(
        self,
        reader: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TerminalReader | DeletedTerminalReader:
        """<p>Retrieves a <code>Reader</code> object.</p>

        `GET /v1/terminal/readers/{reader}`
        """
        from ..models.deleted_terminal_reader import DeletedTerminalReader
        from ..models.terminal_reader import TerminalReader

        result = self._client.request(
            "get",
            "/v1/terminal/readers/{reader}",
            path_params={
                "reader": reader,
            },
            query={
                "expand": expand,
            },
            cast_to=TerminalReader | DeletedTerminalReader,
            options=request_options,
        )
        return cast("TerminalReader | DeletedTerminalReader", result)

    def set_reader_display(
        self,
        reader: str,
        *,
        type: Literal["cart"] = "cart",
        cart: TerminalReadersSetReaderDisplayCartParams | None = None,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TerminalReader:
        """<p>Sets reader display to show cart details.</p>

        `POST /v1/terminal/readers/{reader}/set_reader_display`
        """
        from ..models.terminal_reader import TerminalReader

        return self._client.request(
            "post",
            "/v1/terminal/readers/{reader}/set_reader_display",
            path_params={
                "reader": reader,
            },
            body={
                "type": type,
                "cart": cart,
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TerminalReader,
            options=request_options,
        )

    def update(
        self,
        reader: str,
        *,
        expand: Sequence[str] | None = None,
        label: str | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TerminalReader | DeletedTerminalReader:
        """<p>Updates a <code>Reader</code> object by setting the values of the parameters passed. Any parameters not provided will be left unchanged.</p>

        `POST /v1/terminal/readers/{reader}`
        """
        from ..models.deleted_terminal_reader import DeletedTerminalReader
        from ..models.terminal_reader import TerminalReader

        result = self._client.request(
            "post",
            "/v1/terminal/readers/{reader}",
            path_params={
                "reader": reader,
            },
            body={
                "expand": expand,
                "label": label,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TerminalReader | DeletedTerminalReader,
            options=request_options,
        )
        return cast("TerminalReader | DeletedTerminalReader", result)


class AsyncTerminalReadersResource:
    """`client.terminal.readers` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def cancel_action(
        self,
        reader: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TerminalReader:
        """<p>Cancels the current reader action.</p>

        `POST /v1/terminal/readers/{reader}/cancel_action`
        """
        from ..models.terminal_reader import TerminalReader

        return await self._client.request(
            "post",
            "/v1/terminal/readers/{reader}/cancel_action",
            path_params={
                "reader": reader,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TerminalReader,
            options=request_options,
        )

    async def create(
        self,
        *,
        registration_code: str,
        expand: Sequence[str] | None = None,
        label: str | None = None,
        location: str | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TerminalReader:
        """<p>Creates a new <code>Reader</code> object.</p>

        `POST /v1/terminal/readers`
        """
        from ..models.terminal_reader import TerminalReader

        return await self._client.request(
            "post",
            "/v1/terminal/readers",
            body={
                "registration_code": registration_code,
                "expand": expand,
                "label": label,
                "location": location,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TerminalReader,
            options=request_options,
        )

    async def delete(
        self,
        reader: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeletedTerminalReader:
        """<p>Deletes a <code>Reader</code> object.</p>

        `DELETE /v1/terminal/readers/{reader}`
        """
        from ..models.deleted_terminal_reader import DeletedTerminalReader

        return await self._client.request(
            "delete",
            "/v1/terminal/readers/{reader}",
            path_params={
                "reader": reader,
            },
            cast_to=DeletedTerminalReader,
            options=request_options,
        )

    def list(
        self,
        *,
        device_type: (
            Literal[
                "bbpos_chipper2x",
                "bbpos_wisepad3",
                "bbpos_wisepos_e",
                "simulated_wisepos_e",
                "stripe_m2",
                "verifone_P400",
            ]
            | None
        ) = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        location: str | None = None,
        starting_after: str | None = None,
        status: Literal["offline", "online"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[TerminalReader]:
        """<p>Returns a list of <code>Reader</code> objects.</p>

        `GET /v1/terminal/readers`
        """
        from ..models.terminal_reader import TerminalReader

        return self._client.request_list(
            "get",
            "/v1/terminal/readers",
            query={
                "device_type": device_type,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "location": location,
                "starting_after": starting_after,
                "status": status,
            },
            cast_to=AsyncListObject[TerminalReader],
            options=request_options,
        )

    async def process_payment_intent(
        self,
        reader: str,
        *,
        payment_intent: str,
        expand: Sequence[str] | None = None,
        process_config: TerminalReadersProcessPaymentIntentProcessConfigParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> TerminalReader:
        """<p>Initiates a payment flow on a Reader.</p>

        `POST /v1/terminal/readers/{reader}/process_payment_intent`
        """
        from ..models.terminal_reader import TerminalReader

        return await self._client.request(
            "post",
            "/v1/terminal/readers/{reader}/process_payment_intent",
            path_params={
                "reader": reader,
            },
            body={
                "payment_intent": payment_intent,
                "expand": expand,
                "process_config": process_config,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TerminalReader,
            options=request_options,
        )

    async def process_setup_intent(
        self,
        reader: str,
        *,
        customer_consent_collected: bool,
        setup_intent: str,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TerminalReader:
        """<p>Initiates a setup intent flow on a Reader.</p>

        `POST /v1/terminal/readers/{reader}/process_setup_intent`
        """
        from ..models.terminal_reader import TerminalReader

        return await self._client.request(
            "post",
            "/v1/terminal/readers/{reader}/process_setup_intent",
            path_params={
                "reader": reader,
            },
            body={
                "customer_consent_collected": customer_consent_collected,
                "setup_intent": setup_intent,
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TerminalReader,
            options=request_options,
        )

    async def retrieve(
        self,
        reader: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TerminalReader | DeletedTerminalReader:
        """<p>Retrieves a <code>Reader</code> object.</p>

        `GET /v1/terminal/readers/{reader}`
        """
        from ..models.deleted_terminal_reader import DeletedTerminalReader
        from ..models.terminal_reader import TerminalReader

        result = await self._client.request(
            "get",
            "/v1/terminal/readers/{reader}",
            path_params={
                "reader": reader,
            },
            query={
                "expand": expand,
            },
            cast_to=TerminalReader | DeletedTerminalReader,
            options=request_options,
        )
        return cast("TerminalReader | DeletedTerminalReader", result)

    async def set_reader_display(
        self,
        reader: str,
        *,
        type: Literal["cart"] = "cart",
        cart: TerminalReadersSetReaderDisplayCartParams | None = None,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TerminalReader:
        """<p>Sets reader display to show cart details.</p>

        `POST /v1/terminal/readers/{reader}/set_reader_display`
        """
        from ..models.terminal_reader import TerminalReader

        return await self._client.request(
            "post",
            "/v1/terminal/readers/{reader}/set_reader_display",
            path_params={
                "reader": reader,
            },
            body={
                "type": type,
                "cart": cart,
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TerminalReader,
            options=request_options,
        )

    async def update(
        self,
        reader: str,
        *,
        expand: Sequence[str] | None = None,
        label: str | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TerminalReader | DeletedTerminalReader:
        """<p>Updates a <code>Reader</code> object by setting the values of the parameters passed. Any parameters not provided will be left unchanged.</p>

        `POST /v1/terminal/readers/{reader}`
        """
        from ..models.deleted_terminal_reader import DeletedTerminalReader
        from ..models.terminal_reader import TerminalReader

        result = await self._client.request(
            "post",
            "/v1/terminal/readers/{reader}",
            path_params={
                "reader": reader,
            },
            body={
                "expand": expand,
                "label": label,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TerminalReader | DeletedTerminalReader,
            options=request_options,
        )
        return cast("TerminalReader | DeletedTerminalReader", result)
