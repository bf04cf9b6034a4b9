# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class TerminalConnectionToken(StripeObject):
    """A Connection Token is used by the Stripe Terminal SDK to connect to a reader.

    Related guide: [Fleet Management](https://stripe.com/docs/terminal/fleet/locations).
    """

    location: str | None = None
    """The id of the location that this connection token is scoped to. Note that location scoping only applies to internet-connected readers. For more details, see [the docs on scoping connection tokens](https://stripe.com/docs/terminal/fleet/locations#connection-tokens)."""
    object: Literal["terminal.connection_token"]
    """String representing the object's type. Objects of the same type share the same value."""
    secret: str
    """Your application should pass this token to the Stripe Terminal SDK."""
