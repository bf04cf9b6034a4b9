# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class InvoiceitemEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: Invoiceitem
    """Sometimes you want to add a charge or credit to a customer, but actually
        charge or credit the customer's card only at the end of a regular billing
        cycle. This is useful for combining several charges (to minimize
        per-transaction fees), or for having Stripe tabulate your usage-based billing
        totals.

        Related guide: [Subscription Invoices](https://stripe.com/docs/billing/invoices/subscription#adding-upcoming-invoice-items).
        """
    previous_attributes: InvoiceitemPreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .invoiceitem import Invoiceitem
from .invoiceitem_previous_attributes import InvoiceitemPreviousAttributes
