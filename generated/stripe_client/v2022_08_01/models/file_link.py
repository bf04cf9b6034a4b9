# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class FileLink(StripeObject):
    """To share the contents of a `File` object with non-Stripe users, you can
    create a `FileLink`. `FileLink`s contain a URL that can be used to
    retrieve the contents of the file without authentication.
    """

    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    expired: bool
    """Whether this link is already expired."""
    expires_at: int | None = None
    """Time at which the link expires."""
    file: str | File | StripeObject
    """The file object this link points to."""
    id: str
    """Unique identifier for the object."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    object: Literal["file_link"]
    """String representing the object's type. Objects of the same type share the same value."""
    url: str | None = None
    """The publicly accessible URL to download the file."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .file import File
