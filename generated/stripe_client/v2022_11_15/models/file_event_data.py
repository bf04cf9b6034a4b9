# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class FileEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: File
    """This is an object representing a file hosted on Stripe's servers. The
        file may have been uploaded by yourself using the [create file](https://stripe.com/docs/api#create_file)
        request (for example, when uploading dispute evidence) or it may have
        been created by Stripe (for example, the results of a [Sigma scheduled
        query](#scheduled_queries)).

        Related guide: [File Upload Guide](https://stripe.com/docs/file-upload).
        """
    previous_attributes: FilePreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .file import File
from .file_previous_attributes import FilePreviousAttributes
