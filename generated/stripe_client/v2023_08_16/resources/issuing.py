# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.issuing`: 0 operation(s)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from .issuing_authorizations import (
        IssuingAuthorizationsResource,
        AsyncIssuingAuthorizationsResource,
    )
    from .issuing_cardholders import IssuingCardholdersResource, AsyncIssuingCardholdersResource
    from .issuing_cards import IssuingCardsResource, AsyncIssuingCardsResource
    from .issuing_disputes import IssuingDisputesResource, AsyncIssuingDisputesResource
    from .issuing_settlements import IssuingSettlementsResource, AsyncIssuingSettlementsResource
    from .issuing_transactions import IssuingTransactionsResource, AsyncIssuingTransactionsResource


class IssuingResource:
    """`client.issuing`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def authorizations(self) -> IssuingAuthorizationsResource:
        from .issuing_authorizations import IssuingAuthorizationsResource

        return IssuingAuthorizationsResource(self._client)

    @cached_property
    def cardholders(self) -> IssuingCardholdersResource:
        from .issuing_cardholders import IssuingCardholdersResource

        return IssuingCardholdersResource(self._client)

    @cached_property
    def cards(self) -> IssuingCardsResource:
        from .issuing_cards import IssuingCardsResource

        return IssuingCardsResource(self._client)

    @cached_property
    def disputes(self) -> IssuingDisputesResource:
        from .issuing_disputes import IssuingDisputesResource

        return IssuingDisputesResource(self._client)

    @cached_property
    def settlements(self) -> IssuingSettlementsResource:
        from .issuing_settlements import IssuingSettlementsResource

        return IssuingSettlementsResource(self._client)

    @cached_property
    def transactions(self) -> IssuingTransactionsResource:
        from .issuing_transactions import IssuingTransactionsResource

        return IssuingTransactionsResource(self._client)


class AsyncIssuingResource:
    """`client.issuing` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def authorizations(self) -> AsyncIssuingAuthorizationsResource:
        from .issuing_authorizations import AsyncIssuingAuthorizationsResource

        return AsyncIssuingAuthorizationsResource(self._client)

    @cached_property
    def cardholders(self) -> AsyncIssuingCardholdersResource:
        from .issuing_cardholders import AsyncIssuingCardholdersResource

        return AsyncIssuingCardholdersResource(self._client)

    @cached_property
    def cards(self) -> AsyncIssuingCardsResource:
        from .issuing_cards import AsyncIssuingCardsResource

        return AsyncIssuingCardsResource(self._client)

    @cached_property
    def disputes(self) -> AsyncIssuingDisputesResource:
        from .issuing_disputes import AsyncIssuingDisputesResource

        return AsyncIssuingDisputesResource(self._client)

    @cached_property
    def settlements(self) -> AsyncIssuingSettlementsResource:
        from .issuing_settlements import AsyncIssuingSettlementsResource

        return AsyncIssuingSettlementsResource(self._client)

    @cached_property
    def transactions(self) -> AsyncIssuingTransactionsResource:
        from .issuing_transactions import AsyncIssuingTransactionsResource

        return AsyncIssuingTransactionsResource(self._client)
