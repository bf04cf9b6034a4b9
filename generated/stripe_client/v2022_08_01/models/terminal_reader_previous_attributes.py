# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class TerminalReaderPreviousAttributes(StripeObject):
    """The previous values of the TerminalReader fields that changed."""

    action: dict[str, Any] | None = None
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
        | None
    ) = None
    """Type of reader, one of `bbpos_wisepad3`, `stripe_m2`, `bbpos_chipper2x`, `bbpos_wisepos_e`, `verifone_P400`, or `simulated_wisepos_e`."""
    id: str | None = None
    """Unique identifier for the object."""
    ip_address: str | None = None
    """The local IP address of the reader."""
    label: str | None = None
    """Custom label given to the reader for easier identification."""
    livemode: bool | None = None
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    location: str | dict[str, Any] | None = None
    """The location identifier of the reader."""
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    object: Literal["terminal.reader"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
    serial_number: str | None = None
    """Serial number of the reader."""
    status: str | None = None
    """The networking status of the reader."""
