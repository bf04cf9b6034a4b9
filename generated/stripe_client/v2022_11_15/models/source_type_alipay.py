# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class SourceTypeAlipay(StripeObject):
    data_string: str | None = None
    native_url: str | None = None
    statement_descriptor: str | None = None
