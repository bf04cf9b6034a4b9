# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class IdentityVerificationSession(StripeObject):
    """A VerificationSession guides you through the process of collecting and verifying the identities
    of your users. It contains details about the type of verification, such as what [verification
    check](/docs/identity/verification-checks) to perform. Only create one VerificationSession for
    each verification in your system.

    A VerificationSession transitions through [multiple
    statuses](/docs/identity/how-sessions-work) throughout its lifetime as it progresses through
    the verification flow. The VerificationSession contains the user's verified data after
    verification checks are complete.

    Related guide: [The Verification Sessions API](https://stripe.com/docs/identity/verification-sessions)
    """

    client_secret: str | None = None
    """The short-lived client secret used by Stripe.js to [show a verification modal](https://stripe.com/docs/js/identity/modal) inside your app. This client secret expires after 24 hours and can only be used once. Don’t store it, log it, embed it in a URL, or expose it to anyone other than the user. Make sure that you have TLS enabled on any page that includes the client secret. Refer to our docs on [passing the client secret to the frontend](https://stripe.com/docs/identity/verification-sessions#client-secret) to learn more."""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    id: str
    """Unique identifier for the object."""
    last_error: GelatoSessionLastError | None = None
    """If present, this property tells you the last error encountered when processing the verification."""
    last_verification_report: str | IdentityVerificationReport | StripeObject | None = None
    """ID of the most recent VerificationReport. [Learn more about accessing detailed verification results.](https://stripe.com/docs/identity/verification-sessions#results)"""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    object: Literal["identity.verification_session"]
    """String representing the object's type. Objects of the same type share the same value."""
    options: GelatoVerificationSessionOptions | None = None
    """A set of options for the session’s verification checks."""
    redaction: VerificationSessionRedaction | None = None
    """Redaction status of this VerificationSession. If the VerificationSession is not redacted, this field will be null."""
    status: Literal["canceled", "processing", "requires_input", "verified"] | str
    """Status of this VerificationSession. [Learn more about the lifecycle of sessions](https://stripe.com/docs/identity/how-sessions-work)."""
    type: Literal["document", "id_number"] | str | None = None
    """The type of [verification check](https://stripe.com/docs/identity/verification-checks) to be performed."""
    url: str | None = None
    """The short-lived URL that you use to redirect a user to Stripe to submit their identity information. This URL expires after 48 hours and can only be used once. Don’t store it, log it, send it in emails or expose it to anyone other than the user. Refer to our docs on [verifying identity documents](https://stripe.com/docs/identity/verify-identity-documents?platform=web&type=redirect) to learn how to redirect users to Stripe."""
    verified_outputs: GelatoVerifiedOutputs | None = None
    """The user’s verified data."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .gelato_session_last_error import GelatoSessionLastError
from .gelato_verification_session_options import GelatoVerificationSessionOptions
from .gelato_verified_outputs import GelatoVerifiedOutputs
from .identity_verification_report import IdentityVerificationReport
from .verification_session_redaction import VerificationSessionRedaction
