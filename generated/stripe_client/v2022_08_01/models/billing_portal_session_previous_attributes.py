# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class BillingPortalSessionPreviousAttributes(StripeObject):
    """The previous values of the BillingPortalSession fields that changed."""

    configuration: str | dict[str, Any] | None = None
    """The configuration used by this session, describing the features available."""
    created: int | None = None
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    customer: str | None = None
    """The ID of the customer for this session."""
    id: str | None = None
    """Unique identifier for the object."""
    livemode: bool | None = None
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    locale: (
        Literal[
            "auto",
            "bg",
            "cs",
            "da",
            "de",
            "el",
            "en",
            "en-AU",
            "en-CA",
            "en-GB",
            "en-IE",
            "en-IN",
            "en-NZ",
            "en-SG",
            "es",
            "es-419",
            "et",
            "fi",
            "fil",
            "fr",
            "fr-CA",
            "hr",
            "hu",
            "id",
            "it",
            "ja",
            "ko",
            "lt",
            "lv",
            "ms",
            "mt",
            "nb",
            "nl",
            "pl",
            "pt",
            "pt-BR",
            "ro",
            "ru",
            "sk",
            "sl",
            "sv",
            "th",
            "tr",
            "vi",
            "zh",
            "zh-HK",
            "zh-TW",
        ]
        | str
        | None
    ) = None
    """The IETF language tag of the locale Customer Portal is displayed in. If blank or auto, the customer’s `preferred_locales` or browser’s locale is used."""
    object: Literal["billing_portal.session"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
    on_behalf_of: str | None = None
    """The account for which the session was created on behalf of. When specified, only subscriptions and invoices with this `on_behalf_of` account appear in the portal. For more information, see the [docs](https://stripe.com/docs/connect/charges-transfers#on-behalf-of). Use the [Accounts API](https://stripe.com/docs/api/accounts/object#account_object-settings-branding) to modify the `on_behalf_of` account's branding settings, which the portal displays."""
    return_url: str | None = None
    """The URL to redirect customers to when they click on the portal's link to return to your website."""
    url: str | None = None
    """The short-lived URL of the session that gives customers access to the customer portal."""
