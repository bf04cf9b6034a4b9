# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class TreasuryOutboundPaymentEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: TreasuryOutboundPayment
    """Use OutboundPayments to send funds to another party's external bank account or [FinancialAccount](https://stripe.com/docs/api#financial_accounts). To send money to an account belonging to the same user, use an [OutboundTransfer](https://stripe.com/docs/api#outbound_transfers).

        Simulate OutboundPayment state changes with the `/v1/test_helpers/treasury/outbound_payments` endpoints. These methods can only be called on test mode objects.
        """
    previous_attributes: TreasuryOutboundPaymentPreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .treasury_outbound_payment import TreasuryOutboundPayment
from .treasury_outbound_payment_previous_attributes import TreasuryOutboundPaymentPreviousAttributes
