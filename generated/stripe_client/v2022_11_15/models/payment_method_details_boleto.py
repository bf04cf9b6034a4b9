# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentMethodDetailsBoleto(StripeObject):
    """payment_method_details_boleto"""

    tax_id: str
    """The tax ID of the customer (CPF for individuals consumers or CNPJ for businesses consumers)"""
