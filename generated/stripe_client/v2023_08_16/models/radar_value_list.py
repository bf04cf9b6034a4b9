# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class RadarValueList(StripeObject):
    """Value lists allow you to group values together which can then be referenced in rules.

    Related guide: [Default Stripe lists](https://stripe.com/docs/radar/lists#managing-list-items)
    """

    alias: str
    """The name of the value list for use in rules."""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    created_by: str
    """The name or email address of the user who created this value list."""
    id: str
    """Unique identifier for the object."""
    item_type: (
        Literal[
            "card_bin",
            "card_fingerprint",
            "case_sensitive_string",
            "country",
            "customer_id",
            "email",
            "ip_address",
            "sepa_debit_fingerprint",
            "string",
            "us_bank_account_fingerprint",
        ]
        | str
    )
    """The type of items in the value list. One of `card_fingerprint`, `us_bank_account_fingerprint`, `sepa_debit_fingerprint`, `card_bin`, `email`, `ip_address`, `country`, `string`, `case_sensitive_string`, or `customer_id`."""
    list_items: RadarValueListListItems
    """List of items contained within this value list."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    name: str
    """The name of the value list."""
    object: Literal["radar.value_list"]
    """String representing the object's type. Objects of the same type share the same value."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .radar_value_list_list_items import RadarValueListListItems
