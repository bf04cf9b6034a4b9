# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class IssuingDispute(StripeObject):
    """As a [card issuer](https://stripe.com/docs/issuing), you can dispute transactions that the cardholder does not recognize, suspects to be fraudulent, or has other issues with.

    Related guide: [Disputing Transactions](https://stripe.com/docs/issuing/purchases/disputes)
    """

    amount: int
    """Disputed amount in the card's currency and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal). Usually the amount of the `transaction`, but can differ (usually because of currency fluctuation)."""
    balance_transactions: list[BalanceTransaction] | None = None
    """List of balance transactions associated with the dispute."""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str
    """The currency the `transaction` was made in."""
    evidence: IssuingDisputeEvidence
    id: str
    """Unique identifier for the object."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    object: Literal["issuing.dispute"]
    """String representing the object's type. Objects of the same type share the same value."""
    status: Literal["expired", "lost", "submitted", "unsubmitted", "won"] | str
    """Current status of the dispute."""
    transaction: str | IssuingTransaction | StripeObject
    """The transaction being disputed."""
    treasury: IssuingDisputeTreasury | None = None
    """[Treasury](https://stripe.com/docs/api/treasury) details related to this dispute if it was created on a [FinancialAccount](/docs/api/treasury/financial_accounts"""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .balance_transaction import BalanceTransaction
from .issuing_dispute_evidence import IssuingDisputeEvidence
from .issuing_dispute_treasury import IssuingDisputeTreasury
from .issuing_transaction import IssuingTransaction
