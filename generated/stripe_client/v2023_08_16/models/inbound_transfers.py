# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class InboundTransfers(StripeObject):
    """InboundTransfers"""

    billing_details: TreasurySharedResourceBillingDetails
    type: Literal["us_bank_account"]
    """The type of the payment method used in the InboundTransfer."""
    us_bank_account: InboundTransfersPaymentMethodDetailsUsBankAccount | None = None


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .inbound_transfers_payment_method_details_us_bank_account import (
    InboundTransfersPaymentMethodDetailsUsBankAccount,
)
from .treasury_shared_resource_billing_details import TreasurySharedResourceBillingDetails
