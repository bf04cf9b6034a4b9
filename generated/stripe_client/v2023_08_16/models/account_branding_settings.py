# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class AccountBrandingSettings(StripeObject):
    """AccountBrandingSettings"""

    icon: str | File | StripeObject | None = None
    """(ID of a [file upload](https://stripe.com/docs/guides/file-upload)) An icon for the account. Must be square and at least 128px x 128px."""
    logo: str | File | StripeObject | None = None
    """(ID of a [file upload](https://stripe.com/docs/guides/file-upload)) A logo for the account that will be used in Checkout instead of the icon and without the account's name next to it if provided. Must be at least 128px x 128px."""
    primary_color: str | None = None
    """A CSS hex color value representing the primary branding color for this account"""
    secondary_color: str | None = None
    """A CSS hex color value representing the secondary branding color for this account"""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .file import File
