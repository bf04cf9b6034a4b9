# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class TerminalConfigurationConfigurationResourceDeviceTypeSpecificConfig(StripeObject):
    """TerminalConfigurationConfigurationResourceDeviceTypeSpecificConfig"""

    splashscreen: str | File | StripeObject | None = None
    """A File ID representing an image you would like displayed on the reader."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .file import File
