# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class PaymentLinksResourceAfterCompletion(StripeObject):
    """PaymentLinksResourceAfterCompletion"""

    hosted_confirmation: PaymentLinksResourceCompletionBehaviorConfirmationPage | None = None
    redirect: PaymentLinksResourceCompletionBehaviorRedirect | None = None
    type: Literal["hosted_confirmation", "redirect"] | str
    """The specified behavior after the purchase is complete."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .payment_links_resource_completion_behavior_confirmation_page import (
    PaymentLinksResourceCompletionBehaviorConfirmationPage,
)
from .payment_links_resource_completion_behavior_redirect import (
    PaymentLinksResourceCompletionBehaviorRedirect,
)
