# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class TaxIdEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: TaxId
    """You can add one or multiple tax IDs to a [customer](https://stripe.com/docs/api/customers).
        A customer's tax IDs are displayed on invoices and credit notes issued for the customer.

        Related guide: [Customer Tax Identification Numbers](https://stripe.com/docs/billing/taxes/tax-ids).
        """
    previous_attributes: TaxIdPreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .tax_id import TaxId
from .tax_id_previous_attributes import TaxIdPreviousAttributes
