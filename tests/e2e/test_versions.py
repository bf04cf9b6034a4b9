"""Each pinned version's subpackage matches its own spec: fields removed or added between versions."""

from __future__ import annotations

import importlib

import pytest


def models(version: str) -> object:
    return importlib.import_module(f"stripe_client.v{version.replace('-', '_')}.models")


def test_a_field_removed_in_a_later_version_is_only_in_the_earlier_models() -> None:
    before = models("2023-11-10").PaymentIntent.model_fields
    after = models("2024-02-15").PaymentIntent.model_fields
    assert "confirmation_method" in before and "confirmation_method" not in after


def test_a_field_added_in_a_later_version_is_only_in_the_later_models() -> None:
    assert "processing" not in models("2023-11-10").PaymentIntent.model_fields
    assert "processing" in models("2024-02-15").PaymentIntent.model_fields
    assert "decline_code" in models("2023-07-22").ApiErrors.model_fields


def test_operations_exist_only_from_the_version_that_adds_them() -> None:
    old = importlib.import_module("stripe_client.v2023_07_22")
    new = importlib.import_module("stripe_client.v2023_11_10")
    assert not hasattr(old.StripeClient(api_key="sk_test_x"), "payment_methods")
    assert hasattr(new.StripeClient(api_key="sk_test_x"), "payment_methods")


@pytest.mark.parametrize("version", ["2023-07-22", "2023-11-10", "2024-02-15"])
def test_top_level_package_is_the_latest(version: str) -> None:
    import stripe_client

    assert stripe_client.VERSIONS[-1] == stripe_client.API_VERSION == "2024-02-15"
    assert version in stripe_client.VERSIONS
