# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class SourceMandateNotification(StripeObject):
    """Source mandate notifications should be created when a notification related to
    a source mandate must be sent to the payer. They will trigger a webhook or
    deliver an email to the customer.
    """

    acss_debit: SourceMandateNotificationAcssDebitData | None = None
    amount: int | None = None
    """A positive integer in the smallest currency unit (that is, 100 cents for $1.00, or 1 for ¥1, Japanese Yen being a zero-decimal currency) representing the amount associated with the mandate notification. The amount is expressed in the currency of the underlying source. Required if the notification type is `debit_initiated`."""
    bacs_debit: SourceMandateNotificationBacsDebitData | None = None
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    id: str
    """Unique identifier for the object."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    object: Literal["source_mandate_notification"]
    """String representing the object's type. Objects of the same type share the same value."""
    reason: str
    """The reason of the mandate notification. Valid reasons are `mandate_confirmed` or `debit_initiated`."""
    sepa_debit: SourceMandateNotificationSepaDebitData | None = None
    source: Source
    """`Source` objects allow you to accept a variety of payment methods. They
        represent a customer's payment instrument, and can be used with the Stripe API
        just like a `Card` object: once chargeable, they can be charged, or can be
        attached to customers.

        Stripe doesn't recommend using the deprecated [Sources API](https://stripe.com/docs/api/sources).
        We recommend that you adopt the [PaymentMethods API](https://stripe.com/docs/api/payment_methods).
        This newer API provides access to our latest features and payment method types.

        Related guides: [Sources API](https://stripe.com/docs/sources) and [Sources & Customers](https://stripe.com/docs/sources/customers).
        """
    status: str
    """The status of the mandate notification. Valid statuses are `pending` or `submitted`."""
    type: str
    """The type of source this mandate notification is attached to. Should be the source type identifier code for the payment method, such as `three_d_secure`."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .source import Source
from .source_mandate_notification_acss_debit_data import SourceMandateNotificationAcssDebitData
from .source_mandate_notification_bacs_debit_data import SourceMandateNotificationBacsDebitData
from .source_mandate_notification_sepa_debit_data import SourceMandateNotificationSepaDebitData
