# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class IssuingTransactionPurchaseDetails(StripeObject):
    """IssuingTransactionPurchaseDetails"""

    flight: IssuingTransactionFlightData | None = None
    """Information about the flight that was purchased with this transaction."""
    fuel: IssuingTransactionFuelData | None = None
    """Information about fuel that was purchased with this transaction."""
    lodging: IssuingTransactionLodgingData | None = None
    """Information about lodging that was purchased with this transaction."""
    receipt: list[IssuingTransactionReceiptData] | None = None
    """The line items in the purchase."""
    reference: str | None = None
    """A merchant-specific order number."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .issuing_transaction_flight_data import IssuingTransactionFlightData
from .issuing_transaction_fuel_data import IssuingTransactionFuelData
from .issuing_transaction_lodging_data import IssuingTransactionLodgingData
from .issuing_transaction_receipt_data import IssuingTransactionReceiptData
