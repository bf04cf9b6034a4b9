# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.checkout`: 0 operation(s)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from .checkout_sessions import CheckoutSessionsResource, AsyncCheckoutSessionsResource


class CheckoutResource:
    """`client.checkout`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def sessions(self) -> CheckoutSessionsResource:
        from .checkout_sessions import CheckoutSessionsResource

        return CheckoutSessionsResource(self._client)


class AsyncCheckoutResource:
    """`client.checkout` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def sessions(self) -> AsyncCheckoutSessionsResource:
        from .checkout_sessions import AsyncCheckoutSessionsResource

        return AsyncCheckoutSessionsResource(self._client)
