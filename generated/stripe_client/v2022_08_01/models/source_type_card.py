# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class SourceTypeCard(StripeObject):
    address_line1_check: str | None = None
    address_zip_check: str | None = None
    brand: str | None = None
    country: str | None = None
    cvc_check: str | None = None
    dynamic_last4: str | None = None
    exp_month: int | None = None
    exp_year: int | None = None
    fingerprint: str | None = None
    funding: str | None = None
    last4: str | None = None
    name: str | None = None
    three_d_secure: str | None = None
    tokenization_method: str | None = None
