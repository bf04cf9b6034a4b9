# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class SourceTypeSepaDebit(StripeObject):
    bank_code: str | None = None
    branch_code: str | None = None
    country: str | None = None
    fingerprint: str | None = None
    last4: str | None = None
    mandate_reference: str | None = None
    mandate_url: str | None = None
