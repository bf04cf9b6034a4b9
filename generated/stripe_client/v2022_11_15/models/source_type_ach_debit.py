# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class SourceTypeAchDebit(StripeObject):
    bank_name: str | None = None
    country: str | None = None
    fingerprint: str | None = None
    last4: str | None = None
    routing_number: str | None = None
    type: str | None = None
