# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.issuing.cardholders`: 4 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.issuing_cardholder import IssuingCardholder
    from ..params import IssuingCardholdersCreateBillingParams
    from ..params import IssuingCardholdersCreateCompanyParams
    from ..params import IssuingCardholdersCreateIndividualParams
    from ..params import IssuingCardholdersCreateSpendingControlsParams
    from ..params import IssuingCardholdersListCreatedParams
    from ..params import IssuingCardholdersUpdateBillingParams
    from ..params import IssuingCardholdersUpdateCompanyParams
    from ..params import IssuingCardholdersUpdateIndividualParams
    from ..params import IssuingCardholdersUpdateSpendingControlsParams


class IssuingCardholdersResource:
    """`client.issuing.cardholders`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        billing: IssuingCardholdersCreateBillingParams,
        name: str,
        type: Literal["company", "individual"],
        company: IssuingCardholdersCreateCompanyParams | None = None,
        email: str | None = None,
        expand: Sequence[str] | None = None,
        individual: IssuingCardholdersCreateIndividualParams | None = None,
        metadata: Mapping[str, str] | None = None,
        phone_number: str | None = None,
        spending_controls: IssuingCardholdersCreateSpendingControlsParams | None = None,
        status: Literal["active", "inactive"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingCardholder:
        """<p>Creates a new Issuing <code>Cardholder</code> object that can be issued cards.</p>

        `POST /v1/issuing/cardholders`
        """
        from ..models.issuing_cardholder import IssuingCardholder

        return self._client.request(
            "post",
            "/v1/issuing/cardholders",
            body={
                "billing": billing,
                "name": name,
                "type": type,
                "company": company,
                "email": email,
                "expand": expand,
                "individual": individual,
                "metadata": metadata,
                "phone_number": phone_number,
                "spending_controls": spending_controls,
                "status": status,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IssuingCardholder,
            options=request_options,
        )

    def list(
        self,
        *,
        created: IssuingCardholdersListCreatedParams | int | None = None,
        email: str | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        phone_number: str | None = None,
        starting_after: str | None = None,
        status: Literal["active", "blocked", "inactive"] | None = None,
        type: Literal["company", "individual"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[IssuingCardholder]:
        """<p>Returns a list of Issuing <code>Cardholder</code> objects. The objects are sorted in descending order by creation date, with the most recently created object appearing first.</p>

        `GET /v1/issuing/cardholders`
        """
        from ..models.issuing_cardholder import IssuingCardholder

        return self._client.request_list(
            "get",
            "/v1/issuing/cardholders",
            query={
                "created": created,
                "email": email,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "phone_number": phone_number,
                "starting_after": starting_after,
                "status": status,
                "type": type,
            },
            cast_to=ListObject[IssuingCardholder],
            options=request_options,
        )

    def retrieve(
        self,
        cardholder: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingCardholder:
        """<p>Retrieves an Issuing <code>Cardholder</code> object.</p>

        `GET /v1/issuing/cardholders/{cardholder}`
        """
        from ..models.issuing_cardholder import IssuingCardholder

        return self._client.request(
            "get",
            "/v1/issuing/cardholders/{cardholder}",
            path_params={
                "cardholder": cardholder,
            },
            query={
                "expand": expand,
            },
            cast_to=IssuingCardholder,
            options=request_options,
        )

    def update(
        self,
        cardholder: str,
        *,
        billing: IssuingCardholdersUpdateBillingParams | None = None,
        company: IssuingCardholdersUpdateCompanyParams | None = None,
        email: str | None = None,
        expand: Sequence[str] | None = None,
        individual: IssuingCardholdersUpdateIndividualParams | None = None,
        metadata: Mapping[str, str] | None = None,
        phone_number: str | None = None,
        spending_controls: IssuingCardholdersUpdateSpendingControlsParams | None = None,
        status: Literal["active", "inactive"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingCardholder:
        """<p>Updates the specified Issuing <code>Cardholder</code> object by setting the values of the parameters passed. Any parameters not provided will be left unchanged.</p>

        `POST /v1/issuing/cardholders/{cardholder}`
        """
        from ..models.issuing_cardholder import IssuingCardholder

        return self._client.request(
            "post",
            "/v1/issuing/cardholders/{cardholder}",
            path_params={
                "cardholder": cardholder,
            },
            body={
                "billing": billing,
                "company": company,
                "email": email,
                "expand": expand,
                "individual": individual,
                "metadata": metadata,
                "phone_number": phone_number,
                "spending_controls": spending_controls,
                "status": status,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IssuingCardholder,
            options=request_options,
        )


class AsyncIssuingCardholdersResource:
    """`client.issuing.cardholders` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        billing: IssuingCardholdersCreateBillingParams,
        name: str,
        type: Literal["company", "individual"],
        company: IssuingCardholdersCreateCompanyParams | None = None,
        email: str | None = None,
        expand: Sequence[str] | None = None,
        individual: IssuingCardholdersCreateIndividualParams | None = None,
        metadata: Mapping[str, str] | None = None,
        phone_number: str | None = None,
        spending_controls: IssuingCardholdersCreateSpendingControlsParams | None = None,
        status: Literal["active", "inactive"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingCardholder:
        """<p>Creates a new Issuing <code>Cardholder</code> object that can be issued cards.</p>

        `POST /v1/issuing/cardholders`
        """
        from ..models.issuing_cardholder import IssuingCardholder

        return await self._client.request(
            "post",
            "/v1/issuing/cardholders",
            body={
                "billing": billing,
                "name": name,
                "type": type,
                "company": company,
                "email": email,
                "expand": expand,
                "individual": individual,
                "metadata": metadata,
                "phone_number": phone_number,
                "spending_controls": spending_controls,
                "status": status,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IssuingCardholder,
            options=request_options,
        )

    def list(
        self,
        *,
        created: IssuingCardholdersListCreatedParams | int | None = None,
        email: str | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        phone_number: str | None = None,
        starting_after: str | None = None,
        status: Literal["active", "blocked", "inactive"] | None = None,
        type: Literal["company", "individual"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[IssuingCardholder]:
        """<p>Returns a list of Issuing <code>Cardholder</code> objects. The objects are sorted in descending order by creation date, with the most recently created object appearing first.</p>

        `GET /v1/issuing/cardholders`
        """
        from ..models.issuing_cardholder import IssuingCardholder

        return self._client.request_list(
            "get",
            "/v1/issuing/cardholders",
            query={
                "created": created,
                "email": email,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "phone_number": phone_number,
                "starting_after": starting_after,
                "status": status,
                "type": type,
            },
            cast_to=AsyncListObject[IssuingCardholder],
            options=request_options,
        )

    async def retrieve(
        self,
        cardholder: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingCardholder:
        """<p>Retrieves an Issuing <code>Cardholder</code> object.</p>

        `GET /v1/issuing/cardholders/{cardholder}`
        """
        from ..models.issuing_cardholder import IssuingCardholder

        return await self._client.request(
            "get",
            "/v1/issuing/cardholders/{cardholder}",
            path_params={
                "cardholder": cardholder,
            },
            query={
                "expand": expand,
            },
            cast_to=IssuingCardholder,
            options=request_options,
        )

    async def update(
        self,
        cardholder: str,
        *,
        billing: IssuingCardholdersUpdateBillingParams | None = None,
        company: IssuingCardholdersUpdateCompanyParams | None = None,
        email: str | None = None,
        expand: Sequence[str] | None = None,
        individual: IssuingCardholdersUpdateIndividualParams | None = None,
        metadata: Mapping[str, str] | None = None,
        phone_number: str | None = None,
        spending_controls: IssuingCardholdersUpdateSpendingControlsParams | None = None,
        status: Literal["active", "inactive"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingCardholder:
        """<p>Updates the specified Issuing <code>Cardholder</code> object by setting the values of the parameters passed. Any parameters not provided will be left unchanged.</p>

        `POST /v1/issuing/cardholders/{cardholder}`
        """
        from ..models.issuing_cardholder import IssuingCardholder

        return await self._client.request(
            "post",
            "/v1/issuing/cardholders/{cardholder}",
            path_params={
                "cardholder": cardholder,
            },
            body={
                "billing": billing,
                "company": company,
                "email": email,
                "expand": expand,
                "individual": individual,
                "metadata": metadata,
                "phone_number": phone_number,
                "spending_controls": spending_controls,
                "status": status,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IssuingCardholder,
            options=request_options,
        )
