# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class TerminalConfiguration(StripeObject):
    """A Configurations object represents how features should be configured for terminal readers."""

    bbpos_wisepos_e: TerminalConfigurationConfigurationResourceDeviceTypeSpecificConfig | None = (
        None
    )
    id: str
    """Unique identifier for the object."""
    is_account_default: bool | None = None
    """Whether this Configuration is the default for your account"""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    object: Literal["terminal.configuration"]
    """String representing the object's type. Objects of the same type share the same value."""
    tipping: TerminalConfigurationConfigurationResourceTipping | None = None
    verifone_p400: TerminalConfigurationConfigurationResourceDeviceTypeSpecificConfig | None = None


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .terminal_configuration_configuration_resource_device_type_specific_config import (
    TerminalConfigurationConfigurationResourceDeviceTypeSpecificConfig,
)
from .terminal_configuration_configuration_resource_tipping import (
    TerminalConfigurationConfigurationResourceTipping,
)
