# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class SourceTypeAuBecsDebit(StripeObject):
    bsb_number: str | None = None
    fingerprint: str | None = None
    last4: str | None = None
