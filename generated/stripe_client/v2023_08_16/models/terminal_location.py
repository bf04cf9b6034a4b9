# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class TerminalLocation(StripeObject):
    """A Location represents a grouping of readers.

    Related guide: [Fleet management](https://stripe.com/docs/terminal/fleet/locations)
    """

    address: Address
    configuration_overrides: str | None = None
    """The ID of a configuration that will be used to customize all readers in this location."""
    display_name: str
    """The display name of the location."""
    id: str
    """Unique identifier for the object."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    object: Literal["terminal.location"]
    """String representing the object's type. Objects of the same type share the same value."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .address import Address
