# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class BalancePreviousAttributes(StripeObject):
    """The previous values of the Balance fields that changed."""

    available: list[dict[str, Any]] | None = None
    """Available funds that you can transfer or pay out automatically by Stripe or explicitly through the [Transfers API](https://stripe.com/docs/api#transfers) or [Payouts API](https://stripe.com/docs/api#payouts). You can find the available balance for each currency and payment type in the `source_types` property."""
    connect_reserved: list[dict[str, Any]] | None = None
    """Funds held due to negative balances on connected Custom accounts. You can find the connect reserve balance for each currency and payment type in the `source_types` property."""
    instant_available: list[dict[str, Any]] | None = None
    """Funds that you can pay out using Instant Payouts."""
    issuing: dict[str, Any] | None = None
    livemode: bool | None = None
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    object: Literal["balance"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
    pending: list[dict[str, Any]] | None = None
    """Funds that aren't available in the balance yet. You can find the pending balance for each currency and each payment type in the `source_types` property."""
