# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class IssuingCardholderIdDocument(StripeObject):
    """IssuingCardholderIdDocument"""

    back: str | File | StripeObject | None = None
    """The back of a document returned by a [file upload](https://stripe.com/docs/api#create_file) with a `purpose` value of `identity_document`."""
    front: str | File | StripeObject | None = None
    """The front of a document returned by a [file upload](https://stripe.com/docs/api#create_file) with a `purpose` value of `identity_document`."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .file import File
