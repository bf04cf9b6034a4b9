# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class OrdersV2ResourcePaymentMethodOptions(StripeObject):
    """OrdersV2ResourcePaymentMethodOptions"""

    acss_debit: PaymentIntentPaymentMethodOptionsAcssDebit | None = None
    afterpay_clearpay: OrdersPaymentMethodOptionsAfterpayClearpay | None = None
    alipay: PaymentMethodOptionsAlipay | None = None
    bancontact: PaymentMethodOptionsBancontact | None = None
    card: OrdersV2ResourceCardPaymentMethodOptions | None = None
    customer_balance: PaymentMethodOptionsCustomerBalance | None = None
    ideal: PaymentMethodOptionsIdeal | None = None
    klarna: PaymentMethodOptionsKlarna | None = None
    link: PaymentIntentPaymentMethodOptionsLink | None = None
    oxxo: PaymentMethodOptionsOxxo | None = None
    p24: PaymentMethodOptionsP24 | None = None
    paypal: PaymentMethodOptionsPaypal | None = None
    sepa_debit: PaymentIntentPaymentMethodOptionsSepaDebit | None = None
    sofort: PaymentMethodOptionsSofort | None = None
    wechat_pay: PaymentMethodOptionsWechatPay | None = None


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .orders_payment_method_options_afterpay_clearpay import (
    OrdersPaymentMethodOptionsAfterpayClearpay,
)
from .orders_v2_resource_card_payment_method_options import OrdersV2ResourceCardPaymentMethodOptions
from .payment_intent_payment_method_options_acss_debit import (
    PaymentIntentPaymentMethodOptionsAcssDebit,
)
from .payment_intent_payment_method_options_link import PaymentIntentPaymentMethodOptionsLink
from .payment_intent_payment_method_options_sepa_debit import (
    PaymentIntentPaymentMethodOptionsSepaDebit,
)
from .payment_method_options_alipay import PaymentMethodOptionsAlipay
from .payment_method_options_bancontact import PaymentMethodOptionsBancontact
from .payment_method_options_customer_balance import PaymentMethodOptionsCustomerBalance
from .payment_method_options_ideal import PaymentMethodOptionsIdeal
from .payment_method_options_klarna import PaymentMethodOptionsKlarna
from .payment_method_options_oxxo import PaymentMethodOptionsOxxo
from .payment_method_options_p24 import PaymentMethodOptionsP24
from .payment_method_options_paypal import PaymentMethodOptionsPaypal
from .payment_method_options_sofort import PaymentMethodOptionsSofort
from .payment_method_options_wechat_pay import PaymentMethodOptionsWechatPay
