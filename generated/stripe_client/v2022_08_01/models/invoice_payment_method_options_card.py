# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class InvoicePaymentMethodOptionsCard(StripeObject):
    """invoice_payment_method_options_card"""

    installments: InvoiceInstallmentsCard | None = None
    request_three_d_secure: Literal["any", "automatic"] | str | None = None
    """We strongly recommend that you rely on our SCA Engine to automatically prompt your customers for authentication based on risk level and [other requirements](https://stripe.com/docs/strong-customer-authentication). However, if you wish to request 3D Secure based on logic from your own fraud engine, provide this option. Read our guide on [manually requesting 3D Secure](https://stripe.com/docs/payments/3d-secure#manual-three-ds) for more information on how this configuration interacts with Radar and our SCA Engine."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .invoice_installments_card import InvoiceInstallmentsCard
