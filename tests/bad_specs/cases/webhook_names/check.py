ev = pkg.events.parse_event({"type": "a.b\"c", "id": "x"})
assert type(ev).__name__ != "UnknownEvent", type(ev)
ev = pkg.events.parse_event({"type": "unknown", "id": "x"})
assert type(ev) is not pkg.events.UnknownEvent and ev.id == "x", type(ev)
ev = pkg.events.parse_event({"type": "never.seen", "id": "y"})
assert type(ev) is pkg.events.UnknownEvent
