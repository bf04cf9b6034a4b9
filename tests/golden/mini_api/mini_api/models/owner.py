# File generated from mini.yaml (API version 2024-01-01, spec sha256 038f8cbd9c4456c2) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from mini_api._runtime.models import StripeObject


class Owner(StripeObject):
    id: str
    object: Literal["owner"]
    email: str | None = None
