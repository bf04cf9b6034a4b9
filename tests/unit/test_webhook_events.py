"""Parsing signed events with the generated package of tests/golden/mini.yaml (generated into a temp dir).

An event that fits the models is typed; a signed event that does not fit (Stripe sent it, so answering
400 would only make Stripe retry it for days) is a `LenientEvent` whose problems carry locations and
error kinds, never payload values.
"""

from __future__ import annotations

import importlib
import json
import sys
import warnings
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.generate import generate_spec
from generator.write import write_tree

MINI = Path(__file__).resolve().parents[1] / "golden" / "mini.yaml"
SECRET = "whsec_mini_secret"
NOW = 1_700_000_000
CARD = "4242424242424242"


@pytest.fixture(scope="module")
def mini(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    """mini.yaml served from stripe.com, so that its events carry an API version (2024-01-01)."""
    out = tmp_path_factory.mktemp("mini")
    spec = out / "mini.yaml"
    spec.write_text(MINI.read_text(encoding="utf-8").replace("api.example.com", "api.stripe.com"), encoding="utf-8")
    write_tree(out, generate_spec(str(spec), "mini_webhooks", use_cache=False).files)
    sys.path.insert(0, str(out))
    try:
        package = importlib.import_module("mini_webhooks")
        importlib.import_module("mini_webhooks._runtime.webhooks")
        return package
    finally:
        sys.path.remove(str(out))


def event(**changes: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "id": "evt_1",
        "object": "event",
        "type": "widget.polished",
        "data": {"object": {"id": "wid_1", "object": "widget", "name": "Wid", "owner": "own_1"}},
    }
    payload.update(changes)
    return payload


def construct(mini: ModuleType, payload: dict[str, Any]) -> Any:
    body = json.dumps(payload).encode()
    header = mini._runtime.webhooks.generate_test_header(body, SECRET, timestamp=NOW)
    return mini.Webhook.construct_event(body, header, SECRET, now=NOW)


def test_an_event_that_fits_is_typed(mini: ModuleType) -> None:
    parsed = construct(mini, event())
    assert type(parsed).__name__ == "WidgetPolishedEvent"
    assert parsed.data.object.owner == "own_1"


def test_an_event_without_data_is_lenient(mini: ModuleType) -> None:
    payload = event()
    del payload["data"]
    parsed = construct(mini, payload)
    assert isinstance(parsed, mini.events.LenientEvent)
    assert (parsed.type, parsed.id, parsed.object) == ("widget.polished", "evt_1", {})
    assert [(p.loc, p.kind) for p in parsed.problems] == [(("data",), "missing")]


def test_a_lenient_event_never_shows_payload_values(mini: ModuleType) -> None:
    obj = {"id": "wid_1", "object": "widget", "name": CARD, "parts": CARD, "metadata": {"card": CARD}}
    parsed = construct(mini, event(data={"object": obj}))  # no `owner`; `parts` is not a list
    assert isinstance(parsed, mini.LenientEvent)
    assert parsed.object == obj  # the raw object is there for the handler to use
    locations = {(".".join(map(str, p.loc)), p.kind) for p in parsed.problems}
    assert ("data.object.owner", "missing") in locations
    assert ("data.object.parts", "list_type") in locations
    for text in (repr(parsed), str(parsed), *map(str, parsed.problems), repr(parsed.problems)):
        assert CARD not in text and "Wid" not in text


def test_parse_event_is_lenient_too(mini: ModuleType) -> None:
    parsed = mini.parse_event(json.dumps(event(type="widget.polished", data="not an object")))
    assert isinstance(parsed, mini.LenientEvent)
    assert parsed.object == {} and parsed.raw["data"] == "not an object"


def test_unknown_type_is_unknown_event_or_lenient_when_it_does_not_fit(mini: ModuleType) -> None:
    assert type(construct(mini, event(type="widget.sold"))) is mini.UnknownEvent
    lenient = construct(mini, event(type="widget.sold", data=[CARD]))
    assert isinstance(lenient, mini.LenientEvent) and lenient.type == "widget.sold"
    no_type = event()
    del no_type["type"]
    assert construct(mini, no_type).type is None


def test_one_event_version_warning_class_for_every_version(mini: ModuleType) -> None:
    runtime = mini._runtime.webhooks
    assert mini.events.EventVersionWarning is runtime.EventVersionWarning
    assert mini.events.UnknownEvent is runtime.UnknownEvent
    with pytest.warns(runtime.EventVersionWarning, match="2099-01-01.*2024-01-01") as record:
        mini.parse_event(event(api_version="2099-01-01"))
    assert record[0].filename == __file__  # points at the caller of parse_event
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        mini.parse_event(event(api_version="2024-01-01"))
