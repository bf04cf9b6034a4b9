# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class OauthToken(StripeObject):
    """The result of an OAuth code exchange (or token refresh)."""

    access_token: str | None = None
    """A secret key for the connected account (send it as a bearer token). Prefer your own secret key with `Stripe-Account: <stripe_user_id>`."""
    livemode: bool
    """Whether the token is for live mode or test mode."""
    refresh_token: str | None = None
    """Can be used to get a new access token (with `grant_type=refresh_token`)."""
    scope: Literal["read_only", "read_write", "express"] | str
    """The scope granted to the access token."""
    stripe_publishable_key: str | None = None
    """A publishable key for the connected account."""
    stripe_user_id: str
    """The unique identifier of the connected account (`acct_...`)."""
    token_type: Literal["bearer"]
    """Always `bearer`."""
