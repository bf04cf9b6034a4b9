# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class SourceTypeAcssDebit(StripeObject):
    bank_address_city: str | None = None
    bank_address_line_1: str | None = None
    bank_address_line_2: str | None = None
    bank_address_postal_code: str | None = None
    bank_name: str | None = None
    category: str | None = None
    country: str | None = None
    fingerprint: str | None = None
    last4: str | None = None
    routing_number: str | None = None
