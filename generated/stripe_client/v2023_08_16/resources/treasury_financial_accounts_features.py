# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.treasury.financial_accounts.features`: 2 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.treasury_financial_account_features import TreasuryFinancialAccountFeatures
    from ..params import TreasuryFinancialAccountsFeaturesUpdateCardIssuingParams
    from ..params import TreasuryFinancialAccountsFeaturesUpdateDepositInsuranceParams
    from ..params import TreasuryFinancialAccountsFeaturesUpdateFinancialAddressesParams
    from ..params import TreasuryFinancialAccountsFeaturesUpdateInboundTransfersParams
    from ..params import TreasuryFinancialAccountsFeaturesUpdateIntraStripeFlowsParams
    from ..params import TreasuryFinancialAccountsFeaturesUpdateOutboundPaymentsParams
    from ..params import TreasuryFinancialAccountsFeaturesUpdateOutboundTransfersParams


class TreasuryFinancialAccountsFeaturesResource:
    """`client.treasury.financial_accounts.features`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def retrieve(
        self,
        financial_account: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryFinancialAccountFeatures:
        """<p>Retrieves Features information associated with the FinancialAccount.</p>

        `GET /v1/treasury/financial_accounts/{financial_account}/features`
        """
        from ..models.treasury_financial_account_features import TreasuryFinancialAccountFeatures

        return self._client.request(
            "get",
            "/v1/treasury/financial_accounts/{financial_account}/features",
            path_params={
                "financial_account": financial_account,
            },
            query={
                "expand": expand,
            },
            cast_to=TreasuryFinancialAccountFeatures,
            options=request_options,
        )

    def update(
        self,
        financial_account: str,
        *,
        card_issuing: TreasuryFinancialAccountsFeaturesUpdateCardIssuingParams | None = None,
        deposit_insurance: (
            TreasuryFinancialAccountsFeaturesUpdateDepositInsuranceParams | None
        ) = None,
        expand: Sequence[str] | None = None,
        financial_addresses: (
            TreasuryFinancialAccountsFeaturesUpdateFinancialAddressesParams | None
        ) = None,
        inbound_transfers: (
            TreasuryFinancialAccountsFeaturesUpdateInboundTransfersParams | None
        ) = None,
        intra_stripe_flows: (
            TreasuryFinancialAccountsFeaturesUpdateIntraStripeFlowsParams | None
        ) = None,
        outbound_payments: (
            TreasuryFinancialAccountsFeaturesUpdateOutboundPaymentsParams | None
        ) = None,
        outbound_transfers: (
            TreasuryFinancialAccountsFeaturesUpdateOutboundTransfersParams | None
        ) = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryFinancialAccountFeatures:
        """<p>Updates the Features associated with a FinancialAccount.</p>

        `POST /v1/treasury/financial_accounts/{financial_account}/features`
        """
        from ..models.treasury_financial_account_features import TreasuryFinancialAccountFeatures

        return self._client.request(
            "post",
            "/v1/treasury/financial_accounts/{financial_account}/features",
            path_params={
                "financial_account": financial_account,
            },
            body={
                "card_issuing": card_issuing,
                "deposit_insurance": deposit_insurance,
                "expand": expand,
                "financial_addresses": financial_addresses,
                "inbound_transfers": inbound_transfers,
                "intra_stripe_flows": intra_stripe_flows,
                "outbound_payments": outbound_payments,
                "outbound_transfers": outbound_transfers,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TreasuryFinancialAccountFeatures,
            options=request_options,
        )


class AsyncTreasuryFinancialAccountsFeaturesResource:
    """`client.treasury.financial_accounts.features` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def retrieve(
        self,
        financial_account: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryFinancialAccountFeatures:
        """<p>Retrieves Features information associated with the FinancialAccount.</p>

        `GET /v1/treasury/financial_accounts/{financial_account}/features`
        """
        from ..models.treasury_financial_account_features import TreasuryFinancialAccountFeatures

        return await self._client.request(
            "get",
            "/v1/treasury/financial_accounts/{financial_account}/features",
            path_params={
                "financial_account": financial_account,
            },
            query={
                "expand": expand,
            },
            cast_to=TreasuryFinancialAccountFeatures,
            options=request_options,
        )

    async def update(
        self,
        financial_account: str,
        *,
        card_issuing: TreasuryFinancialAccountsFeaturesUpdateCardIssuingParams | None = None,
        deposit_insurance: (
            TreasuryFinancialAccountsFeaturesUpdateDepositInsuranceParams | None
        ) = None,
        expand: Sequence[str] | None = None,
        financial_addresses: (
            TreasuryFinancialAccountsFeaturesUpdateFinancialAddressesParams | None
        ) = None,
        inbound_transfers: (
            TreasuryFinancialAccountsFeaturesUpdateInboundTransfersParams | None
        ) = None,
        intra_stripe_flows: (
            TreasuryFinancialAccountsFeaturesUpdateIntraStripeFlowsParams | None
        ) = None,
        outbound_payments: (
            TreasuryFinancialAccountsFeaturesUpdateOutboundPaymentsParams | None
        ) = None,
        outbound_transfers: (
            TreasuryFinancialAccountsFeaturesUpdateOutboundTransfersParams | None
        ) = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryFinancialAccountFeatures:
        """<p>Updates the Features associated with a FinancialAccount.</p>

        `POST /v1/treasury/financial_accounts/{financial_account}/features`
        """
        from ..models.treasury_financial_account_features import TreasuryFinancialAccountFeatures

        return await self._client.request(
            "post",
            "/v1/treasury/financial_accounts/{financial_account}/features",
            path_params={
                "financial_account": financial_account,
            },
            body={
                "card_issuing": card_issuing,
                "deposit_insurance": deposit_insurance,
                "expand": expand,
                "financial_addresses": financial_addresses,
                "inbound_transfers": inbound_transfers,
                "intra_stripe_flows": intra_stripe_flows,
                "outbound_payments": outbound_payments,
                "outbound_transfers": outbound_transfers,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TreasuryFinancialAccountFeatures,
            options=request_options,
        )
