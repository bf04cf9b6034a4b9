# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class InvoiceEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: Invoice
    """Invoices are statements of amounts owed by a customer, and are either
        generated one-off, or generated periodically from a subscription.

        They contain [invoice items](https://stripe.com/docs/api#invoiceitems), and proration adjustments
        that may be caused by subscription upgrades/downgrades (if necessary).

        If your invoice is configured to be billed through automatic charges,
        Stripe automatically finalizes your invoice and attempts payment. Note
        that finalizing the invoice,
        [when automatic](https://stripe.com/docs/invoicing/integration/automatic-advancement-collection), does
        not happen immediately as the invoice is created. Stripe waits
        until one hour after the last webhook was successfully sent (or the last
        webhook timed out after failing). If you (and the platforms you may have
        connected to) have no webhooks configured, Stripe waits one hour after
        creation to finalize the invoice.

        If your invoice is configured to be billed by sending an email, then based on your
        [email settings](https://dashboard.stripe.com/account/billing/automatic),
        Stripe will email the invoice to your customer and await payment. These
        emails can contain a link to a hosted page to pay the invoice.

        Stripe applies any customer credit on the account before determining the
        amount due for the invoice (i.e., the amount that will be actually
        charged). If the amount due for the invoice is less than Stripe's [minimum allowed charge
        per currency](/docs/currencies#minimum-and-maximum-charge-amounts), the
        invoice is automatically marked paid, and we add the amount due to the
        customer's credit balance which is applied to the next invoice.

        More details on the customer's credit balance are
        [here](https://stripe.com/docs/billing/customer/balance).

        Related guide: [Send invoices to customers](https://stripe.com/docs/billing/invoices/sending)
        """
    previous_attributes: InvoicePreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .invoice import Invoice
from .invoice_previous_attributes import InvoicePreviousAttributes
