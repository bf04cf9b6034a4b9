# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class SourceTypeAchCreditTransfer(StripeObject):
    account_number: str | None = None
    bank_name: str | None = None
    fingerprint: str | None = None
    refund_account_holder_name: str | None = None
    refund_account_holder_type: str | None = None
    refund_routing_number: str | None = None
    routing_number: str | None = None
    swift_code: str | None = None
