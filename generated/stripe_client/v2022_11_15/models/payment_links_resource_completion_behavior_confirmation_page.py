# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentLinksResourceCompletionBehaviorConfirmationPage(StripeObject):
    """PaymentLinksResourceCompletionBehaviorConfirmationPage"""

    custom_message: str | None = None
    """The custom message that is displayed to the customer after the purchase is complete."""
