# File generated from spec/ (API version 2024-02-15, spec sha256 28d2af1d96921294) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class SetupIntent(StripeObject):
    """A SetupIntent guides you through setting up and saving a customer's payment credentials for future payments. Curated minimally: it appears here only inside error objects."""

    id: str
    """Unique identifier for the object."""
    object: Literal["setup_intent"]
    client_secret: str | None = None
    created: int
    customer: str | Customer | DeletedCustomer | StripeObject | None = None
    """ID of the Customer this SetupIntent belongs to, if one exists."""
    description: str | None = None
    last_setup_error: ApiErrors | None = None
    """The error encountered in the previous SetupIntent confirmation."""
    livemode: bool
    metadata: dict[str, str] | None = None
    payment_method: str | PaymentMethod | StripeObject | None = None
    payment_method_types: list[str]
    status: (
        Literal[
            "canceled",
            "processing",
            "requires_action",
            "requires_confirmation",
            "requires_payment_method",
            "succeeded",
        ]
        | str
    )
    usage: str


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .api_errors import ApiErrors
from .customer import Customer
from .deleted_customer import DeletedCustomer
from .payment_method import PaymentMethod
