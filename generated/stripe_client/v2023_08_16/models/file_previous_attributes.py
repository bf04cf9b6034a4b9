# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class FilePreviousAttributes(StripeObject):
    """The previous values of the File fields that changed."""

    created: int | None = None
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    expires_at: int | None = None
    """The time at which the file expires and is no longer available in epoch seconds."""
    filename: str | None = None
    """A filename for the file, suitable for saving to a filesystem."""
    id: str | None = None
    """Unique identifier for the object."""
    links: dict[str, Any] | None = None
    """A list of [file links](https://stripe.com/docs/api#file_links) that point at this file."""
    object: Literal["file"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
    purpose: (
        Literal[
            "account_requirement",
            "additional_verification",
            "business_icon",
            "business_logo",
            "customer_signature",
            "dispute_evidence",
            "document_provider_identity_document",
            "finance_report_run",
            "identity_document",
            "identity_document_downloadable",
            "pci_document",
            "selfie",
            "sigma_scheduled_query",
            "tax_document_user_upload",
            "terminal_reader_splashscreen",
        ]
        | str
        | None
    ) = None
    """The [purpose](https://stripe.com/docs/file-upload#uploading-a-file) of the uploaded file."""
    size: int | None = None
    """The size in bytes of the file object."""
    title: str | None = None
    """A user friendly title for the document."""
    type: str | None = None
    """The type of the file returned (e.g., `csv`, `pdf`, `jpg`, or `png`)."""
    url: str | None = None
    """The URL from which the file can be downloaded using your live secret API key."""
