# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentIntentPaymentMethodOptions(StripeObject):
    """PaymentIntentPaymentMethodOptions"""

    acss_debit: (
        PaymentIntentPaymentMethodOptionsAcssDebit
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
        | StripeObject
        | None
    ) = None
    affirm: (
        PaymentMethodOptionsAffirm
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
        | StripeObject
        | None
    ) = None
    afterpay_clearpay: (
        PaymentMethodOptionsAfterpayClearpay
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
        | StripeObject
        | None
    ) = None
    alipay: (
        PaymentMethodOptionsAlipay
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
        | StripeObject
        | None
    ) = None
    au_becs_debit: (
        PaymentIntentPaymentMethodOptionsAuBecsDebit
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
        | StripeObject
        | None
    ) = None
    bacs_debit: (
        PaymentMethodOptionsBacsDebit
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
        | StripeObject
        | None
    ) = None
    bancontact: (
        PaymentMethodOptionsBancontact
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
        | StripeObject
        | None
    ) = None
    blik: (
        PaymentIntentPaymentMethodOptionsBlik
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
        | StripeObject
        | None
    ) = None
    boleto: (
        PaymentMethodOptionsBoleto
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
        | StripeObject
        | None
    ) = None
    card: (
        PaymentIntentPaymentMethodOptionsCard
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
        | StripeObject
        | None
    ) = None
    card_present: (
        PaymentMethodOptionsCardPresent
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
        | StripeObject
        | None
    ) = None
    customer_balance: (
        PaymentMethodOptionsCustomerBalance
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
        | StripeObject
        | None
    ) = None
    eps: (
        PaymentIntentPaymentMethodOptionsEps
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
        | StripeObject
        | None
    ) = None
    fpx: (
        PaymentMethodOptionsFpx
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
        | StripeObject
        | None
    ) = None
    giropay: (
        PaymentMethodOptionsGiropay
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
        | StripeObject
        | None
    ) = None
    grabpay: (
        PaymentMethodOptionsGrabpay
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
        | StripeObject
        | None
    ) = None
    ideal: (
        PaymentMethodOptionsIdeal
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
        | StripeObject
        | None
    ) = None
    interac_present: (
        PaymentMethodOptionsInteracPresent
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
        | StripeObject
        | None
    ) = None
    klarna: (
        PaymentMethodOptionsKlarna
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
        | StripeObject
        | None
    ) = None
    konbini: (
        PaymentMethodOptionsKonbini
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
        | StripeObject
        | None
    ) = None
    link: (
        PaymentIntentPaymentMethodOptionsLink
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
        | StripeObject
        | None
    ) = None
    oxxo: (
        PaymentMethodOptionsOxxo
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
        | StripeObject
        | None
    ) = None
    p24: (
        PaymentMethodOptionsP24
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
        | StripeObject
        | None
    ) = None
    paynow: (
        PaymentMethodOptionsPaynow
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
        | StripeObject
        | None
    ) = None
    pix: (
        PaymentMethodOptionsPix
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
        | StripeObject
        | None
    ) = None
    promptpay: (
        PaymentMethodOptionsPromptpay
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
        | StripeObject
        | None
    ) = None
    sepa_debit: (
        PaymentIntentPaymentMethodOptionsSepaDebit
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
        | StripeObject
        | None
    ) = None
    sofort: (
        PaymentMethodOptionsSofort
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
        | StripeObject
        | None
    ) = None
    us_bank_account: (
        PaymentIntentPaymentMethodOptionsUsBankAccount
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
        | StripeObject
        | None
    ) = None
    wechat_pay: (
        PaymentMethodOptionsWechatPay
        | PaymentIntentTypeSpecificPaymentMethodOptionsClient
        | StripeObject
        | None
    ) = None


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .payment_intent_payment_method_options_acss_debit import (
    PaymentIntentPaymentMethodOptionsAcssDebit,
)
from .payment_intent_payment_method_options_au_becs_debit import (
    PaymentIntentPaymentMethodOptionsAuBecsDebit,
)
from .payment_intent_payment_method_options_blik import PaymentIntentPaymentMethodOptionsBlik
from .payment_intent_payment_method_options_card import PaymentIntentPaymentMethodOptionsCard
from .payment_intent_payment_method_options_eps import PaymentIntentPaymentMethodOptionsEps
from .payment_intent_payment_method_options_link import PaymentIntentPaymentMethodOptionsLink
from .payment_intent_payment_method_options_sepa_debit import (
    PaymentIntentPaymentMethodOptionsSepaDebit,
)
from .payment_intent_payment_method_options_us_bank_account import (
    PaymentIntentPaymentMethodOptionsUsBankAccount,
)
from .payment_intent_type_specific_payment_method_options_client import (
    PaymentIntentTypeSpecificPaymentMethodOptionsClient,
)
from .payment_method_options_affirm import PaymentMethodOptionsAffirm
from .payment_method_options_afterpay_clearpay import PaymentMethodOptionsAfterpayClearpay
from .payment_method_options_alipay import PaymentMethodOptionsAlipay
from .payment_method_options_bacs_debit import PaymentMethodOptionsBacsDebit
from .payment_method_options_bancontact import PaymentMethodOptionsBancontact
from .payment_method_options_boleto import PaymentMethodOptionsBoleto
from .payment_method_options_card_present import PaymentMethodOptionsCardPresent
from .payment_method_options_customer_balance import PaymentMethodOptionsCustomerBalance
from .payment_method_options_fpx import PaymentMethodOptionsFpx
from .payment_method_options_giropay import PaymentMethodOptionsGiropay
from .payment_method_options_grabpay import PaymentMethodOptionsGrabpay
from .payment_method_options_ideal import PaymentMethodOptionsIdeal
from .payment_method_options_interac_present import PaymentMethodOptionsInteracPresent
from .payment_method_options_klarna import PaymentMethodOptionsKlarna
from .payment_method_options_konbini import PaymentMethodOptionsKonbini
from .payment_method_options_oxxo import PaymentMethodOptionsOxxo
from .payment_method_options_p24 import PaymentMethodOptionsP24
from .payment_method_options_paynow import PaymentMethodOptionsPaynow
from .payment_method_options_pix import PaymentMethodOptionsPix
from .payment_method_options_promptpay import PaymentMethodOptionsPromptpay
from .payment_method_options_sofort import PaymentMethodOptionsSofort
from .payment_method_options_wechat_pay import PaymentMethodOptionsWechatPay
