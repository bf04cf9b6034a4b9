"""Unit tests for _runtime.encoding: Stripe's form/query encoding and path quoting."""

from __future__ import annotations

import enum
from decimal import Decimal
from urllib.parse import parse_qsl, urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from _runtime.encoding import encode_params, encode_value, path_param
from _runtime.errors import InvalidRequestError


class Color(enum.Enum):
    RED = "red"


class Interval(str, enum.Enum):
    MONTH = "month"


def test_flat_scalars_keep_insertion_order() -> None:
    assert encode_params({"b": "2", "a": 1, "c": "x"}) == [("b", "2"), ("a", "1"), ("c", "x")]


def test_nested_dicts() -> None:
    params = {"metadata": {"order_id": "6735", "k": "v"}, "address": {"line1": "1 Main", "city": "SF"}}
    assert encode_params(params) == [
        ("metadata[order_id]", "6735"),
        ("metadata[k]", "v"),
        ("address[line1]", "1 Main"),
        ("address[city]", "SF"),
    ]


def test_lists_and_lists_of_dicts() -> None:
    params = {
        "expand": ["customer", "invoice.subscription"],
        "items": [{"price": "price_1", "quantity": 2}, {"price": "price_2", "tax_rates": ["txr_1"]}],
    }
    assert encode_params(params) == [
        ("expand[0]", "customer"),
        ("expand[1]", "invoice.subscription"),
        ("items[0][price]", "price_1"),
        ("items[0][quantity]", "2"),
        ("items[1][price]", "price_2"),
        ("items[1][tax_rates][0]", "txr_1"),
    ]


def test_tuples_are_lists() -> None:
    assert encode_params({"a": ("x", "y")}) == [("a[0]", "x"), ("a[1]", "y")]


def test_booleans() -> None:
    assert encode_params({"capture": True, "x": {"off": False}}) == [("capture", "true"), ("x[off]", "false")]


def test_none_dropped_empty_string_kept() -> None:
    params = {"a": None, "b": "", "c": {"d": None, "e": ""}, "f": [None, "g"]}
    assert encode_params(params) == [("b", ""), ("c[e]", ""), ("f[1]", "g")]


def test_numbers_without_exponent() -> None:
    assert encode_value(2000) == "2000"
    assert encode_value(10.0) == "10"
    assert encode_value(0.1) == "0.1"
    assert encode_value(1e-7) == "0.0000001"
    assert encode_value(12.345) == "12.345"
    assert encode_value(1.5e20) == "150000000000000000000"
    assert encode_value(Decimal("1E-3")) == "0.001"
    assert "e" not in encode_value(123456789.123456789).lower()


def test_enum_values() -> None:
    assert encode_params({"color": Color.RED, "interval": Interval.MONTH, "nested": {"c": Color.RED}}) == [
        ("color", "red"),
        ("interval", "month"),
        ("nested[c]", "red"),
    ]


def test_value_attribute_used() -> None:
    class Wrapper:
        value = "wrapped"

    assert encode_params({"w": Wrapper()}) == [("w", "wrapped")]


def test_unicode_round_trips_through_urlencode() -> None:
    pairs = encode_params({"name": "Jérôme 東京 🙂", "metadata": {"clé": "välue"}})
    assert pairs == [("name", "Jérôme 東京 🙂"), ("metadata[clé]", "välue")]
    assert parse_qsl(urlencode(pairs)) == pairs


def test_empty_containers_emit_nothing() -> None:
    assert encode_params({"metadata": {}, "expand": []}) == []


@settings(suppress_health_check=[HealthCheck.too_slow])  # drawing unicode keys is slow on a busy machine
@given(st.dictionaries(st.text(min_size=1, alphabet=st.characters(blacklist_categories=("Cs",))), st.text()))
def test_flat_string_params_are_identity(params: dict[str, str]) -> None:
    assert encode_params(params) == list(params.items())


def test_path_param_quotes_everything() -> None:
    assert path_param("cus_123") == "cus_123"
    assert path_param("a/b c?d#e") == "a%2Fb%20c%3Fd%23e"
    assert path_param("é") == "%C3%A9"


@pytest.mark.parametrize("bad", ["", "   ", "\t\n"])
def test_path_param_rejects_blank(bad: str) -> None:
    with pytest.raises(InvalidRequestError, match="empty"):
        path_param(bad, "customer")


def test_path_param_rejects_non_string() -> None:
    with pytest.raises(InvalidRequestError, match="must be a string"):
        path_param(None, "customer")  # type: ignore[arg-type]


def test_repeat_keys_send_arrays_the_openapi_form_way() -> None:
    from _runtime.encoding import encode_params

    assert encode_params({"tags": ["a", "b"], "expand": ["x"]}, repeat={"tags"}) == [
        ("tags", "a"),
        ("tags", "b"),
        ("expand[0]", "x"),
    ]
