# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class AccountCapabilities(StripeObject):
    """AccountCapabilities"""

    acss_debit_payments: Literal["active", "inactive", "pending"] | str | None = None
    """The status of the Canadian pre-authorized debits payments capability of the account, or whether the account can directly process Canadian pre-authorized debits charges."""
    affirm_payments: Literal["active", "inactive", "pending"] | str | None = None
    """The status of the Affirm capability of the account, or whether the account can directly process Affirm charges."""
    afterpay_clearpay_payments: Literal["active", "inactive", "pending"] | str | None = None
    """The status of the Afterpay Clearpay capability of the account, or whether the account can directly process Afterpay Clearpay charges."""
    au_becs_debit_payments: Literal["active", "inactive", "pending"] | str | None = None
    """The status of the BECS Direct Debit (AU) payments capability of the account, or whether the account can directly process BECS Direct Debit (AU) charges."""
    bacs_debit_payments: Literal["active", "inactive", "pending"] | str | None = None
    """The status of the Bacs Direct Debits payments capability of the account, or whether the account can directly process Bacs Direct Debits charges."""
    bancontact_payments: Literal["active", "inactive", "pending"] | str | None = None
    """The status of the Bancontact payments capability of the account, or whether the account can directly process Bancontact charges."""
    bank_transfer_payments: Literal["active", "inactive", "pending"] | str | None = None
    """The status of the customer_balance payments capability of the account, or whether the account can directly process customer_balance charges."""
    blik_payments: Literal["active", "inactive", "pending"] | str | None = None
    """The status of the blik payments capability of the account, or whether the account can directly process blik charges."""
    boleto_payments: Literal["active", "inactive", "pending"] | str | None = None
    """The status of the boleto payments capability of the account, or whether the account can directly process boleto charges."""
    card_issuing: Literal["active", "inactive", "pending"] | str | None = None
    """The status of the card issuing capability of the account, or whether you can use Issuing to distribute funds on cards"""
    card_payments: Literal["active", "inactive", "pending"] | str | None = None
    """The status of the card payments capability of the account, or whether the account can directly process credit and debit card charges."""
    cartes_bancaires_payments: Literal["active", "inactive", "pending"] | str | None = None
    """The status of the Cartes Bancaires payments capability of the account, or whether the account can directly process Cartes Bancaires card charges in EUR currency."""
    eps_payments: Literal["active", "inactive", "pending"] | str | None = None
    """The status of the EPS payments capability of the account, or whether the account can directly process EPS charges."""
    fpx_payments: Literal["active", "inactive", "pending"] | str | None = None
    """The status of the FPX payments capability of the account, or whether the account can directly process FPX charges."""
    giropay_payments: Literal["active", "inactive", "pending"] | str | None = None
    """The status of the giropay payments capability of the account, or whether the account can directly process giropay charges."""
    grabpay_payments: Literal["active", "inactive", "pending"] | str | None = None
    """The status of the GrabPay payments capability of the account, or whether the account can directly process GrabPay charges."""
    ideal_payments: Literal["active", "inactive", "pending"] | str | None = None
    """The status of the iDEAL payments capability of the account, or whether the account can directly process iDEAL charges."""
    jcb_payments: Literal["active", "inactive", "pending"] | str | None = None
    """The status of the JCB payments capability of the account, or whether the account (Japan only) can directly process JCB credit card charges in JPY currency."""
    klarna_payments: Literal["active", "inactive", "pending"] | str | None = None
    """The status of the Klarna payments capability of the account, or whether the account can directly process Klarna charges."""
    konbini_payments: Literal["active", "inactive", "pending"] | str | None = None
    """The status of the konbini payments capability of the account, or whether the account can directly process konbini charges."""
    legacy_payments: Literal["active", "inactive", "pending"] | str | None = None
    """The status of the legacy payments capability of the account."""
    link_payments: Literal["active", "inactive", "pending"] | str | None = None
    """The status of the link_payments capability of the account, or whether the account can directly process Link charges."""
    oxxo_payments: Literal["active", "inactive", "pending"] | str | None = None
    """The status of the OXXO payments capability of the account, or whether the account can directly process OXXO charges."""
    p24_payments: Literal["active", "inactive", "pending"] | str | None = None
    """The status of the P24 payments capability of the account, or whether the account can directly process P24 charges."""
    paynow_payments: Literal["active", "inactive", "pending"] | str | None = None
    """The status of the paynow payments capability of the account, or whether the account can directly process paynow charges."""
    promptpay_payments: Literal["active", "inactive", "pending"] | str | None = None
    """The status of the promptpay payments capability of the account, or whether the account can directly process promptpay charges."""
    sepa_debit_payments: Literal["active", "inactive", "pending"] | str | None = None
    """The status of the SEPA Direct Debits payments capability of the account, or whether the account can directly process SEPA Direct Debits charges."""
    sofort_payments: Literal["active", "inactive", "pending"] | str | None = None
    """The status of the Sofort payments capability of the account, or whether the account can directly process Sofort charges."""
    tax_reporting_us_1099_k: Literal["active", "inactive", "pending"] | str | None = None
    """The status of the tax reporting 1099-K (US) capability of the account."""
    tax_reporting_us_1099_misc: Literal["active", "inactive", "pending"] | str | None = None
    """The status of the tax reporting 1099-MISC (US) capability of the account."""
    transfers: Literal["active", "inactive", "pending"] | str | None = None
    """The status of the transfers capability of the account, or whether your platform can transfer funds to the account."""
    treasury: Literal["active", "inactive", "pending"] | str | None = None
    """The status of the banking capability, or whether the account can have bank accounts."""
    us_bank_account_ach_payments: Literal["active", "inactive", "pending"] | str | None = None
    """The status of the US bank account ACH payments capability of the account, or whether the account can directly process US bank account charges."""
