"""Stripe's documented test cards (https://stripe.com/docs/testing): the tokens, PaymentMethods and
card numbers that give test mode's results, and what each one does."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

DOC_URL = "https://stripe.com/docs/error-codes/"


@dataclass(frozen=True)
class Card:
    brand: str = "visa"
    last4: str = "4242"
    funding: str = "credit"
    code: str | None = None  # the error code of a declined charge; None: the charge succeeds
    decline_code: str | None = None
    message: str = ""
    param: str | None = None  # the card field Stripe names in the error
    authenticate: bool = False  # needs 3-D Secure before it can be charged
    attach_declines: bool = True  # a declining card also fails when saved to a customer

    @property
    def declines(self) -> bool:
        return self.code is not None

    def error(self) -> dict[str, Any]:
        """The fields of Stripe's card_error object for this card."""
        fields: dict[str, Any] = {"type": "card_error", "code": self.code, "message": self.message,
                                  "doc_url": DOC_URL + str(self.code).replace("_", "-")}
        if self.decline_code:
            fields["decline_code"] = self.decline_code
        if self.param:
            fields["param"] = self.param
        return fields


DECLINED = "Your card was declined."


def _declined(last4: str, decline_code: str, message: str = DECLINED, **more: Any) -> Card:
    return Card(last4=last4, code="card_declined", decline_code=decline_code, message=message, **more)


# name -> card; `tok_<name>` and `pm_card_<name>` are its token and PaymentMethod.
CARDS: dict[str, Card] = {
    "visa": Card(),
    "visa_debit": Card(last4="5556", funding="debit"),
    "mastercard": Card(brand="mastercard", last4="4444"),
    "mastercard_debit": Card(brand="mastercard", last4="8210", funding="debit"),
    "mastercard_prepaid": Card(brand="mastercard", last4="5100", funding="prepaid"),
    "amex": Card(brand="amex", last4="8431"),
    "discover": Card(brand="discover", last4="1117"),
    "diners": Card(brand="diners", last4="0004"),
    "jcb": Card(brand="jcb", last4="0505"),
    "unionpay": Card(brand="unionpay", last4="0005"),
    "chargeDeclined": _declined("0002", "generic_decline"),
    "chargeDeclinedInsufficientFunds": _declined("9995", "insufficient_funds", "Your card has insufficient funds."),
    "chargeDeclinedLostCard": _declined("9987", "lost_card"),
    "chargeDeclinedStolenCard": _declined("9979", "stolen_card"),
    "chargeDeclinedFraudulent": _declined("0019", "fraudulent"),
    "chargeDeclinedExpiredCard": Card(last4="0069", code="expired_card", decline_code="expired_card",
                                      message="Your card has expired.", param="exp_month"),
    "chargeDeclinedIncorrectCvc": Card(last4="0127", code="incorrect_cvc", decline_code="incorrect_cvc",
                                       message="Your card's security code is incorrect.", param="cvc"),
    "chargeDeclinedProcessingError": Card(
        last4="0119", code="processing_error", decline_code="processing_error",
        message="An error occurred while processing your card. Try again in a little bit.",
    ),
    "chargeCustomerFail": _declined("0341", "generic_decline", attach_declines=False),
    "threeDSecure2Required": Card(last4="3220", authenticate=True),
    "threeDSecureRequired": Card(last4="3063", authenticate=True),
    "authenticationRequired": Card(last4="3184", authenticate=True),
}

NUMBERS: dict[str, str] = {
    "4242424242424242": "visa", "4000056655665556": "visa_debit", "5555555555554444": "mastercard",
    "5200828282828210": "mastercard_debit", "5105105105105100": "mastercard_prepaid",
    "378282246310005": "amex", "371449635398431": "amex", "6011111111111117": "discover",
    "3056930009020004": "diners", "3566002020360505": "jcb", "6200000000000005": "unionpay",
    "4000000000000002": "chargeDeclined", "4000000000009995": "chargeDeclinedInsufficientFunds",
    "4000000000009987": "chargeDeclinedLostCard", "4000000000009979": "chargeDeclinedStolenCard",
    "4100000000000019": "chargeDeclinedFraudulent", "4000000000000069": "chargeDeclinedExpiredCard",
    "4000000000000127": "chargeDeclinedIncorrectCvc", "4000000000000119": "chargeDeclinedProcessingError",
    "4000000000000341": "chargeCustomerFail", "4000000000003220": "threeDSecure2Required",
    "4000000000003063": "threeDSecureRequired", "4000002760003184": "authenticationRequired",
    "2223003122003222": "mastercard", "6011000990139424": "discover",
}


def card_named(value: Any, prefix: str) -> Card | None:
    """The test card a shorthand names (`tok_chargeDeclined` with prefix "tok_"), or None."""
    if isinstance(value, str) and value.startswith(prefix):
        return CARDS.get(value[len(prefix):])
    return None


def card_numbered(number: Any) -> Card:
    """The test card of a number; any other number succeeds, as a Visa with its last four digits."""
    digits = "".join(ch for ch in str(number) if ch.isdigit())
    name = NUMBERS.get(digits)
    return CARDS[name] if name else Card(last4=digits[-4:] or "4242")
