# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class SetupIntent(StripeObject):
    """A SetupIntent guides you through the process of setting up and saving a customer's payment credentials for future payments.
    For example, you could use a SetupIntent to set up and save your customer's card without immediately collecting a payment.
    Later, you can use [PaymentIntents](https://stripe.com/docs/api#payment_intents) to drive the payment flow.

    Create a SetupIntent as soon as you're ready to collect your customer's payment credentials.
    Do not maintain long-lived, unconfirmed SetupIntents as they may no longer be valid.
    The SetupIntent then transitions through multiple [statuses](https://stripe.com/docs/payments/intents#intent-statuses) as it guides
    you through the setup process.

    Successful SetupIntents result in payment credentials that are optimized for future payments.
    For example, cardholders in [certain regions](/guides/strong-customer-authentication) may need to be run through
    [Strong Customer Authentication](https://stripe.com/docs/strong-customer-authentication) at the time of payment method collection
    in order to streamline later [off-session payments](https://stripe.com/docs/payments/setup-intents).
    If the SetupIntent is used with a [Customer](https://stripe.com/docs/api#setup_intent_object-customer), upon success,
    it will automatically attach the resulting payment method to that Customer.
    We recommend using SetupIntents or [setup_future_usage](https://stripe.com/docs/api#payment_intent_object-setup_future_usage) on
    PaymentIntents to save payment methods in order to prevent saving invalid or unoptimized payment methods.

    By using SetupIntents, you ensure that your customers experience the minimum set of required friction,
    even as regulations change over time.

    Related guide: [Setup Intents API](https://stripe.com/docs/payments/setup-intents)
    """

    application: str | Application | StripeObject | None = None
    """ID of the Connect application that created the SetupIntent."""
    attach_to_self: bool | None = None
    """If present, the SetupIntent's payment method will be attached to the in-context Stripe Account.

        It can only be used for this Stripe Account’s own money movement flows like InboundTransfer and OutboundTransfers. It cannot be set to true when setting up a PaymentMethod for a Customer, and defaults to false when attaching a PaymentMethod to a Customer.
        """
    automatic_payment_methods: PaymentFlowsAutomaticPaymentMethodsSetupIntent | None = None
    """Settings for dynamic payment methods compatible with this Setup Intent"""
    cancellation_reason: Literal["abandoned", "duplicate", "requested_by_customer"] | str | None = (
        None
    )
    """Reason for cancellation of this SetupIntent, one of `abandoned`, `requested_by_customer`, or `duplicate`."""
    client_secret: str | None = None
    """The client secret of this SetupIntent. Used for client-side retrieval using a publishable key.

        The client secret can be used to complete payment setup from your frontend. It should not be stored, logged, or exposed to anyone other than the customer. Make sure that you have TLS enabled on any page that includes the client secret.
        """
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    customer: str | Customer | DeletedCustomer | StripeObject | None = None
    """ID of the Customer this SetupIntent belongs to, if one exists.

        If present, the SetupIntent's payment method will be attached to the Customer on successful setup. Payment methods attached to other Customers cannot be used with this SetupIntent.
        """
    description: str | None = None
    """An arbitrary string attached to the object. Often useful for displaying to users."""
    flow_directions: list[Literal["inbound", "outbound"] | str] | None = None
    """Indicates the directions of money movement for which this payment method is intended to be used.

        Include `inbound` if you intend to use the payment method as the origin to pull funds from. Include `outbound` if you intend to use the payment method as the destination to send funds to. You can include both if you intend to use the payment method for both purposes.
        """
    id: str
    """Unique identifier for the object."""
    last_setup_error: ApiErrors | None = None
    """The error encountered in the previous SetupIntent confirmation."""
    latest_attempt: str | SetupAttempt | StripeObject | None = None
    """The most recent SetupAttempt for this SetupIntent."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    mandate: str | Mandate | StripeObject | None = None
    """ID of the multi use Mandate generated by the SetupIntent."""
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    next_action: SetupIntentNextAction | None = None
    """If present, this property tells you what actions you need to take in order for your customer to continue payment setup."""
    object: Literal["setup_intent"]
    """String representing the object's type. Objects of the same type share the same value."""
    on_behalf_of: str | Account | StripeObject | None = None
    """The account (if any) for which the setup is intended."""
    payment_method: str | PaymentMethod | StripeObject | None = None
    """ID of the payment method used with this SetupIntent."""
    payment_method_options: SetupIntentPaymentMethodOptions | None = None
    """Payment-method-specific configuration for this SetupIntent."""
    payment_method_types: list[str]
    """The list of payment method types (e.g. card) that this SetupIntent is allowed to set up."""
    single_use_mandate: str | Mandate | StripeObject | None = None
    """ID of the single_use Mandate generated by the SetupIntent."""
    status: (
        Literal[
            "canceled",
            "processing",
            "requires_action",
            "requires_confirmation",
            "requires_payment_method",
            "succeeded",
        ]
        | str
    )
    """[Status](https://stripe.com/docs/payments/intents#intent-statuses) of this SetupIntent, one of `requires_payment_method`, `requires_confirmation`, `requires_action`, `processing`, `canceled`, or `succeeded`."""
    usage: str
    """Indicates how the payment method is intended to be used in the future.

        Use `on_session` if you intend to only reuse the payment method when the customer is in your checkout flow. Use `off_session` if your customer may or may not be in your checkout flow. If not provided, this value defaults to `off_session`.
        """


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .account import Account
from .api_errors import ApiErrors
from .application import Application
from .customer import Customer
from .deleted_customer import DeletedCustomer
from .mandate import Mandate
from .payment_flows_automatic_payment_methods_setup_intent import (
    PaymentFlowsAutomaticPaymentMethodsSetupIntent,
)
from .payment_method import PaymentMethod
from .setup_attempt import SetupAttempt
from .setup_intent_next_action import SetupIntentNextAction
from .setup_intent_payment_method_options import SetupIntentPaymentMethodOptions
