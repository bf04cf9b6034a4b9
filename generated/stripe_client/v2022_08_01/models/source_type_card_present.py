# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class SourceTypeCardPresent(StripeObject):
    application_cryptogram: str | None = None
    application_preferred_name: str | None = None
    authorization_code: str | None = None
    authorization_response_code: str | None = None
    brand: str | None = None
    country: str | None = None
    cvm_type: str | None = None
    data_type: str | None = None
    dedicated_file_name: str | None = None
    emv_auth_data: str | None = None
    evidence_customer_signature: str | None = None
    evidence_transaction_certificate: str | None = None
    exp_month: int | None = None
    exp_year: int | None = None
    fingerprint: str | None = None
    funding: str | None = None
    last4: str | None = None
    pos_device_id: str | None = None
    pos_entry_mode: str | None = None
    read_method: str | None = None
    reader: str | None = None
    terminal_verification_results: str | None = None
    transaction_status_information: str | None = None
