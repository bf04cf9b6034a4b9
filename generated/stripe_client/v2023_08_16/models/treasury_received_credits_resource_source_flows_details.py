# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class TreasuryReceivedCreditsResourceSourceFlowsDetails(StripeObject):
    """TreasuryReceivedCreditsResourceSourceFlowsDetails"""

    credit_reversal: TreasuryCreditReversal | None = None
    """You can reverse some [ReceivedCredits](https://stripe.com/docs/api#received_credits) depending on their network and source flow. Reversing a ReceivedCredit leads to the creation of a new object known as a CreditReversal."""
    outbound_payment: TreasuryOutboundPayment | None = None
    """Use OutboundPayments to send funds to another party's external bank account or [FinancialAccount](https://stripe.com/docs/api#financial_accounts). To send money to an account belonging to the same user, use an [OutboundTransfer](https://stripe.com/docs/api#outbound_transfers).

        Simulate OutboundPayment state changes with the `/v1/test_helpers/treasury/outbound_payments` endpoints. These methods can only be called on test mode objects.
        """
    payout: Payout | None = None
    """A `Payout` object is created when you receive funds from Stripe, or when you
        initiate a payout to either a bank account or debit card of a [connected
        Stripe account](/docs/connect/bank-debit-card-payouts). You can retrieve individual payouts,
        as well as list all payouts. Payouts are made on [varying
        schedules](/docs/connect/manage-payout-schedule), depending on your country and
        industry.

        Related guide: [Receiving payouts](https://stripe.com/docs/payouts)
        """
    type: Literal["credit_reversal", "other", "outbound_payment", "payout"] | str
    """The type of the source flow that originated the ReceivedCredit."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .payout import Payout
from .treasury_credit_reversal import TreasuryCreditReversal
from .treasury_outbound_payment import TreasuryOutboundPayment
