# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class IdentityVerificationSessionPreviousAttributes(StripeObject):
    """The previous values of the IdentityVerificationSession fields that changed."""

    client_secret: str | None = None
    """The short-lived client secret used by Stripe.js to [show a verification modal](https://stripe.com/docs/js/identity/modal) inside your app. This client secret expires after 24 hours and can only be used once. Don’t store it, log it, embed it in a URL, or expose it to anyone other than the user. Make sure that you have TLS enabled on any page that includes the client secret. Refer to our docs on [passing the client secret to the frontend](https://stripe.com/docs/identity/verification-sessions#client-secret) to learn more."""
    created: int | None = None
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    id: str | None = None
    """Unique identifier for the object."""
    last_error: dict[str, Any] | None = None
    """If present, this property tells you the last error encountered when processing the verification."""
    last_verification_report: str | dict[str, Any] | None = None
    """ID of the most recent VerificationReport. [Learn more about accessing detailed verification results.](https://stripe.com/docs/identity/verification-sessions#results)"""
    livemode: bool | None = None
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    object: Literal["identity.verification_session"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
    options: dict[str, Any] | None = None
    redaction: dict[str, Any] | None = None
    """Redaction status of this VerificationSession. If the VerificationSession is not redacted, this field will be null."""
    status: Literal["canceled", "processing", "requires_input", "verified"] | str | None = None
    """Status of this VerificationSession. [Learn more about the lifecycle of sessions](https://stripe.com/docs/identity/how-sessions-work)."""
    type: Literal["document", "id_number"] | str | None = None
    """The type of [verification check](https://stripe.com/docs/identity/verification-checks) to be performed."""
    url: str | None = None
    """The short-lived URL that you use to redirect a user to Stripe to submit their identity information. This URL expires after 48 hours and can only be used once. Don’t store it, log it, send it in emails or expose it to anyone other than the user. Refer to our docs on [verifying identity documents](https://stripe.com/docs/identity/verify-identity-documents?platform=web&type=redirect) to learn how to redirect users to Stripe."""
    verified_outputs: dict[str, Any] | None = None
    """The user’s verified data."""
