# File generated from spec/ (API version 2024-02-15, spec sha256 28d2af1d96921294) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class SubscriptionsResourcePauseCollection(StripeObject):
    """SubscriptionsResourcePauseCollection"""

    behavior: Literal["keep_as_draft", "mark_uncollectible", "void"] | str
    """The payment collection behavior for this subscription while paused."""
    resumes_at: int | None = None
    """The time after which the subscription will resume collecting payments."""
