# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class RadarValueListItem(StripeObject):
    """Value list items allow you to add specific values to a given Radar value list, which can then be used in rules.

    Related guide: [Managing list items](https://stripe.com/docs/radar/lists#managing-list-items)
    """

    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    created_by: str
    """The name or email address of the user who added this item to the value list."""
    id: str
    """Unique identifier for the object."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    object: Literal["radar.value_list_item"]
    """String representing the object's type. Objects of the same type share the same value."""
    value: str
    """The value of the item."""
    value_list: str
    """The identifier of the value list this item belongs to."""
