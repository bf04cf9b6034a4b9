# File generated from spec/ (API version 2023-07-22, spec sha256 a258a150d805d4e4) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class ApplicationEventData(StripeObject):
    """An `account.application.*` event: the Connect application that was authorized or deauthorized."""

    object: Application
    """A Connect application (the platform an account authorized or deauthorized)."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .application import Application
