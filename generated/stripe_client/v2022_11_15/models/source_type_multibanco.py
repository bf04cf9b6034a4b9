# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class SourceTypeMultibanco(StripeObject):
    entity: str | None = None
    reference: str | None = None
    refund_account_holder_address_city: str | None = None
    refund_account_holder_address_country: str | None = None
    refund_account_holder_address_line1: str | None = None
    refund_account_holder_address_line2: str | None = None
    refund_account_holder_address_postal_code: str | None = None
    refund_account_holder_address_state: str | None = None
    refund_account_holder_name: str | None = None
    refund_iban: str | None = None
