# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class CheckoutSessionPaymentMethodOptions(StripeObject):
    """CheckoutSessionPaymentMethodOptions"""

    acss_debit: CheckoutAcssDebitPaymentMethodOptions | None = None
    affirm: CheckoutAffirmPaymentMethodOptions | None = None
    afterpay_clearpay: CheckoutAfterpayClearpayPaymentMethodOptions | None = None
    alipay: CheckoutAlipayPaymentMethodOptions | None = None
    au_becs_debit: CheckoutAuBecsDebitPaymentMethodOptions | None = None
    bacs_debit: CheckoutBacsDebitPaymentMethodOptions | None = None
    bancontact: CheckoutBancontactPaymentMethodOptions | None = None
    boleto: CheckoutBoletoPaymentMethodOptions | None = None
    card: CheckoutCardPaymentMethodOptions | None = None
    cashapp: CheckoutCashappPaymentMethodOptions | None = None
    customer_balance: CheckoutCustomerBalancePaymentMethodOptions | None = None
    eps: CheckoutEpsPaymentMethodOptions | None = None
    fpx: CheckoutFpxPaymentMethodOptions | None = None
    giropay: CheckoutGiropayPaymentMethodOptions | None = None
    grabpay: CheckoutGrabPayPaymentMethodOptions | None = None
    ideal: CheckoutIdealPaymentMethodOptions | None = None
    klarna: CheckoutKlarnaPaymentMethodOptions | None = None
    konbini: CheckoutKonbiniPaymentMethodOptions | None = None
    link: CheckoutLinkPaymentMethodOptions | None = None
    oxxo: CheckoutOxxoPaymentMethodOptions | None = None
    p24: CheckoutP24PaymentMethodOptions | None = None
    paynow: CheckoutPaynowPaymentMethodOptions | None = None
    pix: CheckoutPixPaymentMethodOptions | None = None
    sepa_debit: CheckoutSepaDebitPaymentMethodOptions | None = None
    sofort: CheckoutSofortPaymentMethodOptions | None = None
    us_bank_account: CheckoutUsBankAccountPaymentMethodOptions | None = None


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .checkout_acss_debit_payment_method_options import CheckoutAcssDebitPaymentMethodOptions
from .checkout_affirm_payment_method_options import CheckoutAffirmPaymentMethodOptions
from .checkout_afterpay_clearpay_payment_method_options import (
    CheckoutAfterpayClearpayPaymentMethodOptions,
)
from .checkout_alipay_payment_method_options import CheckoutAlipayPaymentMethodOptions
from .checkout_au_becs_debit_payment_method_options import CheckoutAuBecsDebitPaymentMethodOptions
from .checkout_bacs_debit_payment_method_options import CheckoutBacsDebitPaymentMethodOptions
from .checkout_bancontact_payment_method_options import CheckoutBancontactPaymentMethodOptions
from .checkout_boleto_payment_method_options import CheckoutBoletoPaymentMethodOptions
from .checkout_card_payment_method_options import CheckoutCardPaymentMethodOptions
from .checkout_cashapp_payment_method_options import CheckoutCashappPaymentMethodOptions
from .checkout_customer_balance_payment_method_options import (
    CheckoutCustomerBalancePaymentMethodOptions,
)
from .checkout_eps_payment_method_options import CheckoutEpsPaymentMethodOptions
from .checkout_fpx_payment_method_options import CheckoutFpxPaymentMethodOptions
from .checkout_giropay_payment_method_options import CheckoutGiropayPaymentMethodOptions
from .checkout_grab_pay_payment_method_options import CheckoutGrabPayPaymentMethodOptions
from .checkout_ideal_payment_method_options import CheckoutIdealPaymentMethodOptions
from .checkout_klarna_payment_method_options import CheckoutKlarnaPaymentMethodOptions
from .checkout_konbini_payment_method_options import CheckoutKonbiniPaymentMethodOptions
from .checkout_link_payment_method_options import CheckoutLinkPaymentMethodOptions
from .checkout_oxxo_payment_method_options import CheckoutOxxoPaymentMethodOptions
from .checkout_p24_payment_method_options import CheckoutP24PaymentMethodOptions
from .checkout_paynow_payment_method_options import CheckoutPaynowPaymentMethodOptions
from .checkout_pix_payment_method_options import CheckoutPixPaymentMethodOptions
from .checkout_sepa_debit_payment_method_options import CheckoutSepaDebitPaymentMethodOptions
from .checkout_sofort_payment_method_options import CheckoutSofortPaymentMethodOptions
from .checkout_us_bank_account_payment_method_options import (
    CheckoutUsBankAccountPaymentMethodOptions,
)
