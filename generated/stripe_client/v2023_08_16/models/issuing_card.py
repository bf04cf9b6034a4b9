# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class IssuingCard(StripeObject):
    """You can [create physical or virtual cards](https://stripe.com/docs/issuing/cards) that are issued to cardholders."""

    brand: str
    """The brand of the card."""
    cancellation_reason: Literal["design_rejected", "lost", "stolen"] | str | None = None
    """The reason why the card was canceled."""
    cardholder: IssuingCardholder
    """An Issuing `Cardholder` object represents an individual or business entity who is [issued](https://stripe.com/docs/issuing) cards.

        Related guide: [How to create a cardholder](https://stripe.com/docs/issuing/cards#create-cardholder)
        """
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Supported currencies are `usd` in the US, `eur` in the EU, and `gbp` in the UK."""
    cvc: str | None = None
    """The card's CVC. For security reasons, this is only available for virtual cards, and will be omitted unless you explicitly request it with [the `expand` parameter](https://stripe.com/docs/api/expanding_objects). Additionally, it's only available via the ["Retrieve a card" endpoint](https://stripe.com/docs/api/issuing/cards/retrieve), not via "List all cards" or any other endpoint."""
    exp_month: int
    """The expiration month of the card."""
    exp_year: int
    """The expiration year of the card."""
    financial_account: str | None = None
    """The financial account this card is attached to."""
    id: str
    """Unique identifier for the object."""
    last4: str
    """The last 4 digits of the card number."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    number: str | None = None
    """The full unredacted card number. For security reasons, this is only available for virtual cards, and will be omitted unless you explicitly request it with [the `expand` parameter](https://stripe.com/docs/api/expanding_objects). Additionally, it's only available via the ["Retrieve a card" endpoint](https://stripe.com/docs/api/issuing/cards/retrieve), not via "List all cards" or any other endpoint."""
    object: Literal["issuing.card"]
    """String representing the object's type. Objects of the same type share the same value."""
    replaced_by: str | IssuingCard | StripeObject | None = None
    """The latest card that replaces this card, if any."""
    replacement_for: str | IssuingCard | StripeObject | None = None
    """The card this card replaces, if any."""
    replacement_reason: Literal["damaged", "expired", "lost", "stolen"] | str | None = None
    """The reason why the previous card needed to be replaced."""
    shipping: IssuingCardShipping | None = None
    """Where and how the card will be shipped."""
    spending_controls: IssuingCardAuthorizationControls
    status: Literal["active", "canceled", "inactive"] | str
    """Whether authorizations can be approved on this card. May be blocked from activating cards depending on past-due Cardholder requirements. Defaults to `inactive`."""
    type: Literal["physical", "virtual"] | str
    """The type of the card."""
    wallets: IssuingCardWallets | None = None
    """Information relating to digital wallets (like Apple Pay and Google Pay)."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .issuing_card_authorization_controls import IssuingCardAuthorizationControls
from .issuing_card_shipping import IssuingCardShipping
from .issuing_card_wallets import IssuingCardWallets
from .issuing_cardholder import IssuingCardholder
