# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.tax`: 0 operation(s)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from .tax_calculations import TaxCalculationsResource, AsyncTaxCalculationsResource
    from .tax_settings import TaxSettingsResource, AsyncTaxSettingsResource
    from .tax_transactions import TaxTransactionsResource, AsyncTaxTransactionsResource


class TaxResource:
    """`client.tax`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def calculations(self) -> TaxCalculationsResource:
        from .tax_calculations import TaxCalculationsResource

        return TaxCalculationsResource(self._client)

    @cached_property
    def settings(self) -> TaxSettingsResource:
        from .tax_settings import TaxSettingsResource

        return TaxSettingsResource(self._client)

    @cached_property
    def transactions(self) -> TaxTransactionsResource:
        from .tax_transactions import TaxTransactionsResource

        return TaxTransactionsResource(self._client)


class AsyncTaxResource:
    """`client.tax` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def calculations(self) -> AsyncTaxCalculationsResource:
        from .tax_calculations import AsyncTaxCalculationsResource

        return AsyncTaxCalculationsResource(self._client)

    @cached_property
    def settings(self) -> AsyncTaxSettingsResource:
        from .tax_settings import AsyncTaxSettingsResource

        return AsyncTaxSettingsResource(self._client)

    @cached_property
    def transactions(self) -> AsyncTaxTransactionsResource:
        from .tax_transactions import AsyncTaxTransactionsResource

        return AsyncTaxTransactionsResource(self._client)
