# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class SetupIntentEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: SetupIntent
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

        Related guide: [Setup Intents API](https://stripe.com/docs/payments/setup-intents).
        """
    previous_attributes: SetupIntentPreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .setup_intent import SetupIntent
from .setup_intent_previous_attributes import SetupIntentPreviousAttributes
