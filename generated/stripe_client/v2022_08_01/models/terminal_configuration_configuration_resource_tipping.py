# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class TerminalConfigurationConfigurationResourceTipping(StripeObject):
    """TerminalConfigurationConfigurationResourceTipping"""

    aud: TerminalConfigurationConfigurationResourceCurrencySpecificConfig | None = None
    cad: TerminalConfigurationConfigurationResourceCurrencySpecificConfig | None = None
    chf: TerminalConfigurationConfigurationResourceCurrencySpecificConfig | None = None
    czk: TerminalConfigurationConfigurationResourceCurrencySpecificConfig | None = None
    dkk: TerminalConfigurationConfigurationResourceCurrencySpecificConfig | None = None
    eur: TerminalConfigurationConfigurationResourceCurrencySpecificConfig | None = None
    gbp: TerminalConfigurationConfigurationResourceCurrencySpecificConfig | None = None
    hkd: TerminalConfigurationConfigurationResourceCurrencySpecificConfig | None = None
    myr: TerminalConfigurationConfigurationResourceCurrencySpecificConfig | None = None
    nok: TerminalConfigurationConfigurationResourceCurrencySpecificConfig | None = None
    nzd: TerminalConfigurationConfigurationResourceCurrencySpecificConfig | None = None
    sek: TerminalConfigurationConfigurationResourceCurrencySpecificConfig | None = None
    sgd: TerminalConfigurationConfigurationResourceCurrencySpecificConfig | None = None
    usd: TerminalConfigurationConfigurationResourceCurrencySpecificConfig | None = None


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .terminal_configuration_configuration_resource_currency_specific_config import (
    TerminalConfigurationConfigurationResourceCurrencySpecificConfig,
)
