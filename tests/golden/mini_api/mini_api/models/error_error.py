# File generated from mini.yaml by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from mini_api._runtime.models import StripeObject


class ErrorError(StripeObject):
    type: Literal["api_error", "invalid_request_error"] | str | None = None
    message: str | None = None
