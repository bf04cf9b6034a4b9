# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class IssuingCardholder(StripeObject):
    """An Issuing `Cardholder` object represents an individual or business entity who is [issued](https://stripe.com/docs/issuing) cards.

    Related guide: [How to create a Cardholder](https://stripe.com/docs/issuing/cards#create-cardholder)
    """

    billing: IssuingCardholderAddress
    company: IssuingCardholderCompany | None = None
    """Additional information about a `company` cardholder."""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    email: str | None = None
    """The cardholder's email address."""
    id: str
    """Unique identifier for the object."""
    individual: IssuingCardholderIndividual | None = None
    """Additional information about an `individual` cardholder."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    name: str
    """The cardholder's name. This will be printed on cards issued to them."""
    object: Literal["issuing.cardholder"]
    """String representing the object's type. Objects of the same type share the same value."""
    phone_number: str | None = None
    """The cardholder's phone number. This is required for all cardholders who will be creating EU cards. See the [3D Secure documentation](https://stripe.com/docs/issuing/3d-secure#when-is-3d-secure-applied) for more details."""
    requirements: IssuingCardholderRequirements
    spending_controls: IssuingCardholderAuthorizationControls | None = None
    """Rules that control spending across this cardholder's cards. Refer to our [documentation](https://stripe.com/docs/issuing/controls/spending-controls) for more details."""
    status: Literal["active", "blocked", "inactive"] | str
    """Specifies whether to permit authorizations on this cardholder's cards."""
    type: Literal["company", "individual"] | str
    """One of `individual` or `company`."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .issuing_cardholder_address import IssuingCardholderAddress
from .issuing_cardholder_authorization_controls import IssuingCardholderAuthorizationControls
from .issuing_cardholder_company import IssuingCardholderCompany
from .issuing_cardholder_individual import IssuingCardholderIndividual
from .issuing_cardholder_requirements import IssuingCardholderRequirements
