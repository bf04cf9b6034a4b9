# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class BalancePreviousAttributes(StripeObject):
    """The previous values of the Balance fields that changed."""

    available: list[dict[str, Any]] | None = None
    """Funds that are available to be transferred or paid out, whether automatically by Stripe or explicitly via the [Transfers API](https://stripe.com/docs/api#transfers) or [Payouts API](https://stripe.com/docs/api#payouts). The available balance for each currency and payment type can be found in the `source_types` property."""
    connect_reserved: list[dict[str, Any]] | None = None
    """Funds held due to negative balances on connected Custom accounts. The connect reserve balance for each currency and payment type can be found in the `source_types` property."""
    instant_available: list[dict[str, Any]] | None = None
    """Funds that can be paid out using Instant Payouts."""
    issuing: dict[str, Any] | None = None
    livemode: bool | None = None
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    object: Literal["balance"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
    pending: list[dict[str, Any]] | None = None
    """Funds that are not yet available in the balance, due to the 7-day rolling pay cycle. The pending balance for each currency, and for each payment type, can be found in the `source_types` property."""
