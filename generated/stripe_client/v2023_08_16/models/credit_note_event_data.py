# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class CreditNoteEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: CreditNote
    """Issue a credit note to adjust an invoice's amount after the invoice is finalized.

        Related guide: [Credit notes](https://stripe.com/docs/billing/invoices/credit-notes)
        """
    previous_attributes: CreditNotePreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .credit_note import CreditNote
from .credit_note_previous_attributes import CreditNotePreviousAttributes
