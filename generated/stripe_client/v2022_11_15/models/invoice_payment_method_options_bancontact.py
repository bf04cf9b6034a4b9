# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class InvoicePaymentMethodOptionsBancontact(StripeObject):
    """invoice_payment_method_options_bancontact"""

    preferred_language: Literal["de", "en", "fr", "nl"] | str
    """Preferred language of the Bancontact authorization page that the customer is redirected to."""
