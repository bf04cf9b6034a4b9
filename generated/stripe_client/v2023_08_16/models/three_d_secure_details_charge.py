# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class ThreeDSecureDetailsCharge(StripeObject):
    """three_d_secure_details_charge"""

    authentication_flow: Literal["challenge", "frictionless"] | str | None = None
    """For authenticated transactions: how the customer was authenticated by
        the issuing bank.
        """
    result: (
        Literal[
            "attempt_acknowledged",
            "authenticated",
            "exempted",
            "failed",
            "not_supported",
            "processing_error",
        ]
        | str
        | None
    ) = None
    """Indicates the outcome of 3D Secure authentication."""
    result_reason: (
        Literal[
            "abandoned",
            "bypassed",
            "canceled",
            "card_not_enrolled",
            "network_not_supported",
            "protocol_error",
            "rejected",
        ]
        | str
        | None
    ) = None
    """Additional information about why 3D Secure succeeded or failed based
        on the `result`.
        """
    version: Literal["1.0.2", "2.1.0", "2.2.0"] | str | None = None
    """The version of 3D Secure that was used."""
