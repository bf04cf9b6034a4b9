# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class PaymentMethodUsBankAccount(StripeObject):
    """payment_method_us_bank_account"""

    account_holder_type: Literal["company", "individual"] | str | None = None
    """Account holder type: individual or company."""
    account_type: Literal["checking", "savings"] | str | None = None
    """Account type: checkings or savings. Defaults to checking if omitted."""
    bank_name: str | None = None
    """The name of the bank."""
    financial_connections_account: str | None = None
    """The ID of the Financial Connections Account used to create the payment method."""
    fingerprint: str | None = None
    """Uniquely identifies this particular bank account. You can use this attribute to check whether two bank accounts are the same."""
    last4: str | None = None
    """Last four digits of the bank account number."""
    networks: UsBankAccountNetworks | None = None
    """Contains information about US bank account networks that can be used."""
    routing_number: str | None = None
    """Routing number of the bank account."""
    status_details: PaymentMethodUsBankAccountStatusDetails | None = None
    """Contains information about the future reusability of this PaymentMethod."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .payment_method_us_bank_account_status_details import PaymentMethodUsBankAccountStatusDetails
from .us_bank_account_networks import UsBankAccountNetworks
