# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class RadarEarlyFraudWarning(StripeObject):
    """An early fraud warning indicates that the card issuer has notified us that a
    charge may be fraudulent.

    Related guide: [Early Fraud Warnings](https://stripe.com/docs/disputes/measuring#early-fraud-warnings).
    """

    actionable: bool
    """An EFW is actionable if it has not received a dispute and has not been fully refunded. You may wish to proactively refund a charge that receives an EFW, in order to avoid receiving a dispute later."""
    charge: str | Charge | StripeObject
    """ID of the charge this early fraud warning is for, optionally expanded."""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    fraud_type: str
    """The type of fraud labelled by the issuer. One of `card_never_received`, `fraudulent_card_application`, `made_with_counterfeit_card`, `made_with_lost_card`, `made_with_stolen_card`, `misc`, `unauthorized_use_of_card`."""
    id: str
    """Unique identifier for the object."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    object: Literal["radar.early_fraud_warning"]
    """String representing the object's type. Objects of the same type share the same value."""
    payment_intent: str | PaymentIntent | StripeObject | None = None
    """ID of the Payment Intent this early fraud warning is for, optionally expanded."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .charge import Charge
from .payment_intent import PaymentIntent
