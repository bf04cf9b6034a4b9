# File generated from mini.yaml by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from mini_api._runtime.models import StripeObject


class WidgetPolishedEvent(StripeObject):
    id: str
    type: Literal["widget.polished"]
    data: WidgetPolishedEventData


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .widget_polished_event_data import WidgetPolishedEventData
