# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class IssuingTransactionFlightDataLeg(StripeObject):
    """IssuingTransactionFlightDataLeg"""

    arrival_airport_code: str | None = None
    """The three-letter IATA airport code of the flight's destination."""
    carrier: str | None = None
    """The airline carrier code."""
    departure_airport_code: str | None = None
    """The three-letter IATA airport code that the flight departed from."""
    flight_number: str | None = None
    """The flight number."""
    service_class: str | None = None
    """The flight's service class."""
    stopover_allowed: bool | None = None
    """Whether a stopover is allowed on this flight."""
