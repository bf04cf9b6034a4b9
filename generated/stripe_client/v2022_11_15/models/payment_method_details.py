# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentMethodDetails(StripeObject):
    """payment_method_details"""

    ach_credit_transfer: PaymentMethodDetailsAchCreditTransfer | None = None
    ach_debit: PaymentMethodDetailsAchDebit | None = None
    acss_debit: PaymentMethodDetailsAcssDebit | None = None
    affirm: PaymentMethodDetailsAffirm | None = None
    afterpay_clearpay: PaymentMethodDetailsAfterpayClearpay | None = None
    alipay: PaymentFlowsPrivatePaymentMethodsAlipayDetails | None = None
    au_becs_debit: PaymentMethodDetailsAuBecsDebit | None = None
    bacs_debit: PaymentMethodDetailsBacsDebit | None = None
    bancontact: PaymentMethodDetailsBancontact | None = None
    blik: PaymentMethodDetailsBlik | None = None
    boleto: PaymentMethodDetailsBoleto | None = None
    card: PaymentMethodDetailsCard | None = None
    card_present: PaymentMethodDetailsCardPresent | None = None
    customer_balance: PaymentMethodDetailsCustomerBalance | None = None
    eps: PaymentMethodDetailsEps | None = None
    fpx: PaymentMethodDetailsFpx | None = None
    giropay: PaymentMethodDetailsGiropay | None = None
    grabpay: PaymentMethodDetailsGrabpay | None = None
    ideal: PaymentMethodDetailsIdeal | None = None
    interac_present: PaymentMethodDetailsInteracPresent | None = None
    klarna: PaymentMethodDetailsKlarna | None = None
    konbini: PaymentMethodDetailsKonbini | None = None
    link: PaymentMethodDetailsLink | None = None
    multibanco: PaymentMethodDetailsMultibanco | None = None
    oxxo: PaymentMethodDetailsOxxo | None = None
    p24: PaymentMethodDetailsP24 | None = None
    paynow: PaymentMethodDetailsPaynow | None = None
    pix: PaymentMethodDetailsPix | None = None
    promptpay: PaymentMethodDetailsPromptpay | None = None
    sepa_debit: PaymentMethodDetailsSepaDebit | None = None
    sofort: PaymentMethodDetailsSofort | None = None
    stripe_account: PaymentMethodDetailsStripeAccount | None = None
    type: str
    """The type of transaction-specific details of the payment method used in the payment, one of `ach_credit_transfer`, `ach_debit`, `acss_debit`, `alipay`, `au_becs_debit`, `bancontact`, `card`, `card_present`, `eps`, `giropay`, `ideal`, `klarna`, `multibanco`, `p24`, `sepa_debit`, `sofort`, `stripe_account`, or `wechat`.
        An additional hash is included on `payment_method_details` with a name matching this value.
        It contains information specific to the payment method.
        """
    us_bank_account: PaymentMethodDetailsUsBankAccount | None = None
    wechat: PaymentMethodDetailsWechat | None = None
    wechat_pay: PaymentMethodDetailsWechatPay | None = None


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .payment_flows_private_payment_methods_alipay_details import (
    PaymentFlowsPrivatePaymentMethodsAlipayDetails,
)
from .payment_method_details_ach_credit_transfer import PaymentMethodDetailsAchCreditTransfer
from .payment_method_details_ach_debit import PaymentMethodDetailsAchDebit
from .payment_method_details_acss_debit import PaymentMethodDetailsAcssDebit
from .payment_method_details_affirm import PaymentMethodDetailsAffirm
from .payment_method_details_afterpay_clearpay import PaymentMethodDetailsAfterpayClearpay
from .payment_method_details_au_becs_debit import PaymentMethodDetailsAuBecsDebit
from .payment_method_details_bacs_debit import PaymentMethodDetailsBacsDebit
from .payment_method_details_bancontact import PaymentMethodDetailsBancontact
from .payment_method_details_blik import PaymentMethodDetailsBlik
from .payment_method_details_boleto import PaymentMethodDetailsBoleto
from .payment_method_details_card import PaymentMethodDetailsCard
from .payment_method_details_card_present import PaymentMethodDetailsCardPresent
from .payment_method_details_customer_balance import PaymentMethodDetailsCustomerBalance
from .payment_method_details_eps import PaymentMethodDetailsEps
from .payment_method_details_fpx import PaymentMethodDetailsFpx
from .payment_method_details_giropay import PaymentMethodDetailsGiropay
from .payment_method_details_grabpay import PaymentMethodDetailsGrabpay
from .payment_method_details_ideal import PaymentMethodDetailsIdeal
from .payment_method_details_interac_present import PaymentMethodDetailsInteracPresent
from .payment_method_details_klarna import PaymentMethodDetailsKlarna
from .payment_method_details_konbini import PaymentMethodDetailsKonbini
from .payment_method_details_link import PaymentMethodDetailsLink
from .payment_method_details_multibanco import PaymentMethodDetailsMultibanco
from .payment_method_details_oxxo import PaymentMethodDetailsOxxo
from .payment_method_details_p24 import PaymentMethodDetailsP24
from .payment_method_details_paynow import PaymentMethodDetailsPaynow
from .payment_method_details_pix import PaymentMethodDetailsPix
from .payment_method_details_promptpay import PaymentMethodDetailsPromptpay
from .payment_method_details_sepa_debit import PaymentMethodDetailsSepaDebit
from .payment_method_details_sofort import PaymentMethodDetailsSofort
from .payment_method_details_stripe_account import PaymentMethodDetailsStripeAccount
from .payment_method_details_us_bank_account import PaymentMethodDetailsUsBankAccount
from .payment_method_details_wechat import PaymentMethodDetailsWechat
from .payment_method_details_wechat_pay import PaymentMethodDetailsWechatPay
