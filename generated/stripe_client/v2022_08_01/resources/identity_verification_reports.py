# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.identity.verification_reports`: 2 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.identity_verification_report import IdentityVerificationReport
    from ..params import IdentityVerificationReportsListCreatedParams


class IdentityVerificationReportsResource:
    """`client.identity.verification_reports`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        created: IdentityVerificationReportsListCreatedParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        type: Literal["document", "id_number"] | None = None,
        verification_session: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[IdentityVerificationReport]:
        """<p>List all verification reports.</p>

        `GET /v1/identity/verification_reports`
        """
        from ..models.identity_verification_report import IdentityVerificationReport

        return self._client.request_list(
            "get",
            "/v1/identity/verification_reports",
            query={
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
                "type": type,
                "verification_session": verification_session,
            },
            cast_to=ListObject[IdentityVerificationReport],
            options=request_options,
        )

    def retrieve(
        self,
        report: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IdentityVerificationReport:
        """<p>Retrieves an existing VerificationReport</p>

        `GET /v1/identity/verification_reports/{report}`
        """
        from ..models.identity_verification_report import IdentityVerificationReport

        return self._client.request(
            "get",
            "/v1/identity/verification_reports/{report}",
            path_params={
                "report": report,
            },
            query={
                "expand": expand,
            },
            cast_to=IdentityVerificationReport,
            options=request_options,
        )


class AsyncIdentityVerificationReportsResource:
    """`client.identity.verification_reports` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        created: IdentityVerificationReportsListCreatedParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        type: Literal["document", "id_number"] | None = None,
        verification_session: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[IdentityVerificationReport]:
        """<p>List all verification reports.</p>

        `GET /v1/identity/verification_reports`
        """
        from ..models.identity_verification_report import IdentityVerificationReport

        return self._client.request_list(
            "get",
            "/v1/identity/verification_reports",
            query={
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
                "type": type,
                "verification_session": verification_session,
            },
            cast_to=AsyncListObject[IdentityVerificationReport],
            options=request_options,
        )

    async def retrieve(
        self,
        report: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IdentityVerificationReport:
        """<p>Retrieves an existing VerificationReport</p>

        `GET /v1/identity/verification_reports/{report}`
        """
        from ..models.identity_verification_report import IdentityVerificationReport

        return await self._client.request(
            "get",
            "/v1/identity/verification_reports/{report}",
            path_params={
                "report": report,
            },
            query={
                "expand": expand,
            },
            cast_to=IdentityVerificationReport,
            options=request_options,
        )
