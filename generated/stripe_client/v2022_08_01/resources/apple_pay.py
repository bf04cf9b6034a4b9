# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.apple_pay`: 0 operation(s)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from .apple_pay_domains import ApplePayDomainsResource, AsyncApplePayDomainsResource


class ApplePayResource:
    """`client.apple_pay`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def domains(self) -> ApplePayDomainsResource:
        from .apple_pay_domains import ApplePayDomainsResource

        return ApplePayDomainsResource(self._client)


class AsyncApplePayResource:
    """`client.apple_pay` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def domains(self) -> AsyncApplePayDomainsResource:
        from .apple_pay_domains import AsyncApplePayDomainsResource

        return AsyncApplePayDomainsResource(self._client)
