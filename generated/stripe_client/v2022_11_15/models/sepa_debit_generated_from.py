# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class SepaDebitGeneratedFrom(StripeObject):
    """sepa_debit_generated_from"""

    charge: str | Charge | StripeObject | None = None
    """The ID of the Charge that generated this PaymentMethod, if any."""
    setup_attempt: str | SetupAttempt | StripeObject | None = None
    """The ID of the SetupAttempt that generated this PaymentMethod, if any."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .charge import Charge
from .setup_attempt import SetupAttempt
