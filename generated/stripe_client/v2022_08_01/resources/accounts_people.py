# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.accounts.people`: 5 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.deleted_person import DeletedPerson
    from ..models.person import Person
    from ..params import AccountsPeopleCreateAddressKanaParams
    from ..params import AccountsPeopleCreateAddressKanjiParams
    from ..params import AccountsPeopleCreateAddressParams
    from ..params import AccountsPeopleCreateDobParams
    from ..params import AccountsPeopleCreateDocumentsParams
    from ..params import AccountsPeopleCreateRegisteredAddressParams
    from ..params import AccountsPeopleCreateRelationshipParams
    from ..params import AccountsPeopleCreateVerificationParams
    from ..params import AccountsPeopleListRelationshipParams
    from ..params import AccountsPeopleUpdateAddressKanaParams
    from ..params import AccountsPeopleUpdateAddressKanjiParams
    from ..params import AccountsPeopleUpdateAddressParams
    from ..params import AccountsPeopleUpdateDobParams
    from ..params import AccountsPeopleUpdateDocumentsParams
    from ..params import AccountsPeopleUpdateRegisteredAddressParams
    from ..params import AccountsPeopleUpdateRelationshipParams
    from ..params import AccountsPeopleUpdateVerificationParams


class AccountsPeopleResource:
    """`client.accounts.people`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        account: str,
        *,
        address: AccountsPeopleCreateAddressParams | None = None,
        address_kana: AccountsPeopleCreateAddressKanaParams | None = None,
        address_kanji: AccountsPeopleCreateAddressKanjiParams | None = None,
        dob: AccountsPeopleCreateDobParams | Literal[""] | None = None,
        documents: AccountsPeopleCreateDocumentsParams | None = None,
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
        registered_address: AccountsPeopleCreateRegisteredAddressParams | None = None,
        relationship: AccountsPeopleCreateRelationshipParams | None = None,
        ssn_last_4: str | None = None,
        verification: AccountsPeopleCreateVerificationParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> Person:
        """<p>Creates a new person.</p>

        `POST /v1/accounts/{account}/people`
        """
        from ..models.person import Person

        return self._client.request(
            "post",
            "/v1/accounts/{account}/people",
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

        `DELETE /v1/accounts/{account}/people/{person}`
        """
        from ..models.deleted_person import DeletedPerson

        return self._client.request(
            "delete",
            "/v1/accounts/{account}/people/{person}",
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
        relationship: AccountsPeopleListRelationshipParams | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[Person]:
        """<p>Returns a list of people associated with the account’s legal entity. The people are returned sorted by creation date, with the most recent people appearing first.</p>

        `GET /v1/accounts/{account}/people`
        """
        from ..models.person import Person

        return self._client.request_list(
            "get",
            "/v1/accounts/{account}/people",
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

        `GET /v1/accounts/{account}/people/{person}`
        """
        from ..models.person import Person

        return self._client.request(
            "get",
            "/v1/accounts/{account}/people/{person}",
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
        address: AccountsPeopleUpdateAddressParams | None = None,
        address_kana: AccountsPeopleUpdateAddressKanaParams | None = None,
        address_kanji: AccountsPeopleUpdateAddressKanjiParams | None = None,
        dob: AccountsPeopleUpdateDobParams | Literal[""] | None = None,
        documents: AccountsPeopleUpdateDocumentsParams | None = None,
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
        registered_address: AccountsPeopleUpdateRegisteredAddressParams | None = None,
        relationship: AccountsPeopleUpdateRelationshipParams | None = None,
        ssn_last_4: str | None = None,
        verification: AccountsPeopleUpdateVerificationParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> Person:
        """<p>Updates an existing person.</p>

        `POST /v1/accounts/{account}/people/{person}`
        """
        from ..models.person import Person

        return self._client.request(
            "post",
            "/v1/accounts/{account}/people/{person}",
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


class AsyncAccountsPeopleResource:
    """`client.accounts.people` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        account: str,
        *,
        address: AccountsPeopleCreateAddressParams | None = None,
        address_kana: AccountsPeopleCreateAddressKanaParams | None = None,
        address_kanji: AccountsPeopleCreateAddressKanjiParams | None = None,
        dob: AccountsPeopleCreateDobParams | Literal[""] | None = None,
        documents: AccountsPeopleCreateDocumentsParams | None = None,
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
        registered_address: AccountsPeopleCreateRegisteredAddressParams | None = None,
        relationship: AccountsPeopleCreateRelationshipParams | None = None,
        ssn_last_4: str | None = None,
        verification: AccountsPeopleCreateVerificationParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> Person:
        """<p>Creates a new person.</p>

        `POST /v1/accounts/{account}/people`
        """
        from ..models.person import Person

        return await self._client.request(
            "post",
            "/v1/accounts/{account}/people",
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

        `DELETE /v1/accounts/{account}/people/{person}`
        """
        from ..models.deleted_person import DeletedPerson

        return await self._client.request(
            "delete",
            "/v1/accounts/{account}/people/{person}",
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
        relationship: AccountsPeopleListRelationshipParams | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Person]:
        """<p>Returns a list of people associated with the account’s legal entity. The people are returned sorted by creation date, with the most recent people appearing first.</p>

        `GET /v1/accounts/{account}/people`
        """
        from ..models.person import Person

        return self._client.request_list(
            "get",
            "/v1/accounts/{account}/people",
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

        `GET /v1/accounts/{account}/people/{person}`
        """
        from ..models.person import Person

        return await self._client.request(
            "get",
            "/v1/accounts/{account}/people/{person}",
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
        address: AccountsPeopleUpdateAddressParams | None = None,
        address_kana: AccountsPeopleUpdateAddressKanaParams | None = None,
        address_kanji: AccountsPeopleUpdateAddressKanjiParams | None = None,
        dob: AccountsPeopleUpdateDobParams | Literal[""] | None = None,
        documents: AccountsPeopleUpdateDocumentsParams | None = None,
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
        registered_address: AccountsPeopleUpdateRegisteredAddressParams | None = None,
        relationship: AccountsPeopleUpdateRelationshipParams | None = None,
        ssn_last_4: str | None = None,
        verification: AccountsPeopleUpdateVerificationParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> Person:
        """<p>Updates an existing person.</p>

        `POST /v1/accounts/{account}/people/{person}`
        """
        from ..models.person import Person

        return await self._client.request(
            "post",
            "/v1/accounts/{account}/people/{person}",
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
