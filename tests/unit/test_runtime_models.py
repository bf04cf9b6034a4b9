"""stripe-python habits on responses: mapping access, to_dict, str/repr, iterating pages."""

from __future__ import annotations

import json

import pytest
from pydantic import Field

from _runtime.models import AsyncListObject, AsyncSearchResult, ListObject, SearchResult, StripeObject


class Address(StripeObject):
    city: str | None = None
    line2: str | None = None


class Card(StripeObject):
    id: str
    last4: str


class Transfer(StripeObject):
    id: str
    object: str = "transfer"
    from_: str | None = Field(default=None, alias="from")
    address: Address | None = None
    email: str | None = None
    cards: list[Card] | None = None
    source: str | StripeObject | None = None


SENT = {
    "id": "tr_1",
    "object": "transfer",
    "from": "acct_1",
    "address": {"city": "Paris", "line2": None},
    "cards": [{"id": "card_1", "last4": "4242"}],
    "source": {"id": "src_1", "object": "source", "amount": 5},
    "brand_new": {"nested": [1, 2]},
}


def transfer() -> Transfer:
    return Transfer.model_validate(SENT)


def test_getitem_get_and_in_use_wire_names_and_extras() -> None:
    obj = transfer()
    assert obj["id"] == "tr_1"
    assert obj["from"] == "acct_1"  # the wire name, not the Python name `from_`
    assert obj["brand_new"] == {"nested": [1, 2]}  # a field from a newer API version
    assert obj.get("id") == "tr_1"
    assert "id" in obj and "from" in obj and "brand_new" in obj
    assert obj["address"]["city"] == "Paris"
    assert obj["cards"][0]["last4"] == "4242"


def test_fields_stripe_did_not_send_are_absent() -> None:
    obj = transfer()
    assert obj.email is None  # the attribute has its default...
    assert "email" not in obj  # ...but Stripe did not send it
    assert obj.get("email") is None
    assert obj.get("email", "none sent") == "none sent"
    with pytest.raises(KeyError):
        obj["email"]
    with pytest.raises(KeyError):
        obj["from_"]  # Python names are not wire names
    assert 1 not in obj  # type: ignore[operator]


def test_to_dict_is_what_stripe_sent() -> None:
    obj = transfer()
    assert obj.to_dict() == SENT
    assert json.loads(json.dumps(obj.to_dict())) == SENT


def test_to_dict_keeps_subclass_fields_in_a_field_typed_as_the_base() -> None:
    obj = Transfer.model_validate({"id": "tr_2"})
    obj.source = Card(id="card_9", last4="1881")
    assert obj.to_dict()["source"] == {"id": "card_9", "last4": "1881"}


def test_str_is_indented_sorted_json_and_repr_is_short() -> None:
    obj = transfer()
    assert str(obj) == json.dumps(SENT, indent=2, sort_keys=True)
    assert repr(obj) == "<Transfer id='tr_1'>"
    assert repr(obj.address) == "<Address>"


def test_mapping_methods_do_not_slow_parsing() -> None:
    # Methods only, no validators: a page of 100 objects parses in pydantic's core alone, with no
    # Python hook per object (what would slow it; the bench measures the time itself).
    body = json.dumps({"object": "list", "url": "/v1/transfers", "has_more": False,
                       "data": [dict(SENT, id=f"tr_{i}") for i in range(100)]}).encode()
    page_type = ListObject[Transfer]
    assert len(page_type.model_validate_json(body).data) == 100
    for model in (StripeObject, Transfer, page_type):
        hooks = model.__pydantic_decorators__
        assert not (hooks.validators or hooks.field_validators or hooks.root_validators or hooks.model_validators
                    or hooks.field_serializers or hooks.model_serializers), model


PAGE = {"object": "list", "url": "/v1/transfers", "has_more": True,
        "data": [{"id": "tr_1"}, {"id": "tr_2"}, {"id": "tr_3"}]}
SEARCH = {**PAGE, "object": "search_result", "next_page": "p2", "total_count": 9}


@pytest.mark.parametrize(
    ("page_type", "body"),
    [(ListObject, PAGE), (SearchResult, SEARCH), (AsyncListObject, PAGE), (AsyncSearchResult, SEARCH)],
)
def test_page_iterates_and_counts_its_items(page_type: type[ListObject[Transfer]], body: dict[str, object]) -> None:
    page = page_type[Transfer].model_validate(body)  # type: ignore[index]
    assert [t.id for t in page] == ["tr_1", "tr_2", "tr_3"]
    assert len(page) == 3
    assert page["has_more"] is True and "data" in page
    assert page.to_dict() == body
    assert repr(page).endswith("of 3 items, has_more=True>")


def test_empty_page_has_length_zero() -> None:
    page = ListObject[Transfer].model_validate({**PAGE, "data": [], "has_more": False})
    assert len(page) == 0 and list(page) == []
