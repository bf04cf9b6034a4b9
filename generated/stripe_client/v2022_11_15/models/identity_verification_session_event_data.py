# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class IdentityVerificationSessionEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: IdentityVerificationSession
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
    previous_attributes: IdentityVerificationSessionPreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .identity_verification_session import IdentityVerificationSession
from .identity_verification_session_previous_attributes import (
    IdentityVerificationSessionPreviousAttributes,
)
