# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.customers.tax_ids`: 4 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.deleted_tax_id import DeletedTaxId
    from ..models.tax_id import TaxId


class CustomersTaxIdsResource:
    """`client.customers.tax_ids`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        customer: str,
        *,
        type: Literal[
            "ae_trn",
            "au_abn",
            "au_arn",
            "bg_uic",
            "br_cnpj",
            "br_cpf",
            "ca_bn",
            "ca_gst_hst",
            "ca_pst_bc",
            "ca_pst_mb",
            "ca_pst_sk",
            "ca_qst",
            "ch_vat",
            "cl_tin",
            "eg_tin",
            "es_cif",
            "eu_oss_vat",
            "eu_vat",
            "gb_vat",
            "ge_vat",
            "hk_br",
            "hu_tin",
            "id_npwp",
            "il_vat",
            "in_gst",
            "is_vat",
            "jp_cn",
            "jp_rn",
            "jp_trn",
            "ke_pin",
            "kr_brn",
            "li_uid",
            "mx_rfc",
            "my_frp",
            "my_itn",
            "my_sst",
            "no_vat",
            "nz_gst",
            "ph_tin",
            "ru_inn",
            "ru_kpp",
            "sa_vat",
            "sg_gst",
            "sg_uen",
            "si_tin",
            "th_vat",
            "tr_tin",
            "tw_vat",
            "ua_vat",
            "us_ein",
            "za_vat",
        ],
        value: str,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TaxId:
        """<p>Creates a new <code>TaxID</code> object for a customer.</p>

        `POST /v1/customers/{customer}/tax_ids`
        """
        from ..models.tax_id import TaxId

        return self._client.request(
            "post",
            "/v1/customers/{customer}/tax_ids",
            path_params={
                "customer": customer,
            },
            body={
                "type": type,
                "value": value,
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TaxId,
            options=request_options,
        )

    def delete(
        self,
        customer: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeletedTaxId:
        """<p>Deletes an existing <code>TaxID</code> object.</p>

        `DELETE /v1/customers/{customer}/tax_ids/{id}`
        """
        from ..models.deleted_tax_id import DeletedTaxId

        return self._client.request(
            "delete",
            "/v1/customers/{customer}/tax_ids/{id}",
            path_params={
                "customer": customer,
                "id": id,
            },
            cast_to=DeletedTaxId,
            options=request_options,
        )

    def list(
        self,
        customer: str,
        *,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[TaxId]:
        """<p>Returns a list of tax IDs for a customer.</p>

        `GET /v1/customers/{customer}/tax_ids`
        """
        from ..models.tax_id import TaxId

        return self._client.request_list(
            "get",
            "/v1/customers/{customer}/tax_ids",
            path_params={
                "customer": customer,
            },
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[TaxId],
            options=request_options,
        )

    def retrieve(
        self,
        customer: str,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TaxId:
        """<p>Retrieves the <code>TaxID</code> object with the given identifier.</p>

        `GET /v1/customers/{customer}/tax_ids/{id}`
        """
        from ..models.tax_id import TaxId

        return self._client.request(
            "get",
            "/v1/customers/{customer}/tax_ids/{id}",
            path_params={
                "customer": customer,
                "id": id,
            },
            query={
                "expand": expand,
            },
            cast_to=TaxId,
            options=request_options,
        )


class AsyncCustomersTaxIdsResource:
    """`client.customers.tax_ids` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        customer: str,
        *,
        type: Literal[
            "ae_trn",
            "au_abn",
            "au_arn",
            "bg_uic",
            "br_cnpj",
            "br_cpf",
            "ca_bn",
            "ca_gst_hst",
            "ca_pst_bc",
            "ca_pst_mb",
            "ca_pst_sk",
            "ca_qst",
            "ch_vat",
            "cl_tin",
            "eg_tin",
            "es_cif",
            "eu_oss_vat",
            "eu_vat",
            "gb_vat",
            "ge_vat",
            "hk_br",
            "hu_tin",
            "id_npwp",
            "il_vat",
            "in_gst",
            "is_vat",
            "jp_cn",
            "jp_rn",
            "jp_trn",
            "ke_pin",
            "kr_brn",
            "li_uid",
            "mx_rfc",
            "my_frp",
            "my_itn",
            "my_sst",
            "no_vat",
            "nz_gst",
            "ph_tin",
            "ru_inn",
            "ru_kpp",
            "sa_vat",
            "sg_gst",
            "sg_uen",
            "si_tin",
            "th_vat",
            "tr_tin",
            "tw_vat",
            "ua_vat",
            "us_ein",
            "za_vat",
        ],
        value: str,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TaxId:
        """<p>Creates a new <code>TaxID</code> object for a customer.</p>

        `POST /v1/customers/{customer}/tax_ids`
        """
        from ..models.tax_id import TaxId

        return await self._client.request(
            "post",
            "/v1/customers/{customer}/tax_ids",
            path_params={
                "customer": customer,
            },
            body={
                "type": type,
                "value": value,
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TaxId,
            options=request_options,
        )

    async def delete(
        self,
        customer: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeletedTaxId:
        """<p>Deletes an existing <code>TaxID</code> object.</p>

        `DELETE /v1/customers/{customer}/tax_ids/{id}`
        """
        from ..models.deleted_tax_id import DeletedTaxId

        return await self._client.request(
            "delete",
            "/v1/customers/{customer}/tax_ids/{id}",
            path_params={
                "customer": customer,
                "id": id,
            },
            cast_to=DeletedTaxId,
            options=request_options,
        )

    def list(
        self,
        customer: str,
        *,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[TaxId]:
        """<p>Returns a list of tax IDs for a customer.</p>

        `GET /v1/customers/{customer}/tax_ids`
        """
        from ..models.tax_id import TaxId

        return self._client.request_list(
            "get",
            "/v1/customers/{customer}/tax_ids",
            path_params={
                "customer": customer,
            },
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[TaxId],
            options=request_options,
        )

    async def retrieve(
        self,
        customer: str,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TaxId:
        """<p>Retrieves the <code>TaxID</code> object with the given identifier.</p>

        `GET /v1/customers/{customer}/tax_ids/{id}`
        """
        from ..models.tax_id import TaxId

        return await self._client.request(
            "get",
            "/v1/customers/{customer}/tax_ids/{id}",
            path_params={
                "customer": customer,
                "id": id,
            },
            query={
                "expand": expand,
            },
            cast_to=TaxId,
            options=request_options,
        )
