# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.accounts.persons`: 5 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.deleted_person import DeletedPerson
    from ..models.person import Person
    from ..params import AccountsPersonsCreateAddressKanaParams
    from ..params import AccountsPersonsCreateAddressKanjiParams
    from ..params import AccountsPersonsCreateAddressParams
    from ..params import AccountsPersonsCreateDobParams
    from ..params import AccountsPersonsCreateDocumentsParams
    from ..params import AccountsPersonsCreateRegisteredAddressParams
    from ..params import AccountsPersonsCreateRelationshipParams
    from ..params import AccountsPersonsCreateVerificationParams
    from ..params import AccountsPersonsListRelationshipParams
    from ..params import AccountsPersonsUpdateAddressKanaParams
    from ..params import AccountsPersonsUpdateAddressKanjiParams
    from ..params import AccountsPersonsUpdateAddressParams
    from ..params import AccountsPersonsUpdateDobParams
    from ..params import AccountsPersonsUpdateDocumentsParams
    from ..params import AccountsPersonsUpdateRegisteredAddressParams
    from ..params import AccountsPersonsUpdateRelationshipParams
    from ..params import AccountsPersonsUpdateVerificationParams


class AccountsPersonsResource:
    """`client.accounts.persons`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        account: str,
        *,
        address: AccountsPersonsCreateAddressParams | None = None,
        address_kana: AccountsPersonsCreateAddressKanaParams | None = None,
        address_kanji: AccountsPersonsCreateAddressKanjiParams | None = None,
        dob: AccountsPersonsCreateDobParams | Literal[""] | None = None,
        documents: AccountsPersonsCreateDocumentsParams | None = None,
        email: str | None = None,
        expand: Sequence[str] | None = None,
        first_name: str | None = None,
        first_name_kana: str | None = None,
        first_name_kanji: str | None = None,
        full_name_aliases: Sequence[str] | Literal[""] | None = None,
        gender: str | None = None,
        id_number: str | None = None,
        id_number_secondary: str | None = None,
        last_name: str | None = None,
        last_name_kana: str | None = None,
        last_name_kanji: str | None = None,
        maiden_name: str | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        nationality: str | None = None,
        person_token: str | None = None,
        phone: str | None = None,
        political_exposure: str | None = None,
        registered_address: AccountsPersonsCreateRegisteredAddressParams | None = None,
        relationship: AccountsPersonsCreateRelationshipParams | None = None,
        ssn_last_4: str | None = None,
        verification: AccountsPersonsCreateVerificationParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> Person:
        """<p>Creates a new person.</p>

        `POST /v1/accounts/{account}/persons`
        """
        from ..models.person import Person

        return self._client.request(
            "post",
            "/v1/accounts/{account}/persons",
            path_params={
                "account": account,
            },
            body={
                "address": address,
                "address_kana": address_kana,
                "address_kanji": address_kanji,
                "dob": dob,
                "documents": documents,
                "email": email,
                "expand": expand,
                "first_name": first_name,
                "first_name_kana": first_name_kana,
                "first_name_kanji": first_name_kanji,
                "full_name_aliases": full_name_aliases,
                "gender": gender,
                "id_number": id_number,
                "id_number_secondary": id_number_secondary,
                "last_name": last_name,
                "last_name_kana": last_name_kana,
                "last_name_kanji": last_name_kanji,
                "maiden_name": maiden_name,
                "metadata": metadata,
                "nationality": nationality,
                "person_token": person_token,
                "phone": phone,
                "political_exposure": political_exposure,
                "registered_address": registered_address,
                "relationship": relationship,
                "ssn_last_4": ssn_last_4,
                "verification": verification,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Person,
            options=request_options,
        )

    def delete(
        self,
        account: str,
        person: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeletedPerson:
        """<p>Deletes an existing person’s relationship to the account’s legal entity. Any person with a relationship for an account can be deleted through the API, except if the person is the <code>account_opener</code>. If your integration is using the <code>executive</code> parameter, you cannot delete the only verified <code>executive</code> on file.</p>

        `DELETE /v1/accounts/{account}/persons/{person}`
        """
        from ..models.deleted_person import DeletedPerson

        return self._client.request(
            "delete",
            "/v1/accounts/{account}/persons/{person}",
            path_params={
                "account": account,
                "person": person,
            },
            cast_to=DeletedPerson,
            options=request_options,
        )

    def list(
        self,
        account: str,
        *,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        relationship: AccountsPersonsListRelationshipParams | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[Person]:
        """<p>Returns a list of people associated with the account’s legal entity. The people are returned sorted by creation date, with the most recent people appearing first.</p>

        `GET /v1/accounts/{account}/persons`
        """
        from ..models.person import Person

        return self._client.request_list(
            "get",
            "/v1/accounts/{account}/persons",
            path_params={
                "account": account,
            },
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "relationship": relationship,
                "starting_after": starting_after,
            },
            cast_to=ListObject[Person],
            options=request_options,
        )

    def retrieve(
        self,
        account: str,
        person: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Person:
        """<p>Retrieves an existing person.</p>

        `GET /v1/accounts/{account}/persons/{person}`
        """
        from ..models.person import Person

        return self._client.request(
            "get",
            "/v1/accounts/{account}/persons/{person}",
            path_params={
                "account": account,
                "person": person,
            },
            query={
                "expand": expand,
            },
            cast_to=Person,
            options=request_options,
        )

    def update(
        self,
        account: str,
        person: str,
        *,
        address: AccountsPersonsUpdateAddressParams | None = None,
        address_kana: AccountsPersonsUpdateAddressKanaParams | None = None,
        address_kanji: AccountsPersonsUpdateAddressKanjiParams | None = None,
        dob: AccountsPersonsUpdateDobParams | Literal[""] | None = None,
        documents: AccountsPersonsUpdateDocumentsParams | None = None,
        email: str | None = None,
        expand: Sequence[str] | None = None,
        first_name: str | None = None,
        first_name_kana: str | None = None,
        first_name_kanji: str | None = None,
        full_name_aliases: Sequence[str] | Literal[""] | None = None,
        gender: str | None = None,
        id_number: str | None = None,
        id_number_secondary: str | None = None,
        last_name: str | None = None,
        last_name_kana: str | None = None,
        last_name_kanji: str | None = None,
        maiden_name: str | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        nationality: str | None = None,
        person_token: str | None = None,
        phone: str | None = None,
        political_exposure: str | None = None,
        registered_address: AccountsPersonsUpdateRegisteredAddressParams | None = None,
        relationship: AccountsPersonsUpdateRelationshipParams | None = None,
        ssn_last_4: str | None = None,
        verification: AccountsPersonsUpdateVerificationParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> Person:
        """<p>Updates an existing person.</p>

        `POST /v1/accounts/{account}/persons/{person}`
        """
        from ..models.person import Person

        return self._client.request(
            "post",
            "/v1/accounts/{account}/persons/{person}",
            path_params={
                "account": account,
                "person": person,
            },
            body={
                "address": address,
                "address_kana": address_kana,
                "address_kanji": address_kanji,
                "dob": dob,
                "documents": documents,
                "email": email,
                "expand": expand,
                "first_name": first_name,
                "first_name_kana": first_name_kana,
                "first_name_kanji": first_name_kanji,
                "full_name_aliases": full_name_aliases,
                "gender": gender,
                "id_number": id_number,
                "id_number_secondary": id_number_secondary,
                "last_name": last_name,
                "last_name_kana": last_name_kana,
                "last_name_kanji": last_name_kanji,
                "maiden_name": maiden_name,
                "metadata": metadata,
                "nationality": nationality,
                "person_token": person_token,
                "phone": phone,
                "political_exposure": political_exposure,
                "registered_address": registered_address,
                "relationship": relationship,
                "ssn_last_4": ssn_last_4,
                "verification": verification,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Person,
            options=request_options,
        )


class AsyncAccountsPersonsResource:
    """`client.accounts.persons` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        account: str,
        *,
        address: AccountsPersonsCreateAddressParams | None = None,
        address_kana: AccountsPersonsCreateAddressKanaParams | None = None,
        address_kanji: AccountsPersonsCreateAddressKanjiParams | None = None,
        dob: AccountsPersonsCreateDobParams | Literal[""] | None = None,
        documents: AccountsPersonsCreateDocumentsParams | None = None,
        email: str | None = None,
        expand: Sequence[str] | None = None,
        first_name: str | None = None,
        first_name_kana: str | None = None,
        first_name_kanji: str | None = None,
        full_name_aliases: Sequence[str] | Literal[""] | None = None,
        gender: str | None = None,
        id_number: str | None = None,
        id_number_secondary: str | None = None,
        last_name: str | None = None,
        last_name_kana: str | None = None,
        last_name_kanji: str | None = None,
        maiden_name: str | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        nationality: str | None = None,
        person_token: str | None = None,
        phone: str | None = None,
        political_exposure: str | None = None,
        registered_address: AccountsPersonsCreateRegisteredAddressParams | None = None,
        relationship: AccountsPersonsCreateRelationshipParams | None = None,
        ssn_last_4: str | None = None,
        verification: AccountsPersonsCreateVerificationParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> Person:
        """<p>Creates a new person.</p>

        `POST /v1/accounts/{account}/persons`
        """
        from ..models.person import Person

        return await self._client.request(
            "post",
            "/v1/accounts/{account}/persons",
            path_params={
                "account": account,
            },
            body={
                "address": address,
                "address_kana": address_kana,
                "address_kanji": address_kanji,
                "dob": dob,
                "documents": documents,
                "email": email,
                "expand": expand,
                "first_name": first_name,
                "first_name_kana": first_name_kana,
                "first_name_kanji": first_name_kanji,
                "full_name_aliases": full_name_aliases,
                "gender": gender,
                "id_number": id_number,
                "id_number_secondary": id_number_secondary,
                "last_name": last_name,
                "last_name_kana": last_name_kana,
                "last_name_kanji": last_name_kanji,
                "maiden_name": maiden_name,
                "metadata": metadata,
                "nationality": nationality,
                "person_token": person_token,
                "phone": phone,
                "political_exposure": political_exposure,
                "registered_address": registered_address,
                "relationship": relationship,
                "ssn_last_4": ssn_last_4,
                "verification": verification,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Person,
            options=request_options,
        )

    async def delete(
        self,
        account: str,
        person: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeletedPerson:
        """<p>Deletes an existing person’s relationship to the account’s legal entity. Any person with a relationship for an account can be deleted through the API, except if the person is the <code>account_opener</code>. If your integration is using the <code>executive</code> parameter, you cannot delete the only verified <code>executive</code> on file.</p>

        `DELETE /v1/accounts/{account}/persons/{person}`
        """
        from ..models.deleted_person import DeletedPerson

        return await self._client.request(
            "delete",
            "/v1/accounts/{account}/persons/{person}",
            path_params={
                "account": account,
                "person": person,
            },
            cast_to=DeletedPerson,
            options=request_options,
        )

    def list(
        self,
        account: str,
        *,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        relationship: AccountsPersonsListRelationshipParams | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Person]:
        """<p>Returns a list of people associated with the account’s legal entity. The people are returned sorted by creation date, with the most recent people appearing first.</p>

        `GET /v1/accounts/{account}/persons`
        """
        from ..models.person import Person

        return self._client.request_list(
            "get",
            "/v1/accounts/{account}/persons",
            path_params={
                "account": account,
            },
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "relationship": relationship,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[Person],
            options=request_options,
        )

    async def retrieve(
        self,
        account: str,
        person: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Person:
        """<p>Retrieves an existing person.</p>

        `GET /v1/accounts/{account}/persons/{person}`
        """
        from ..models.person import Person

        return await self._client.request(
            "get",
            "/v1/accounts/{account}/persons/{person}",
            path_params={
                "account": account,
                "person": person,
            },
            query={
                "expand": expand,
            },
            cast_to=Person,
            options=request_options,
        )

    async def update(
        self,
        account: str,
        person: str,
        *,
        address: AccountsPersonsUpdateAddressParams | None = None,
        address_kana: AccountsPersonsUpdateAddressKanaParams | None = None,
        address_kanji: AccountsPersonsUpdateAddressKanjiParams | None = None,
        dob: AccountsPersonsUpdateDobParams | Literal[""] | None = None,
        documents: AccountsPersonsUpdateDocumentsParams | None = None,
        email: str | None = None,
        expand: Sequence[str] | None = None,
        first_name: str | None = None,
        first_name_kana: str | None = None,
        first_name_kanji: str | None = None,
        full_name_aliases: Sequence[str] | Literal[""] | None = None,
        gender: str | None = None,
        id_number: str | None = None,
        id_number_secondary: str | None = None,
        last_name: str | None = None,
        last_name_kana: str | None = None,
        last_name_kanji: str | None = None,
        maiden_name: str | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        nationality: str | None = None,
        person_token: str | None = None,
        phone: str | None = None,
        political_exposure: str | None = None,
        registered_address: AccountsPersonsUpdateRegisteredAddressParams | None = None,
        relationship: AccountsPersonsUpdateRelationshipParams | None = None,
        ssn_last_4: str | None = None,
        verification: AccountsPersonsUpdateVerificationParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> Person:
        """<p>Updates an existing person.</p>

        `POST /v1/accounts/{account}/persons/{person}`
        """
        from ..models.person import Person

        return await self._client.request(
            "post",
            "/v1/accounts/{account}/persons/{person}",
            path_params={
                "account": account,
                "person": person,
            },
            body={
                "address": address,
                "address_kana": address_kana,
                "address_kanji": address_kanji,
                "dob": dob,
                "documents": documents,
                "email": email,
                "expand": expand,
                "first_name": first_name,
                "first_name_kana": first_name_kana,
                "first_name_kanji": first_name_kanji,
                "full_name_aliases": full_name_aliases,
                "gender": gender,
                "id_number": id_number,
                "id_number_secondary": id_number_secondary,
                "last_name": last_name,
                "last_name_kana": last_name_kana,
                "last_name_kanji": last_name_kanji,
                "maiden_name": maiden_name,
                "metadata": metadata,
                "nationality": nationality,
                "person_token": person_token,
                "phone": phone,
                "political_exposure": political_exposure,
                "registered_address": registered_address,
                "relationship": relationship,
                "ssn_last_4": ssn_last_4,
                "verification": verification,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Person,
            options=request_options,
        )
