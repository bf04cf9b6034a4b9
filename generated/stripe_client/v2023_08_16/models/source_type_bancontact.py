# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class SourceTypeBancontact(StripeObject):
    bank_code: str | None = None
    bank_name: str | None = None
    bic: str | None = None
    iban_last4: str | None = None
    preferred_language: str | None = None
    statement_descriptor: str | None = None
