# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class Charge(StripeObject):
    """The `Charge` object represents a single attempt to move money into your Stripe account.
    PaymentIntent confirmation is the most common way to create Charges, but transferring
    money to a different Stripe account through Connect also creates Charges.
    Some legacy payment flows create Charges directly, which is not recommended for new integrations.
    """

    amount: int
    """Amount intended to be collected by this payment. A positive integer representing how much to charge in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal) (e.g., 100 cents to charge $1.00 or 100 to charge ¥100, a zero-decimal currency). The minimum amount is $0.50 US or [equivalent in charge currency](https://stripe.com/docs/currencies#minimum-and-maximum-charge-amounts). The amount value supports up to eight digits (e.g., a value of 99999999 for a USD charge of $999,999.99)."""
    amount_captured: int
    """Amount in cents (or local equivalent) captured (can be less than the amount attribute on the charge if a partial capture was made)."""
    amount_refunded: int
    """Amount in cents (or local equivalent) refunded (can be less than the amount attribute on the charge if a partial refund was issued)."""
    application: str | Application | StripeObject | None = None
    """ID of the Connect application that created the charge."""
    application_fee: str | ApplicationFee | StripeObject | None = None
    """The application fee (if any) for the charge. [See the Connect documentation](https://stripe.com/docs/connect/direct-charges#collecting-fees) for details."""
    application_fee_amount: int | None = None
    """The amount of the application fee (if any) requested for the charge. [See the Connect documentation](https://stripe.com/docs/connect/direct-charges#collecting-fees) for details."""
    balance_transaction: str | BalanceTransaction | StripeObject | None = None
    """ID of the balance transaction that describes the impact of this charge on your account balance (not including refunds or disputes)."""
    billing_details: BillingDetails
    calculated_statement_descriptor: str | None = None
    """The full statement descriptor that is passed to card networks, and that is displayed on your customers' credit card and bank statements. Allows you to see what the statement descriptor looks like after the static and dynamic portions are combined."""
    captured: bool
    """If the charge was created without capturing, this Boolean represents whether it is still uncaptured or has since been captured."""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    customer: str | Customer | DeletedCustomer | StripeObject | None = None
    """ID of the customer this charge is for if one exists."""
    description: str | None = None
    """An arbitrary string attached to the object. Often useful for displaying to users."""
    disputed: bool
    """Whether the charge has been disputed."""
    failure_balance_transaction: str | BalanceTransaction | StripeObject | None = None
    """ID of the balance transaction that describes the reversal of the balance on your account due to payment failure."""
    failure_code: str | None = None
    """Error code explaining reason for charge failure if available (see [the errors section](https://stripe.com/docs/error-codes) for a list of codes)."""
    failure_message: str | None = None
    """Message to user further explaining reason for charge failure if available."""
    fraud_details: ChargeFraudDetails | None = None
    """Information on fraud assessments for the charge."""
    id: str
    """Unique identifier for the object."""
    invoice: str | Invoice | StripeObject | None = None
    """ID of the invoice this charge is for if one exists."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    object: Literal["charge"]
    """String representing the object's type. Objects of the same type share the same value."""
    on_behalf_of: str | Account | StripeObject | None = None
    """The account (if any) the charge was made on behalf of without triggering an automatic transfer. See the [Connect documentation](https://stripe.com/docs/connect/separate-charges-and-transfers) for details."""
    outcome: ChargeOutcome | None = None
    """Details about whether the payment was accepted, and why. See [understanding declines](https://stripe.com/docs/declines) for details."""
    paid: bool
    """`true` if the charge succeeded, or was successfully authorized for later capture."""
    payment_intent: str | PaymentIntent | StripeObject | None = None
    """ID of the PaymentIntent associated with this charge, if one exists."""
    payment_method: str | None = None
    """ID of the payment method used in this charge."""
    payment_method_details: PaymentMethodDetails | None = None
    """Details about the payment method at the time of the transaction."""
    radar_options: RadarRadarOptions | None = None
    """Options to configure Radar. See [Radar Session](https://stripe.com/docs/radar/radar-session) for more information."""
    receipt_email: str | None = None
    """This is the email address that the receipt for this charge was sent to."""
    receipt_number: str | None = None
    """This is the transaction number that appears on email receipts sent for this charge. This attribute will be `null` until a receipt has been sent."""
    receipt_url: str | None = None
    """This is the URL to view the receipt for this charge. The receipt is kept up-to-date to the latest state of the charge, including any refunds. If the charge is for an Invoice, the receipt will be stylized as an Invoice receipt."""
    refunded: bool
    """Whether the charge has been fully refunded. If the charge is only partially refunded, this attribute will still be false."""
    refunds: ChargeRefunds | None = None
    """A list of refunds that have been applied to the charge."""
    review: str | Review | StripeObject | None = None
    """ID of the review associated with this charge if one exists."""
    shipping: Shipping | None = None
    """Shipping information for the charge."""
    source_transfer: str | Transfer | StripeObject | None = None
    """The transfer ID which created this charge. Only present if the charge came from another Stripe account. [See the Connect documentation](https://stripe.com/docs/connect/destination-charges) for details."""
    statement_descriptor: str | None = None
    """For card charges, use `statement_descriptor_suffix` instead. Otherwise, you can use this value as the complete description of a charge on your customers’ statements. Must contain at least one letter, maximum 22 characters."""
    statement_descriptor_suffix: str | None = None
    """Provides information about the charge that customers see on their statements. Concatenated with the prefix (shortened descriptor) or statement descriptor that’s set on the account to form the complete statement descriptor. Maximum 22 characters for the concatenated descriptor."""
    status: Literal["failed", "pending", "succeeded"] | str
    """The status of the payment is either `succeeded`, `pending`, or `failed`."""
    transfer: str | Transfer | StripeObject | None = None
    """ID of the transfer to the `destination` account (only applicable if the charge was created using the `destination` parameter)."""
    transfer_data: ChargeTransferData | None = None
    """An optional dictionary including the account to automatically transfer to as part of a destination charge. [See the Connect documentation](https://stripe.com/docs/connect/destination-charges) for details."""
    transfer_group: str | None = None
    """A string that identifies this transaction as part of a group. See the [Connect documentation](https://stripe.com/docs/connect/separate-charges-and-transfers#transfer-options) for details."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .account import Account
from .application import Application
from .application_fee import ApplicationFee
from .balance_transaction import BalanceTransaction
from .billing_details import BillingDetails
from .charge_fraud_details import ChargeFraudDetails
from .charge_outcome import ChargeOutcome
from .charge_refunds import ChargeRefunds
from .charge_transfer_data import ChargeTransferData
from .customer import Customer
from .deleted_customer import DeletedCustomer
from .invoice import Invoice
from .payment_intent import PaymentIntent
from .payment_method_details import PaymentMethodDetails
from .radar_radar_options import RadarRadarOptions
from .review import Review
from .shipping import Shipping
from .transfer import Transfer
