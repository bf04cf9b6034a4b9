# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.test_helpers.issuing`: 0 operation(s)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from .test_helpers_issuing_cards import (
        TestHelpersIssuingCardsResource,
        AsyncTestHelpersIssuingCardsResource,
    )


class TestHelpersIssuingResource:
    """`client.test_helpers.issuing`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def cards(self) -> TestHelpersIssuingCardsResource:
        from .test_helpers_issuing_cards import TestHelpersIssuingCardsResource

        return TestHelpersIssuingCardsResource(self._client)


class AsyncTestHelpersIssuingResource:
    """`client.test_helpers.issuing` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def cards(self) -> AsyncTestHelpersIssuingCardsResource:
        from .test_helpers_issuing_cards import AsyncTestHelpersIssuingCardsResource

        return AsyncTestHelpersIssuingCardsResource(self._client)
