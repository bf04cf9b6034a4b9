# File generated from spec/ (API version 2024-02-15, spec sha256 28d2af1d96921294) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`StripeClient` and `AsyncStripeClient`: one attribute per resource, pinned to API version 2024-02-15."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from .resources.account import AccountResource, AsyncAccountResource
    from .resources.charges import ChargesResource, AsyncChargesResource
    from .resources.customers import CustomersResource, AsyncCustomersResource
    from .resources.events import EventsResource, AsyncEventsResource
    from .resources.oauth import OauthResource, AsyncOauthResource
    from .resources.payment_intents import PaymentIntentsResource, AsyncPaymentIntentsResource
    from .resources.payment_methods import PaymentMethodsResource, AsyncPaymentMethodsResource
    from .resources.refunds import RefundsResource, AsyncRefundsResource
    from .resources.subscriptions import SubscriptionsResource, AsyncSubscriptionsResource

API_VERSION = "2024-02-15"
"""The API version every request of these clients sends as `Stripe-Version`."""

SERVERS: dict[str, str] = {
    "api": "https://api.stripe.com",
    "connect": "https://connect.stripe.com",
}


class StripeClient(SyncAPIClient):
    """Synchronous client for Stripe API (curated), API version 2024-02-15.

    The API key comes from `api_key` or the STRIPE_API_KEY environment variable. `max_retries` and
    `timeout` apply to every request unless a call's `request_options` says otherwise.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        connect_base_url: str | None = None,
        stripe_account: str | None = None,
        max_retries: int = 2,
        timeout: float = 80.0,
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            stripe_version=API_VERSION or None,
            base_url=base_url or SERVERS["api"] or None,
            connect_base_url=connect_base_url or SERVERS.get("connect") or None,
            stripe_account=stripe_account,
            max_retries=max_retries,
            timeout=timeout,
            http_client=http_client,
            default_headers=default_headers,
            servers={key: url for key, url in SERVERS.items() if key not in ("api", "connect")},
        )

    @cached_property
    def account(self) -> AccountResource:
        from .resources.account import AccountResource

        return AccountResource(self)

    @cached_property
    def charges(self) -> ChargesResource:
        from .resources.charges import ChargesResource

        return ChargesResource(self)

    @cached_property
    def customers(self) -> CustomersResource:
        from .resources.customers import CustomersResource

        return CustomersResource(self)

    @cached_property
    def events(self) -> EventsResource:
        from .resources.events import EventsResource

        return EventsResource(self)

    @cached_property
    def oauth(self) -> OauthResource:
        from .resources.oauth import OauthResource

        return OauthResource(self)

    @cached_property
    def payment_intents(self) -> PaymentIntentsResource:
        from .resources.payment_intents import PaymentIntentsResource

        return PaymentIntentsResource(self)

    @cached_property
    def payment_methods(self) -> PaymentMethodsResource:
        from .resources.payment_methods import PaymentMethodsResource

        return PaymentMethodsResource(self)

    @cached_property
    def refunds(self) -> RefundsResource:
        from .resources.refunds import RefundsResource

        return RefundsResource(self)

    @cached_property
    def subscriptions(self) -> SubscriptionsResource:
        from .resources.subscriptions import SubscriptionsResource

        return SubscriptionsResource(self)


class AsyncStripeClient(AsyncAPIClient):
    """Asynchronous client for Stripe API (curated), API version 2024-02-15.

    The API key comes from `api_key` or the STRIPE_API_KEY environment variable. `max_retries` and
    `timeout` apply to every request unless a call's `request_options` says otherwise.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        connect_base_url: str | None = None,
        stripe_account: str | None = None,
        max_retries: int = 2,
        timeout: float = 80.0,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            stripe_version=API_VERSION or None,
            base_url=base_url or SERVERS["api"] or None,
            connect_base_url=connect_base_url or SERVERS.get("connect") or None,
            stripe_account=stripe_account,
            max_retries=max_retries,
            timeout=timeout,
            http_client=http_client,
            default_headers=default_headers,
            servers={key: url for key, url in SERVERS.items() if key not in ("api", "connect")},
        )

    @cached_property
    def account(self) -> AsyncAccountResource:
        from .resources.account import AsyncAccountResource

        return AsyncAccountResource(self)

    @cached_property
    def charges(self) -> AsyncChargesResource:
        from .resources.charges import AsyncChargesResource

        return AsyncChargesResource(self)

    @cached_property
    def customers(self) -> AsyncCustomersResource:
        from .resources.customers import AsyncCustomersResource

        return AsyncCustomersResource(self)

    @cached_property
    def events(self) -> AsyncEventsResource:
        from .resources.events import AsyncEventsResource

        return AsyncEventsResource(self)

    @cached_property
    def oauth(self) -> AsyncOauthResource:
        from .resources.oauth import AsyncOauthResource

        return AsyncOauthResource(self)

    @cached_property
    def payment_intents(self) -> AsyncPaymentIntentsResource:
        from .resources.payment_intents import AsyncPaymentIntentsResource

        return AsyncPaymentIntentsResource(self)

    @cached_property
    def payment_methods(self) -> AsyncPaymentMethodsResource:
        from .resources.payment_methods import AsyncPaymentMethodsResource

        return AsyncPaymentMethodsResource(self)

    @cached_property
    def refunds(self) -> AsyncRefundsResource:
        from .resources.refunds import AsyncRefundsResource

        return AsyncRefundsResource(self)

    @cached_property
    def subscriptions(self) -> AsyncSubscriptionsResource:
        from .resources.subscriptions import AsyncSubscriptionsResource

        return AsyncSubscriptionsResource(self)
