# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class PaymentLinksResourceConsentCollection(StripeObject):
    """PaymentLinksResourceConsentCollection"""

    promotions: Literal["auto", "none"] | str | None = None
    """If set to `auto`, enables the collection of customer consent for promotional communications."""
    terms_of_service: Literal["none", "required"] | str | None = None
    """If set to `required`, it requires cutomers to accept the terms of service before being able to pay. If set to `none`, customers won't be shown a checkbox to accept the terms of service."""
