# File generated from spec/ (API version 2024-02-15, spec sha256 28d2af1d96921294) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class Application(StripeObject):
    """A Connect application (the platform an account authorized or deauthorized)."""

    id: str
    """Unique identifier for the object."""
    name: str | None = None
    """The name of the application."""
    object: Literal["application"]
    """String representing the object's type. Objects of the same type share the same value."""
