# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class CountrySpec(StripeObject):
    """Stripe needs to collect certain pieces of information about each account
    created. These requirements can differ depending on the account's country. The
    Country Specs API makes these rules available to your integration.

    You can also view the information from this API call as [an online
    guide](/docs/connect/required-verification-information).
    """

    default_currency: str
    """The default currency for this country. This applies to both payment methods and bank accounts."""
    id: str
    """Unique identifier for the object. Represented as the ISO country code for this country."""
    object: Literal["country_spec"]
    """String representing the object's type. Objects of the same type share the same value."""
    supported_bank_account_currencies: dict[str, list[str]]
    """Currencies that can be accepted in the specific country (for transfers)."""
    supported_payment_currencies: list[str]
    """Currencies that can be accepted in the specified country (for payments)."""
    supported_payment_methods: list[str]
    """Payment methods available in the specified country. You may need to enable some payment methods (e.g., [ACH](https://stripe.com/docs/ach)) on your account before they appear in this list. The `stripe` payment method refers to [charging through your platform](https://stripe.com/docs/connect/destination-charges)."""
    supported_transfer_countries: list[str]
    """Countries that can accept transfers from the specified country."""
    verification_fields: CountrySpecVerificationFields


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .country_spec_verification_fields import CountrySpecVerificationFields
