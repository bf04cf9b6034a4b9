"""Each pinned version's subpackage matches what Stripe published at that version."""

from __future__ import annotations

import importlib
from types import ModuleType

import pytest

from generator.versions import pinned_versions


def package(version: str) -> ModuleType:
    return importlib.import_module(f"stripe_client.v{version.replace('-', '_')}")


def test_the_pinned_versions_are_stripes() -> None:
    assert pinned_versions() == ["2022-08-01", "2022-11-15", "2023-08-16"]


def test_2022_11_15_replaces_payment_intent_charges_with_latest_charge() -> None:
    before = package("2022-08-01").models.PaymentIntent.model_fields
    after = package("2022-11-15").models.PaymentIntent.model_fields
    assert "charges" in before and "charges" not in after
    assert "latest_charge" not in before and "latest_charge" in after


def test_orders_and_skus_exist_only_before_2022_11_15() -> None:
    old = package("2022-08-01").StripeClient(api_key="sk_test_x")
    new = package("2022-11-15").StripeClient(api_key="sk_test_x")
    assert hasattr(old, "orders") and hasattr(old, "skus")
    assert not hasattr(new, "orders") and not hasattr(new, "skus")


@pytest.mark.parametrize("version", pinned_versions())
def test_top_level_package_is_the_latest(version: str) -> None:
    import stripe_client

    assert stripe_client.VERSIONS[-1] == stripe_client.API_VERSION == "2023-08-16"
    assert version in stripe_client.VERSIONS
    assert package(version).API_VERSION == version
