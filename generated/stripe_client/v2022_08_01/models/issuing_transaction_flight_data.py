# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class IssuingTransactionFlightData(StripeObject):
    """IssuingTransactionFlightData"""

    departure_at: int | None = None
    """The time that the flight departed."""
    passenger_name: str | None = None
    """The name of the passenger."""
    refundable: bool | None = None
    """Whether the ticket is refundable."""
    segments: list[IssuingTransactionFlightDataLeg] | None = None
    """The legs of the trip."""
    travel_agency: str | None = None
    """The travel agency that issued the ticket."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .issuing_transaction_flight_data_leg import IssuingTransactionFlightDataLeg
