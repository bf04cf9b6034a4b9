# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.test_helpers`: 0 operation(s)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from .test_helpers_customers import (
        TestHelpersCustomersResource,
        AsyncTestHelpersCustomersResource,
    )
    from .test_helpers_issuing import TestHelpersIssuingResource, AsyncTestHelpersIssuingResource
    from .test_helpers_refunds import TestHelpersRefundsResource, AsyncTestHelpersRefundsResource
    from .test_helpers_terminal import TestHelpersTerminalResource, AsyncTestHelpersTerminalResource
    from .test_helpers_test_clocks import (
        TestHelpersTestClocksResource,
        AsyncTestHelpersTestClocksResource,
    )
    from .test_helpers_treasury import TestHelpersTreasuryResource, AsyncTestHelpersTreasuryResource


class TestHelpersResource:
    """`client.test_helpers`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def customers(self) -> TestHelpersCustomersResource:
        from .test_helpers_customers import TestHelpersCustomersResource

        return TestHelpersCustomersResource(self._client)

    @cached_property
    def issuing(self) -> TestHelpersIssuingResource:
        from .test_helpers_issuing import TestHelpersIssuingResource

        return TestHelpersIssuingResource(self._client)

    @cached_property
    def refunds(self) -> TestHelpersRefundsResource:
        from .test_helpers_refunds import TestHelpersRefundsResource

        return TestHelpersRefundsResource(self._client)

    @cached_property
    def terminal(self) -> TestHelpersTerminalResource:
        from .test_helpers_terminal import TestHelpersTerminalResource

        return TestHelpersTerminalResource(self._client)

    @cached_property
    def test_clocks(self) -> TestHelpersTestClocksResource:
        from .test_helpers_test_clocks import TestHelpersTestClocksResource

        return TestHelpersTestClocksResource(self._client)

    @cached_property
    def treasury(self) -> TestHelpersTreasuryResource:
        from .test_helpers_treasury import TestHelpersTreasuryResource

        return TestHelpersTreasuryResource(self._client)


class AsyncTestHelpersResource:
    """`client.test_helpers` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def customers(self) -> AsyncTestHelpersCustomersResource:
        from .test_helpers_customers import AsyncTestHelpersCustomersResource

        return AsyncTestHelpersCustomersResource(self._client)

    @cached_property
    def issuing(self) -> AsyncTestHelpersIssuingResource:
        from .test_helpers_issuing import AsyncTestHelpersIssuingResource

        return AsyncTestHelpersIssuingResource(self._client)

    @cached_property
    def refunds(self) -> AsyncTestHelpersRefundsResource:
        from .test_helpers_refunds import AsyncTestHelpersRefundsResource

        return AsyncTestHelpersRefundsResource(self._client)

    @cached_property
    def terminal(self) -> AsyncTestHelpersTerminalResource:
        from .test_helpers_terminal import AsyncTestHelpersTerminalResource

        return AsyncTestHelpersTerminalResource(self._client)

    @cached_property
    def test_clocks(self) -> AsyncTestHelpersTestClocksResource:
        from .test_helpers_test_clocks import AsyncTestHelpersTestClocksResource

        return AsyncTestHelpersTestClocksResource(self._client)

    @cached_property
    def treasury(self) -> AsyncTestHelpersTreasuryResource:
        from .test_helpers_treasury import AsyncTestHelpersTreasuryResource

        return AsyncTestHelpersTreasuryResource(self._client)
