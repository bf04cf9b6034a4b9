# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.identity`: 0 operation(s)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from .identity_verification_reports import (
        IdentityVerificationReportsResource,
        AsyncIdentityVerificationReportsResource,
    )
    from .identity_verification_sessions import (
        IdentityVerificationSessionsResource,
        AsyncIdentityVerificationSessionsResource,
    )


class IdentityResource:
    """`client.identity`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def verification_reports(self) -> IdentityVerificationReportsResource:
        from .identity_verification_reports import IdentityVerificationReportsResource

        return IdentityVerificationReportsResource(self._client)

    @cached_property
    def verification_sessions(self) -> IdentityVerificationSessionsResource:
        from .identity_verification_sessions import IdentityVerificationSessionsResource

        return IdentityVerificationSessionsResource(self._client)


class AsyncIdentityResource:
    """`client.identity` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def verification_reports(self) -> AsyncIdentityVerificationReportsResource:
        from .identity_verification_reports import AsyncIdentityVerificationReportsResource

        return AsyncIdentityVerificationReportsResource(self._client)

    @cached_property
    def verification_sessions(self) -> AsyncIdentityVerificationSessionsResource:
        from .identity_verification_sessions import AsyncIdentityVerificationSessionsResource

        return AsyncIdentityVerificationSessionsResource(self._client)
