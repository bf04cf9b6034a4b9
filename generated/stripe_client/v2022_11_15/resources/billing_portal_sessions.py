# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.billing_portal.sessions`: 1 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.billing_portal_session import BillingPortalSession


class BillingPortalSessionsResource:
    """`client.billing_portal.sessions`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        customer: str,
        configuration: str | None = None,
        expand: Sequence[str] | None = None,
        locale: (
            Literal[
                "auto",
                "bg",
                "cs",
                "da",
                "de",
                "el",
                "en",
                "en-AU",
                "en-CA",
                "en-GB",
                "en-IE",
                "en-IN",
                "en-NZ",
                "en-SG",
                "es",
                "es-419",
                "et",
                "fi",
                "fil",
                "fr",
                "fr-CA",
                "hr",
                "hu",
                "id",
                "it",
                "ja",
                "ko",
                "lt",
                "lv",
                "ms",
                "mt",
                "nb",
                "nl",
                "pl",
                "pt",
                "pt-BR",
                "ro",
                "ru",
                "sk",
                "sl",
                "sv",
                "th",
                "tr",
                "vi",
                "zh",
                "zh-HK",
                "zh-TW",
            ]
            | None
        ) = None,
        on_behalf_of: str | None = None,
        return_url: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> BillingPortalSession:
        """<p>Creates a session of the customer portal.</p>

        `POST /v1/billing_portal/sessions`
        """
        from ..models.billing_portal_session import BillingPortalSession

        return self._client.request(
            "post",
            "/v1/billing_portal/sessions",
            body={
                "customer": customer,
                "configuration": configuration,
                "expand": expand,
                "locale": locale,
                "on_behalf_of": on_behalf_of,
                "return_url": return_url,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=BillingPortalSession,
            options=request_options,
        )


class AsyncBillingPortalSessionsResource:
    """`client.billing_portal.sessions` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        customer: str,
        configuration: str | None = None,
        expand: Sequence[str] | None = None,
        locale: (
            Literal[
                "auto",
                "bg",
                "cs",
                "da",
                "de",
                "el",
                "en",
                "en-AU",
                "en-CA",
                "en-GB",
                "en-IE",
                "en-IN",
                "en-NZ",
                "en-SG",
                "es",
                "es-419",
                "et",
                "fi",
                "fil",
                "fr",
                "fr-CA",
                "hr",
                "hu",
                "id",
                "it",
                "ja",
                "ko",
                "lt",
                "lv",
                "ms",
                "mt",
                "nb",
                "nl",
                "pl",
                "pt",
                "pt-BR",
                "ro",
                "ru",
                "sk",
                "sl",
                "sv",
                "th",
                "tr",
                "vi",
                "zh",
                "zh-HK",
                "zh-TW",
            ]
            | None
        ) = None,
        on_behalf_of: str | None = None,
        return_url: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> BillingPortalSession:
        """<p>Creates a session of the customer portal.</p>

        `POST /v1/billing_portal/sessions`
        """
        from ..models.billing_portal_session import BillingPortalSession

        return await self._client.request(
            "post",
            "/v1/billing_portal/sessions",
            body={
                "customer": customer,
                "configuration": configuration,
                "expand": expand,
                "locale": locale,
                "on_behalf_of": on_behalf_of,
                "return_url": return_url,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=BillingPortalSession,
            options=request_options,
        )
