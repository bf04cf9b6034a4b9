# File generated from mini.yaml by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""The response models of this API version, imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .error import Error as Error
    from .error_error import ErrorError as ErrorError
    from .owner import Owner as Owner
    from .widget import Widget as Widget
    from .widget_polished_event import WidgetPolishedEvent as WidgetPolishedEvent
    from .widget_polished_event_data import WidgetPolishedEventData as WidgetPolishedEventData
    from .widgets_delete_response import WidgetsDeleteResponse as WidgetsDeleteResponse

_MODULES: dict[str, str] = {
    "Error": "error",
    "ErrorError": "error_error",
    "Owner": "owner",
    "Widget": "widget",
    "WidgetPolishedEvent": "widget_polished_event",
    "WidgetPolishedEventData": "widget_polished_event_data",
    "WidgetsDeleteResponse": "widgets_delete_response",
}

__all__ = sorted(_MODULES)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
