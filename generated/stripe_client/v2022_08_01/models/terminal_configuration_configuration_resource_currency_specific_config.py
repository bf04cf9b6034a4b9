# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class TerminalConfigurationConfigurationResourceCurrencySpecificConfig(StripeObject):
    """TerminalConfigurationConfigurationResourceCurrencySpecificConfig"""

    fixed_amounts: list[int] | None = None
    """Fixed amounts displayed when collecting a tip"""
    percentages: list[int] | None = None
    """Percentages displayed when collecting a tip"""
    smart_tip_threshold: int | None = None
    """Below this amount, fixed amounts will be displayed; above it, percentages will be displayed"""
