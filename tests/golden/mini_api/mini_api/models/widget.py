# File generated from mini.yaml by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from mini_api._runtime.models import StripeObject


class Widget(StripeObject):
    """A widget."""

    id: str
    object: Literal["widget"]
    name: str
    color: Literal["red", "green", "blue"] | str | None = None
    owner: str | Owner | StripeObject
    parts: list[Widget] | None = None


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .owner import Owner
