# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class SourceTypeWechat(StripeObject):
    prepay_id: str | None = None
    qr_code_url: str | None = None
    statement_descriptor: str | None = None
