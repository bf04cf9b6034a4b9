# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class ConnectEmbeddedAccountSessionCreateComponents(StripeObject):
    """ConnectEmbeddedAccountSessionCreateComponents"""

    account_onboarding: ConnectEmbeddedBaseConfig


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .connect_embedded_base_config import ConnectEmbeddedBaseConfig
