# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class AccountSession(StripeObject):
    """An AccountSession allows a Connect platform to grant access to a connected account in Connect embedded components.

    We recommend that you create an AccountSession each time you need to display an embedded component
    to your user. Do not save AccountSessions to your database as they expire relatively
    quickly, and cannot be used more than once.

    Related guide: [Connect embedded components](https://stripe.com/docs/connect/get-started-connect-embedded-components)
    """

    account: str
    """The ID of the account the AccountSession was created for"""
    client_secret: str
    """The client secret of this AccountSession. Used on the client to set up secure access to the given `account`.

        The client secret can be used to provide access to `account` from your frontend. It should not be stored, logged, or exposed to anyone other than the connected account. Make sure that you have TLS enabled on any page that includes the client secret.

        Refer to our docs to [setup Connect embedded components](https://stripe.com/docs/connect/get-started-connect-embedded-components) and learn about how `client_secret` should be handled.
        """
    components: ConnectEmbeddedAccountSessionCreateComponents
    expires_at: int
    """The timestamp at which this AccountSession will expire."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    object: Literal["account_session"]
    """String representing the object's type. Objects of the same type share the same value."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .connect_embedded_account_session_create_components import (
    ConnectEmbeddedAccountSessionCreateComponents,
)
