# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class BillingPortalConfiguration(StripeObject):
    """A portal configuration describes the functionality and behavior of a portal session."""

    active: bool
    """Whether the configuration is active and can be used to create portal sessions."""
    application: str | Application | DeletedApplication | StripeObject | None = None
    """ID of the Connect Application that created the configuration."""
    business_profile: PortalBusinessProfile
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    default_return_url: str | None = None
    """The default URL to redirect customers to when they click on the portal's link to return to your website. This can be [overriden](https://stripe.com/docs/api/customer_portal/sessions/create#create_portal_session-return_url) when creating the session."""
    features: PortalFeatures
    id: str
    """Unique identifier for the object."""
    is_default: bool
    """Whether the configuration is the default. If `true`, this configuration can be managed in the Dashboard and portal sessions will use this configuration unless it is overriden when creating the session."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    login_page: PortalLoginPage
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    object: Literal["billing_portal.configuration"]
    """String representing the object's type. Objects of the same type share the same value."""
    updated: int
    """Time at which the object was last updated. Measured in seconds since the Unix epoch."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .application import Application
from .deleted_application import DeletedApplication
from .portal_business_profile import PortalBusinessProfile
from .portal_features import PortalFeatures
from .portal_login_page import PortalLoginPage
