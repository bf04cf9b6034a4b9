# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentIntentNextActionRedirectToUrl(StripeObject):
    """PaymentIntentNextActionRedirectToUrl"""

    return_url: str | None = None
    """If the customer does not exit their browser while authenticating, they will be redirected to this specified URL after completion."""
    url: str | None = None
    """The URL you must redirect your customer to in order to authenticate the payment."""
