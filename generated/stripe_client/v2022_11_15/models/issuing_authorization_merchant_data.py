# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class IssuingAuthorizationMerchantData(StripeObject):
    """IssuingAuthorizationMerchantData"""

    category: str
    """A categorization of the seller's type of business. See our [merchant categories guide](https://stripe.com/docs/issuing/merchant-categories) for a list of possible values."""
    category_code: str
    """The merchant category code for the seller’s business"""
    city: str | None = None
    """City where the seller is located"""
    country: str | None = None
    """Country where the seller is located"""
    name: str | None = None
    """Name of the seller"""
    network_id: str
    """Identifier assigned to the seller by the card brand"""
    postal_code: str | None = None
    """Postal code where the seller is located"""
    state: str | None = None
    """State where the seller is located"""
