# File generated from spec/ (API version 2023-07-22, spec sha256 a258a150d805d4e4) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class Error(StripeObject):
    """An error response from the Stripe API."""

    error: ApiErrors
    """The error object. `type` is the category (and selects the client's error class); `code`, `message` and `param` say what went wrong."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .api_errors import ApiErrors
