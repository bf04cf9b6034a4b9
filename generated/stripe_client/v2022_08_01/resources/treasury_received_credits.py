# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.treasury.received_credits`: 2 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.treasury_received_credit import TreasuryReceivedCredit
    from ..params import TreasuryReceivedCreditsListLinkedFlowsParams


class TreasuryReceivedCreditsResource:
    """`client.treasury.received_credits`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        financial_account: str,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        linked_flows: TreasuryReceivedCreditsListLinkedFlowsParams | None = None,
        starting_after: str | None = None,
        status: Literal["failed", "succeeded"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[TreasuryReceivedCredit]:
        """<p>Returns a list of ReceivedCredits.</p>

        `GET /v1/treasury/received_credits`
        """
        from ..models.treasury_received_credit import TreasuryReceivedCredit

        return self._client.request_list(
            "get",
            "/v1/treasury/received_credits",
            query={
                "financial_account": financial_account,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "linked_flows": linked_flows,
                "starting_after": starting_after,
                "status": status,
            },
            cast_to=ListObject[TreasuryReceivedCredit],
            options=request_options,
        )

    def retrieve(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryReceivedCredit:
        """<p>Retrieves the details of an existing ReceivedCredit by passing the unique ReceivedCredit ID from the ReceivedCredit list.</p>

        `GET /v1/treasury/received_credits/{id}`
        """
        from ..models.treasury_received_credit import TreasuryReceivedCredit

        return self._client.request(
            "get",
            "/v1/treasury/received_credits/{id}",
            path_params={
                "id": id,
            },
            query={
                "expand": expand,
            },
            cast_to=TreasuryReceivedCredit,
            options=request_options,
        )


class AsyncTreasuryReceivedCreditsResource:
    """`client.treasury.received_credits` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        financial_account: str,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        linked_flows: TreasuryReceivedCreditsListLinkedFlowsParams | None = None,
        starting_after: str | None = None,
        status: Literal["failed", "succeeded"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[TreasuryReceivedCredit]:
        """<p>Returns a list of ReceivedCredits.</p>

        `GET /v1/treasury/received_credits`
        """
        from ..models.treasury_received_credit import TreasuryReceivedCredit

        return self._client.request_list(
            "get",
            "/v1/treasury/received_credits",
            query={
                "financial_account": financial_account,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "linked_flows": linked_flows,
                "starting_after": starting_after,
                "status": status,
            },
            cast_to=AsyncListObject[TreasuryReceivedCredit],
            options=request_options,
        )

    async def retrieve(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryReceivedCredit:
        """<p>Retrieves the details of an existing ReceivedCredit by passing the unique ReceivedCredit ID from the ReceivedCredit list.</p>

        `GET /v1/treasury/received_credits/{id}`
        """
        from ..models.treasury_received_credit import TreasuryReceivedCredit

        return await self._client.request(
            "get",
            "/v1/treasury/received_credits/{id}",
            path_params={
                "id": id,
            },
            query={
                "expand": expand,
            },
            cast_to=TreasuryReceivedCredit,
            options=request_options,
        )
