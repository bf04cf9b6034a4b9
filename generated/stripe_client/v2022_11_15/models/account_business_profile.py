# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class AccountBusinessProfile(StripeObject):
    """AccountBusinessProfile"""

    mcc: str | None = None
    """[The merchant category code for the account](https://stripe.com/docs/connect/setting-mcc). MCCs are used to classify businesses based on the goods or services they provide."""
    name: str | None = None
    """The customer-facing business name."""
    product_description: str | None = None
    """Internal-only description of the product sold or service provided by the business. It's used by Stripe for risk and underwriting purposes."""
    support_address: Address | None = None
    """A publicly available mailing address for sending support issues to."""
    support_email: str | None = None
    """A publicly available email address for sending support issues to."""
    support_phone: str | None = None
    """A publicly available phone number to call with support issues."""
    support_url: str | None = None
    """A publicly available website for handling support issues."""
    url: str | None = None
    """The business's publicly available website."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .address import Address
