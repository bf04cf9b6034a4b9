# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class TerminalReader(StripeObject):
    """A Reader represents a physical device for accepting payment details.

    Related guide: [Connecting to a Reader](https://stripe.com/docs/terminal/payments/connect-reader).
    """

    action: TerminalReaderReaderResourceReaderAction | None = None
    """The most recent action performed by the reader."""
    device_sw_version: str | None = None
    """The current software version of the reader."""
    device_type: (
        Literal[
            "bbpos_chipper2x",
            "bbpos_wisepad3",
            "bbpos_wisepos_e",
            "simulated_wisepos_e",
            "stripe_m2",
            "verifone_P400",
        ]
        | str
    )
    """Type of reader, one of `bbpos_wisepad3`, `stripe_m2`, `bbpos_chipper2x`, `bbpos_wisepos_e`, `verifone_P400`, or `simulated_wisepos_e`."""
    id: str
    """Unique identifier for the object."""
    ip_address: str | None = None
    """The local IP address of the reader."""
    label: str
    """Custom label given to the reader for easier identification."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    location: str | TerminalLocation | StripeObject | None = None
    """The location identifier of the reader."""
    metadata: dict[str, str]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    object: Literal["terminal.reader"]
    """String representing the object's type. Objects of the same type share the same value."""
    serial_number: str
    """Serial number of the reader."""
    status: str | None = None
    """The networking status of the reader."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .terminal_location import TerminalLocation
from .terminal_reader_reader_resource_reader_action import TerminalReaderReaderResourceReaderAction
