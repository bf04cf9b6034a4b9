# File generated from spec/ (API version 2023-07-22, spec sha256 a258a150d805d4e4) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class DisputePaymentMethodDetailsCard(StripeObject):
    """DisputePaymentMethodDetailsCard"""

    brand: str
    """Card brand. Can be `amex`, `diners`, `discover`, `eftpos_au`, `jcb`, `mastercard`, `unionpay`, `visa`, or `unknown`."""
    network_reason_code: str | None = None
    """The card network's specific dispute reason code."""
