# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class IssuingCardholderVerification(StripeObject):
    """IssuingCardholderVerification"""

    document: IssuingCardholderIdDocument | None = None
    """An identifying document, either a passport or local ID card."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .issuing_cardholder_id_document import IssuingCardholderIdDocument
