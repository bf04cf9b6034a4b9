# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class TreasuryOutboundPaymentsResourceOutboundPaymentResourceEndUserDetails(StripeObject):
    """TreasuryOutboundPaymentsResourceOutboundPaymentResourceEndUserDetails"""

    ip_address: str | None = None
    """IP address of the user initiating the OutboundPayment. Set if `present` is set to `true`. IP address collection is required for risk and compliance reasons. This will be used to help determine if the OutboundPayment is authorized or should be blocked."""
    present: bool
    """`true`` if the OutboundPayment creation request is being made on behalf of an end user by a platform. Otherwise, `false`."""
