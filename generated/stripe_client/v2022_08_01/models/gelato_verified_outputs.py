# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class GelatoVerifiedOutputs(StripeObject):
    """GelatoVerifiedOutputs"""

    address: Address | None = None
    """The user's verified address."""
    dob: GelatoDataVerifiedOutputsDate | None = None
    """The user’s verified date of birth."""
    first_name: str | None = None
    """The user's verified first name."""
    id_number: str | None = None
    """The user's verified id number."""
    id_number_type: Literal["br_cpf", "sg_nric", "us_ssn"] | str | None = None
    """The user's verified id number type."""
    last_name: str | None = None
    """The user's verified last name."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .address import Address
from .gelato_data_verified_outputs_date import GelatoDataVerifiedOutputsDate
