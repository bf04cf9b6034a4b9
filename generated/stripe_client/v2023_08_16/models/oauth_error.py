# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class OauthError(StripeObject):
    """An error returned by the Connect OAuth endpoints."""

    error: (
        Literal[
            "invalid_client",
            "invalid_grant",
            "invalid_request",
            "invalid_scope",
            "unsupported_grant_type",
            "unsupported_response_type",
            "access_denied",
        ]
        | str
    )
    """The OAuth error code."""
    error_description: str | None = None
    """A human-readable description of the error."""
