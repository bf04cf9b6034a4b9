# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class SetupAttempt(StripeObject):
    """A SetupAttempt describes one attempted confirmation of a SetupIntent,
    whether that confirmation was successful or unsuccessful. You can use
    SetupAttempts to inspect details of a specific attempt at setting up a
    payment method using a SetupIntent.
    """

    application: str | Application | StripeObject | None = None
    """The value of [application](https://stripe.com/docs/api/setup_intents/object#setup_intent_object-application) on the SetupIntent at the time of this confirmation."""
    attach_to_self: bool | None = None
    """If present, the SetupIntent's payment method will be attached to the in-context Stripe Account.

        It can only be used for this Stripe Account’s own money movement flows like InboundTransfer and OutboundTransfers. It cannot be set to true when setting up a PaymentMethod for a Customer, and defaults to false when attaching a PaymentMethod to a Customer.
        """
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    customer: str | Customer | DeletedCustomer | StripeObject | None = None
    """The value of [customer](https://stripe.com/docs/api/setup_intents/object#setup_intent_object-customer) on the SetupIntent at the time of this confirmation."""
    flow_directions: list[Literal["inbound", "outbound"] | str] | None = None
    """Indicates the directions of money movement for which this payment method is intended to be used.

        Include `inbound` if you intend to use the payment method as the origin to pull funds from. Include `outbound` if you intend to use the payment method as the destination to send funds to. You can include both if you intend to use the payment method for both purposes.
        """
    id: str
    """Unique identifier for the object."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    object: Literal["setup_attempt"]
    """String representing the object's type. Objects of the same type share the same value."""
    on_behalf_of: str | Account | StripeObject | None = None
    """The value of [on_behalf_of](https://stripe.com/docs/api/setup_intents/object#setup_intent_object-on_behalf_of) on the SetupIntent at the time of this confirmation."""
    payment_method: str | PaymentMethod | StripeObject
    """ID of the payment method used with this SetupAttempt."""
    payment_method_details: SetupAttemptPaymentMethodDetails
    setup_error: ApiErrors | None = None
    """The error encountered during this attempt to confirm the SetupIntent, if any."""
    setup_intent: str | SetupIntent | StripeObject
    """ID of the SetupIntent that this attempt belongs to."""
    status: str
    """Status of this SetupAttempt, one of `requires_confirmation`, `requires_action`, `processing`, `succeeded`, `failed`, or `abandoned`."""
    usage: str
    """The value of [usage](https://stripe.com/docs/api/setup_intents/object#setup_intent_object-usage) on the SetupIntent at the time of this confirmation, one of `off_session` or `on_session`."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .account import Account
from .api_errors import ApiErrors
from .application import Application
from .customer import Customer
from .deleted_customer import DeletedCustomer
from .payment_method import PaymentMethod
from .setup_attempt_payment_method_details import SetupAttemptPaymentMethodDetails
from .setup_intent import SetupIntent
