# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.test_helpers.issuing.authorizations`: 5 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.issuing_authorization import IssuingAuthorization
    from ..params import TestHelpersIssuingAuthorizationsCapturePurchaseDetailsParams
    from ..params import TestHelpersIssuingAuthorizationsCreateAmountDetailsParams
    from ..params import TestHelpersIssuingAuthorizationsCreateMerchantDataParams
    from ..params import TestHelpersIssuingAuthorizationsCreateNetworkDataParams
    from ..params import TestHelpersIssuingAuthorizationsCreateVerificationDataParams


class TestHelpersIssuingAuthorizationsResource:
    """`client.test_helpers.issuing.authorizations`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def capture(
        self,
        authorization: str,
        *,
        capture_amount: int | None = None,
        close_authorization: bool | None = None,
        expand: Sequence[str] | None = None,
        purchase_details: (
            TestHelpersIssuingAuthorizationsCapturePurchaseDetailsParams | None
        ) = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingAuthorization:
        """<p>Capture a test-mode authorization.</p>

        `POST /v1/test_helpers/issuing/authorizations/{authorization}/capture`
        """
        from ..models.issuing_authorization import IssuingAuthorization

        return self._client.request(
            "post",
            "/v1/test_helpers/issuing/authorizations/{authorization}/capture",
            path_params={
                "authorization": authorization,
            },
            body={
                "capture_amount": capture_amount,
                "close_authorization": close_authorization,
                "expand": expand,
                "purchase_details": purchase_details,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IssuingAuthorization,
            options=request_options,
        )

    def create(
        self,
        *,
        amount: int,
        card: str,
        amount_details: TestHelpersIssuingAuthorizationsCreateAmountDetailsParams | None = None,
        authorization_method: (
            Literal["chip", "contactless", "keyed_in", "online", "swipe"] | None
        ) = None,
        currency: str | None = None,
        expand: Sequence[str] | None = None,
        is_amount_controllable: bool | None = None,
        merchant_data: TestHelpersIssuingAuthorizationsCreateMerchantDataParams | None = None,
        network_data: TestHelpersIssuingAuthorizationsCreateNetworkDataParams | None = None,
        verification_data: (
            TestHelpersIssuingAuthorizationsCreateVerificationDataParams | None
        ) = None,
        wallet: Literal["apple_pay", "google_pay", "samsung_pay"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingAuthorization:
        """<p>Create a test-mode authorization.</p>

        `POST /v1/test_helpers/issuing/authorizations`
        """
        from ..models.issuing_authorization import IssuingAuthorization

        return self._client.request(
            "post",
            "/v1/test_helpers/issuing/authorizations",
            body={
                "amount": amount,
                "card": card,
                "amount_details": amount_details,
                "authorization_method": authorization_method,
                "currency": currency,
                "expand": expand,
                "is_amount_controllable": is_amount_controllable,
                "merchant_data": merchant_data,
                "network_data": network_data,
                "verification_data": verification_data,
                "wallet": wallet,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IssuingAuthorization,
            options=request_options,
        )

    def expire(
        self,
        authorization: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingAuthorization:
        """<p>Expire a test-mode Authorization.</p>

        `POST /v1/test_helpers/issuing/authorizations/{authorization}/expire`
        """
        from ..models.issuing_authorization import IssuingAuthorization

        return self._client.request(
            "post",
            "/v1/test_helpers/issuing/authorizations/{authorization}/expire",
            path_params={
                "authorization": authorization,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IssuingAuthorization,
            options=request_options,
        )

    def increment(
        self,
        authorization: str,
        *,
        increment_amount: int,
        expand: Sequence[str] | None = None,
        is_amount_controllable: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingAuthorization:
        """<p>Increment a test-mode Authorization.</p>

        `POST /v1/test_helpers/issuing/authorizations/{authorization}/increment`
        """
        from ..models.issuing_authorization import IssuingAuthorization

        return self._client.request(
            "post",
            "/v1/test_helpers/issuing/authorizations/{authorization}/increment",
            path_params={
                "authorization": authorization,
            },
            body={
                "increment_amount": increment_amount,
                "expand": expand,
                "is_amount_controllable": is_amount_controllable,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IssuingAuthorization,
            options=request_options,
        )

    def reverse(
        self,
        authorization: str,
        *,
        expand: Sequence[str] | None = None,
        reverse_amount: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingAuthorization:
        """<p>Reverse a test-mode Authorization.</p>

        `POST /v1/test_helpers/issuing/authorizations/{authorization}/reverse`
        """
        from ..models.issuing_authorization import IssuingAuthorization

        return self._client.request(
            "post",
            "/v1/test_helpers/issuing/authorizations/{authorization}/reverse",
            path_params={
                "authorization": authorization,
            },
            body={
                "expand": expand,
                "reverse_amount": reverse_amount,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IssuingAuthorization,
            options=request_options,
        )


class AsyncTestHelpersIssuingAuthorizationsResource:
    """`client.test_helpers.issuing.authorizations` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def capture(
        self,
        authorization: str,
        *,
        capture_amount: int | None = None,
        close_authorization: bool | None = None,
        expand: Sequence[str] | None = None,
        purchase_details: (
            TestHelpersIssuingAuthorizationsCapturePurchaseDetailsParams | None
        ) = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingAuthorization:
        """<p>Capture a test-mode authorization.</p>

        `POST /v1/test_helpers/issuing/authorizations/{authorization}/capture`
        """
        from ..models.issuing_authorization import IssuingAuthorization

        return await self._client.request(
            "post",
            "/v1/test_helpers/issuing/authorizations/{authorization}/capture",
            path_params={
                "authorization": authorization,
            },
            body={
                "capture_amount": capture_amount,
                "close_authorization": close_authorization,
                "expand": expand,
                "purchase_details": purchase_details,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IssuingAuthorization,
            options=request_options,
        )

    async def create(
        self,
        *,
        amount: int,
        card: str,
        amount_details: TestHelpersIssuingAuthorizationsCreateAmountDetailsParams | None = None,
        authorization_method: (
            Literal["chip", "contactless", "keyed_in", "online", "swipe"] | None
        ) = None,
        currency: str | None = None,
        expand: Sequence[str] | None = None,
        is_amount_controllable: bool | None = None,
        merchant_data: TestHelpersIssuingAuthorizationsCreateMerchantDataParams | None = None,
        network_data: TestHelpersIssuingAuthorizationsCreateNetworkDataParams | None = None,
        verification_data: (
            TestHelpersIssuingAuthorizationsCreateVerificationDataParams | None
        ) = None,
        wallet: Literal["apple_pay", "google_pay", "samsung_pay"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingAuthorization:
        """<p>Create a test-mode authorization.</p>

        `POST /v1/test_helpers/issuing/authorizations`
        """
        from ..models.issuing_authorization import IssuingAuthorization

        return await self._client.request(
            "post",
            "/v1/test_helpers/issuing/authorizations",
            body={
                "amount": amount,
                "card": card,
                "amount_details": amount_details,
                "authorization_method": authorization_method,
                "currency": currency,
                "expand": expand,
                "is_amount_controllable": is_amount_controllable,
                "merchant_data": merchant_data,
                "network_data": network_data,
                "verification_data": verification_data,
                "wallet": wallet,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IssuingAuthorization,
            options=request_options,
        )

    async def expire(
        self,
        authorization: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingAuthorization:
        """<p>Expire a test-mode Authorization.</p>

        `POST /v1/test_helpers/issuing/authorizations/{authorization}/expire`
        """
        from ..models.issuing_authorization import IssuingAuthorization

        return await self._client.request(
            "post",
            "/v1/test_helpers/issuing/authorizations/{authorization}/expire",
            path_params={
                "authorization": authorization,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IssuingAuthorization,
            options=request_options,
        )

    async def increment(
        self,
        authorization: str,
        *,
        increment_amount: int,
        expand: Sequence[str] | None = None,
        is_amount_controllable: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingAuthorization:
        """<p>Increment a test-mode Authorization.</p>

        `POST /v1/test_helpers/issuing/authorizations/{authorization}/increment`
        """
        from ..models.issuing_authorization import IssuingAuthorization

        return await self._client.request(
            "post",
            "/v1/test_helpers/issuing/authorizations/{authorization}/increment",
            path_params={
                "authorization": authorization,
            },
            body={
                "increment_amount": increment_amount,
                "expand": expand,
                "is_amount_controllable": is_amount_controllable,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IssuingAuthorization,
            options=request_options,
        )

    async def reverse(
        self,
        authorization: str,
        *,
        expand: Sequence[str] | None = None,
        reverse_amount: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingAuthorization:
        """<p>Reverse a test-mode Authorization.</p>

        `POST /v1/test_helpers/issuing/authorizations/{authorization}/reverse`
        """
        from ..models.issuing_authorization import IssuingAuthorization

        return await self._client.request(
            "post",
            "/v1/test_helpers/issuing/authorizations/{authorization}/reverse",
            path_params={
                "authorization": authorization,
            },
            body={
                "expand": expand,
                "reverse_amount": reverse_amount,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IssuingAuthorization,
            options=request_options,
        )
