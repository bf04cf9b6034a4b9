# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`Event`: an event of this API version, typed by its `type` (e.g. `CustomerCreatedEvent`).

Where the API returns its event envelope (`client.events.retrieve()`, `client.events.list()`), the
client parses it as the union of the typed events that `events.py` defines, so there is one event
type, the same one webhooks give; an event type this version does not know is an `UnknownEvent`.
"""

from __future__ import annotations

from ..events import Event as Event

__all__ = ["Event"]
