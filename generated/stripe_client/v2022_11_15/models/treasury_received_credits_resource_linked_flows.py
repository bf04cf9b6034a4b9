# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class TreasuryReceivedCreditsResourceLinkedFlows(StripeObject):
    """TreasuryReceivedCreditsResourceLinkedFlows"""

    credit_reversal: str | None = None
    """The CreditReversal created as a result of this ReceivedCredit being reversed."""
    issuing_authorization: str | None = None
    """Set if the ReceivedCredit was created due to an [Issuing Authorization](https://stripe.com/docs/api#issuing_authorizations) object."""
    issuing_transaction: str | None = None
    """Set if the ReceivedCredit is also viewable as an [Issuing transaction](https://stripe.com/docs/api#issuing_transactions) object."""
    source_flow: str | None = None
    """ID of the source flow. Set if `network` is `stripe` and the source flow is visible to the user. Examples of source flows include OutboundPayments, payouts, or CreditReversals."""
    source_flow_details: TreasuryReceivedCreditsResourceSourceFlowsDetails | None = None
    """The expandable object of the source flow."""
    source_flow_type: str | None = None
    """The type of flow that originated the ReceivedCredit (for example, `outbound_payment`)."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .treasury_received_credits_resource_source_flows_details import (
    TreasuryReceivedCreditsResourceSourceFlowsDetails,
)
