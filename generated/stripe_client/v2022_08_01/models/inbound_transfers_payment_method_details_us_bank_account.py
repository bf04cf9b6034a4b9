# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class InboundTransfersPaymentMethodDetailsUsBankAccount(StripeObject):
    """inbound_transfers_payment_method_details_us_bank_account"""

    account_holder_type: Literal["company", "individual"] | str | None = None
    """Account holder type: individual or company."""
    account_type: Literal["checking", "savings"] | str | None = None
    """Account type: checkings or savings. Defaults to checking if omitted."""
    bank_name: str | None = None
    """Name of the bank associated with the bank account."""
    fingerprint: str | None = None
    """Uniquely identifies this particular bank account. You can use this attribute to check whether two bank accounts are the same."""
    last4: str | None = None
    """Last four digits of the bank account number."""
    network: Literal["ach"]
    """The US bank account network used to debit funds."""
    routing_number: str | None = None
    """Routing number of the bank account."""
