# File generated from mini.yaml by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from mini_api._runtime.models import StripeObject


class WidgetPolishedEventData(StripeObject):
    object: Widget
    """A widget."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .widget import Widget
