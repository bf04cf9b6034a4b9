# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class TreasuryReceivedCreditEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: TreasuryReceivedCredit
    """ReceivedCredits represent funds sent to a [FinancialAccount](https://stripe.com/docs/api#financial_accounts) (for example, via ACH or wire). These money movements are not initiated from the FinancialAccount."""
    previous_attributes: TreasuryReceivedCreditPreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .treasury_received_credit import TreasuryReceivedCredit
from .treasury_received_credit_previous_attributes import TreasuryReceivedCreditPreviousAttributes
