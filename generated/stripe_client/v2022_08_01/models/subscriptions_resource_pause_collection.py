# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class SubscriptionsResourcePauseCollection(StripeObject):
    """The Pause Collection settings determine how we will pause collection for this subscription and for how long the subscription
    should be paused.
    """

    behavior: Literal["keep_as_draft", "mark_uncollectible", "void"] | str
    """The payment collection behavior for this subscription while paused. One of `keep_as_draft`, `mark_uncollectible`, or `void`."""
    resumes_at: int | None = None
    """The time after which the subscription will resume collecting payments."""
