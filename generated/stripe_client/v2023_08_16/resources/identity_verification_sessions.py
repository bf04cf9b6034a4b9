# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.identity.verification_sessions`: 6 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.identity_verification_session import IdentityVerificationSession
    from ..params import IdentityVerificationSessionsCreateOptionsParams
    from ..params import IdentityVerificationSessionsListCreatedParams
    from ..params import IdentityVerificationSessionsUpdateOptionsParams


class IdentityVerificationSessionsResource:
    """`client.identity.verification_sessions`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def cancel(
        self,
        session: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IdentityVerificationSession:
        """<p>A VerificationSession object can be canceled when it is in <code>requires_input</code> <a href="/docs/identity/how-sessions-work">status</a>.</p>

        <p>Once canceled, future submission attempts are disabled. This cannot be undone. <a href="/docs/identity/verification-sessions#cancel">Learn more</a>.</p>

        `POST /v1/identity/verification_sessions/{session}/cancel`
        """
        from ..models.identity_verification_session import IdentityVerificationSession

        return self._client.request(
            "post",
            "/v1/identity/verification_sessions/{session}/cancel",
            path_params={
                "session": session,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IdentityVerificationSession,
            options=request_options,
        )

    def create(
        self,
        *,
        type: Literal["document", "id_number"],
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        options: IdentityVerificationSessionsCreateOptionsParams | None = None,
        return_url: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> IdentityVerificationSession:
        """<p>Creates a VerificationSession object.</p>

        <p>After the VerificationSession is created, display a verification modal using the session <code>client_secret</code> or send your users to the session’s <code>url</code>.</p>

        <p>If your API key is in test mode, verification checks won’t actually process, though everything else will occur as if in live mode.</p>

        <p>Related guide: <a href="/docs/identity/verify-identity-documents">Verify your users’ identity documents</a></p>

        `POST /v1/identity/verification_sessions`
        """
        from ..models.identity_verification_session import IdentityVerificationSession

        return self._client.request(
            "post",
            "/v1/identity/verification_sessions",
            body={
                "type": type,
                "expand": expand,
                "metadata": metadata,
                "options": options,
                "return_url": return_url,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IdentityVerificationSession,
            options=request_options,
        )

    def list(
        self,
        *,
        created: IdentityVerificationSessionsListCreatedParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        status: Literal["canceled", "processing", "requires_input", "verified"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[IdentityVerificationSession]:
        """<p>Returns a list of VerificationSessions</p>

        `GET /v1/identity/verification_sessions`
        """
        from ..models.identity_verification_session import IdentityVerificationSession

        return self._client.request_list(
            "get",
            "/v1/identity/verification_sessions",
            query={
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
                "status": status,
            },
            cast_to=ListObject[IdentityVerificationSession],
            options=request_options,
        )

    def redact(
        self,
        session: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IdentityVerificationSession:
        """<p>Redact a VerificationSession to remove all collected information from Stripe. This will redact
        the VerificationSession and all objects related to it, including VerificationReports, Events,
        request logs, etc.</p>

        <p>A VerificationSession object can be redacted when it is in <code>requires_input</code> or <code>verified</code>
        <a href="/docs/identity/how-sessions-work">status</a>. Redacting a VerificationSession in <code>requires_action</code>
        state will automatically cancel it.</p>

        <p>The redaction process may take up to four days. When the redaction process is in progress, the
        VerificationSession’s <code>redaction.status</code> field will be set to <code>processing</code>; when the process is
        finished, it will change to <code>redacted</code> and an <code>identity.verification_session.redacted</code> event
        will be emitted.</p>

        <p>Redaction is irreversible. Redacted objects are still accessible in the Stripe API, but all the
        fields that contain personal data will be replaced by the string <code>[redacted]</code> or a similar
        placeholder. The <code>metadata</code> field will also be erased. Redacted objects cannot be updated or
        used for any purpose.</p>

        <p><a href="/docs/identity/verification-sessions#redact">Learn more</a>.</p>

        `POST /v1/identity/verification_sessions/{session}/redact`
        """
        from ..models.identity_verification_session import IdentityVerificationSession

        return self._client.request(
            "post",
            "/v1/identity/verification_sessions/{session}/redact",
            path_params={
                "session": session,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IdentityVerificationSession,
            options=request_options,
        )

    def retrieve(
        self,
        session: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IdentityVerificationSession:
        """<p>Retrieves the details of a VerificationSession that was previously created.</p>

        <p>When the session status is <code>requires_input</code>, you can use this method to retrieve a valid
        <code>client_secret</code> or <code>url</code> to allow re-submission.</p>

        `GET /v1/identity/verification_sessions/{session}`
        """
        from ..models.identity_verification_session import IdentityVerificationSession

        return self._client.request(
            "get",
            "/v1/identity/verification_sessions/{session}",
            path_params={
                "session": session,
            },
            query={
                "expand": expand,
            },
            cast_to=IdentityVerificationSession,
            options=request_options,
        )

    def update(
        self,
        session: str,
        *,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        options: IdentityVerificationSessionsUpdateOptionsParams | None = None,
        type: Literal["document", "id_number"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IdentityVerificationSession:
        """<p>Updates a VerificationSession object.</p>

        <p>When the session status is <code>requires_input</code>, you can use this method to update the
        verification check and options.</p>

        `POST /v1/identity/verification_sessions/{session}`
        """
        from ..models.identity_verification_session import IdentityVerificationSession

        return self._client.request(
            "post",
            "/v1/identity/verification_sessions/{session}",
            path_params={
                "session": session,
            },
            body={
                "expand": expand,
                "metadata": metadata,
                "options": options,
                "type": type,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IdentityVerificationSession,
            options=request_options,
        )


class AsyncIdentityVerificationSessionsResource:
    """`client.identity.verification_sessions` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def cancel(
        self,
        session: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IdentityVerificationSession:
        """<p>A VerificationSession object can be canceled when it is in <code>requires_input</code> <a href="/docs/identity/how-sessions-work">status</a>.</p>

        <p>Once canceled, future submission attempts are disabled. This cannot be undone. <a href="/docs/identity/verification-sessions#cancel">Learn more</a>.</p>

        `POST /v1/identity/verification_sessions/{session}/cancel`
        """
        from ..models.identity_verification_session import IdentityVerificationSession

        return await self._client.request(
            "post",
            "/v1/identity/verification_sessions/{session}/cancel",
            path_params={
                "session": session,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IdentityVerificationSession,
            options=request_options,
        )

    async def create(
        self,
        *,
        type: Literal["document", "id_number"],
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        options: IdentityVerificationSessionsCreateOptionsParams | None = None,
        return_url: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> IdentityVerificationSession:
        """<p>Creates a VerificationSession object.</p>

        <p>After the VerificationSession is created, display a verification modal using the session <code>client_secret</code> or send your users to the session’s <code>url</code>.</p>

        <p>If your API key is in test mode, verification checks won’t actually process, though everything else will occur as if in live mode.</p>

        <p>Related guide: <a href="/docs/identity/verify-identity-documents">Verify your users’ identity documents</a></p>

        `POST /v1/identity/verification_sessions`
        """
        from ..models.identity_verification_session import IdentityVerificationSession

        return await self._client.request(
            "post",
            "/v1/identity/verification_sessions",
            body={
                "type": type,
                "expand": expand,
                "metadata": metadata,
                "options": options,
                "return_url": return_url,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IdentityVerificationSession,
            options=request_options,
        )

    def list(
        self,
        *,
        created: IdentityVerificationSessionsListCreatedParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        status: Literal["canceled", "processing", "requires_input", "verified"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[IdentityVerificationSession]:
        """<p>Returns a list of VerificationSessions</p>

        `GET /v1/identity/verification_sessions`
        """
        from ..models.identity_verification_session import IdentityVerificationSession

        return self._client.request_list(
            "get",
            "/v1/identity/verification_sessions",
            query={
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
                "status": status,
            },
            cast_to=AsyncListObject[IdentityVerificationSession],
            options=request_options,
        )

    async def redact(
        self,
        session: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IdentityVerificationSession:
        """<p>Redact a VerificationSession to remove all collected information from Stripe. This will redact
        the VerificationSession and all objects related to it, including VerificationReports, Events,
        request logs, etc.</p>

        <p>A VerificationSession object can be redacted when it is in <code>requires_input</code> or <code>verified</code>
        <a href="/docs/identity/how-sessions-work">status</a>. Redacting a VerificationSession in <code>requires_action</code>
        state will automatically cancel it.</p>

        <p>The redaction process may take up to four days. When the redaction process is in progress, the
        VerificationSession’s <code>redaction.status</code> field will be set to <code>processing</code>; when the process is
        finished, it will change to <code>redacted</code> and an <code>identity.verification_session.redacted</code> event
        will be emitted.</p>

        <p>Redaction is irreversible. Redacted objects are still accessible in the Stripe API, but all the
        fields that contain personal data will be replaced by the string <code>[redacted]</code> or a similar
        placeholder. The <code>metadata</code> field will also be erased. Redacted objects cannot be updated or
        used for any purpose.</p>

        <p><a href="/docs/identity/verification-sessions#redact">Learn more</a>.</p>

        `POST /v1/identity/verification_sessions/{session}/redact`
        """
        from ..models.identity_verification_session import IdentityVerificationSession

        return await self._client.request(
            "post",
            "/v1/identity/verification_sessions/{session}/redact",
            path_params={
                "session": session,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IdentityVerificationSession,
            options=request_options,
        )

    async def retrieve(
        self,
        session: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IdentityVerificationSession:
        """<p>Retrieves the details of a VerificationSession that was previously created.</p>

        <p>When the session status is <code>requires_input</code>, you can use this method to retrieve a valid
        <code>client_secret</code> or <code>url</code> to allow re-submission.</p>

        `GET /v1/identity/verification_sessions/{session}`
        """
        from ..models.identity_verification_session import IdentityVerificationSession

        return await self._client.request(
            "get",
            "/v1/identity/verification_sessions/{session}",
            path_params={
                "session": session,
            },
            query={
                "expand": expand,
            },
            cast_to=IdentityVerificationSession,
            options=request_options,
        )

    async def update(
        self,
        session: str,
        *,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        options: IdentityVerificationSessionsUpdateOptionsParams | None = None,
        type: Literal["document", "id_number"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IdentityVerificationSession:
        """<p>Updates a VerificationSession object.</p>

        <p>When the session status is <code>requires_input</code>, you can use this method to update the
        verification check and options.</p>

        `POST /v1/identity/verification_sessions/{session}`
        """
        from ..models.identity_verification_session import IdentityVerificationSession

        return await self._client.request(
            "post",
            "/v1/identity/verification_sessions/{session}",
            path_params={
                "session": session,
            },
            body={
                "expand": expand,
                "metadata": metadata,
                "options": options,
                "type": type,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IdentityVerificationSession,
            options=request_options,
        )
