# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class UsBankAccountNetworks(StripeObject):
    """us_bank_account_networks"""

    preferred: str | None = None
    """The preferred network."""
    supported: list[Literal["ach", "us_domestic_wire"] | str]
    """All supported networks."""
