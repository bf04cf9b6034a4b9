# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class IssuingCardShipping(StripeObject):
    """IssuingCardShipping"""

    address: Address
    carrier: Literal["dhl", "fedex", "royal_mail", "usps"] | str | None = None
    """The delivery company that shipped a card."""
    customs: IssuingCardShippingCustoms | None = None
    """Additional information that may be required for clearing customs."""
    eta: int | None = None
    """A unix timestamp representing a best estimate of when the card will be delivered."""
    name: str
    """Recipient name."""
    phone_number: str | None = None
    """The phone number of the receiver of the bulk shipment. This phone number will be provided to the shipping company, who might use it to contact the receiver in case of delivery issues."""
    require_signature: bool | None = None
    """Whether a signature is required for card delivery. This feature is only supported for US users. Standard shipping service does not support signature on delivery. The default value for standard shipping service is false and for express and priority services is true."""
    service: Literal["express", "priority", "standard"] | str
    """Shipment service, such as `standard` or `express`."""
    status: (
        Literal["canceled", "delivered", "failure", "pending", "returned", "shipped"] | str | None
    ) = None
    """The delivery status of the card."""
    tracking_number: str | None = None
    """A tracking number for a card shipment."""
    tracking_url: str | None = None
    """A link to the shipping carrier's site where you can view detailed information about a card shipment."""
    type: Literal["bulk", "individual"] | str
    """Packaging options."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .address import Address
from .issuing_card_shipping_customs import IssuingCardShippingCustoms
