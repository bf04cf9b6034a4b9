# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class PaymentMethod(StripeObject):
    """PaymentMethod objects represent your customer's payment instruments.
    You can use them with [PaymentIntents](https://stripe.com/docs/payments/payment-intents) to collect payments or save them to
    Customer objects to store instrument details for future payments.

    Related guides: [Payment Methods](https://stripe.com/docs/payments/payment-methods) and [More Payment Scenarios](https://stripe.com/docs/payments/more-payment-scenarios).
    """

    acss_debit: PaymentMethodAcssDebit | None = None
    affirm: PaymentMethodAffirm | None = None
    afterpay_clearpay: PaymentMethodAfterpayClearpay | None = None
    alipay: PaymentFlowsPrivatePaymentMethodsAlipay | None = None
    au_becs_debit: PaymentMethodAuBecsDebit | None = None
    bacs_debit: PaymentMethodBacsDebit | None = None
    bancontact: PaymentMethodBancontact | None = None
    billing_details: BillingDetails
    blik: PaymentMethodBlik | None = None
    boleto: PaymentMethodBoleto | None = None
    card: PaymentMethodCard | None = None
    card_present: PaymentMethodCardPresent | None = None
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    customer: str | Customer | StripeObject | None = None
    """The ID of the Customer to which this PaymentMethod is saved. This will not be set when the PaymentMethod has not been saved to a Customer."""
    customer_balance: PaymentMethodCustomerBalance | None = None
    eps: PaymentMethodEps | None = None
    fpx: PaymentMethodFpx | None = None
    giropay: PaymentMethodGiropay | None = None
    grabpay: PaymentMethodGrabpay | None = None
    id: str
    """Unique identifier for the object."""
    ideal: PaymentMethodIdeal | None = None
    interac_present: PaymentMethodInteracPresent | None = None
    klarna: PaymentMethodKlarna | None = None
    konbini: PaymentMethodKonbini | None = None
    link: PaymentMethodLink | None = None
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    object: Literal["payment_method"]
    """String representing the object's type. Objects of the same type share the same value."""
    oxxo: PaymentMethodOxxo | None = None
    p24: PaymentMethodP24 | None = None
    paynow: PaymentMethodPaynow | None = None
    pix: PaymentMethodPix | None = None
    promptpay: PaymentMethodPromptpay | None = None
    radar_options: RadarRadarOptions | None = None
    """Options to configure Radar. See [Radar Session](https://stripe.com/docs/radar/radar-session) for more information."""
    sepa_debit: PaymentMethodSepaDebit | None = None
    sofort: PaymentMethodSofort | None = None
    type: (
        Literal[
            "acss_debit",
            "affirm",
            "afterpay_clearpay",
            "alipay",
            "au_becs_debit",
            "bacs_debit",
            "bancontact",
            "blik",
            "boleto",
            "card",
            "card_present",
            "customer_balance",
            "eps",
            "fpx",
            "giropay",
            "grabpay",
            "ideal",
            "interac_present",
            "klarna",
            "konbini",
            "link",
            "oxxo",
            "p24",
            "paynow",
            "pix",
            "promptpay",
            "sepa_debit",
            "sofort",
            "us_bank_account",
            "wechat_pay",
        ]
        | str
    )
    """The type of the PaymentMethod. An additional hash is included on the PaymentMethod with a name matching this value. It contains additional information specific to the PaymentMethod type."""
    us_bank_account: PaymentMethodUsBankAccount | None = None
    wechat_pay: PaymentMethodWechatPay | None = None


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .billing_details import BillingDetails
from .customer import Customer
from .payment_flows_private_payment_methods_alipay import PaymentFlowsPrivatePaymentMethodsAlipay
from .payment_method_acss_debit import PaymentMethodAcssDebit
from .payment_method_affirm import PaymentMethodAffirm
from .payment_method_afterpay_clearpay import PaymentMethodAfterpayClearpay
from .payment_method_au_becs_debit import PaymentMethodAuBecsDebit
from .payment_method_bacs_debit import PaymentMethodBacsDebit
from .payment_method_bancontact import PaymentMethodBancontact
from .payment_method_blik import PaymentMethodBlik
from .payment_method_boleto import PaymentMethodBoleto
from .payment_method_card import PaymentMethodCard
from .payment_method_card_present import PaymentMethodCardPresent
from .payment_method_customer_balance import PaymentMethodCustomerBalance
from .payment_method_eps import PaymentMethodEps
from .payment_method_fpx import PaymentMethodFpx
from .payment_method_giropay import PaymentMethodGiropay
from .payment_method_grabpay import PaymentMethodGrabpay
from .payment_method_ideal import PaymentMethodIdeal
from .payment_method_interac_present import PaymentMethodInteracPresent
from .payment_method_klarna import PaymentMethodKlarna
from .payment_method_konbini import PaymentMethodKonbini
from .payment_method_link import PaymentMethodLink
from .payment_method_oxxo import PaymentMethodOxxo
from .payment_method_p24 import PaymentMethodP24
from .payment_method_paynow import PaymentMethodPaynow
from .payment_method_pix import PaymentMethodPix
from .payment_method_promptpay import PaymentMethodPromptpay
from .payment_method_sepa_debit import PaymentMethodSepaDebit
from .payment_method_sofort import PaymentMethodSofort
from .payment_method_us_bank_account import PaymentMethodUsBankAccount
from .payment_method_wechat_pay import PaymentMethodWechatPay
from .radar_radar_options import RadarRadarOptions
