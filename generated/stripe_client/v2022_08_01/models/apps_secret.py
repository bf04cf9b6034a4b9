# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class AppsSecret(StripeObject):
    """Secret Store is an API that allows Stripe Apps developers to securely persist secrets for use by UI Extensions and app backends.

    The primary resource in Secret Store is a `secret`. Other apps can't view secrets created by an app. Additionally, secrets are scoped to provide further permission control.

    All Dashboard users and the app backend share `account` scoped secrets. Use the `account` scope for secrets that don't change per-user, like a third-party API key.

    A `user` scoped secret is accessible by the app backend and one specific Dashboard user. Use the `user` scope for per-user secrets like per-user OAuth tokens, where different users might have different permissions.

    Related guide: [Store data between page reloads](https://stripe.com/docs/stripe-apps/store-auth-data-custom-objects).
    """

    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    deleted: bool | None = None
    """If true, indicates that this secret has been deleted"""
    expires_at: int | None = None
    """The Unix timestamp for the expiry time of the secret, after which the secret deletes."""
    id: str
    """Unique identifier for the object."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    name: str
    """A name for the secret that's unique within the scope."""
    object: Literal["apps.secret"]
    """String representing the object's type. Objects of the same type share the same value."""
    payload: str | None = None
    """The plaintext secret value to be stored."""
    scope: SecretServiceResourceScope


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .secret_service_resource_scope import SecretServiceResourceScope
