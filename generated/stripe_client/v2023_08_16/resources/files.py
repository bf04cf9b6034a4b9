# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.files`: 3 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.file import File
    from ..params import FilesCreateFileLinkDataParams
    from ..params import FilesListCreatedParams


class FilesResource:
    """`client.files`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        file: bytes,
        purpose: Literal[
            "account_requirement",
            "additional_verification",
            "business_icon",
            "business_logo",
            "customer_signature",
            "dispute_evidence",
            "identity_document",
            "pci_document",
            "tax_document_user_upload",
            "terminal_reader_splashscreen",
        ],
        expand: Sequence[str] | None = None,
        file_link_data: FilesCreateFileLinkDataParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> File:
        """<p>To upload a file to Stripe, you’ll need to send a request of type <code>multipart/form-data</code>. The request should contain the file you would like to upload, as well as the parameters for creating a file.</p>

        <p>All of Stripe’s officially supported Client libraries should have support for sending <code>multipart/form-data</code>.</p>

        `POST /v1/files`
        """
        from ..models.file import File

        return self._client.request(
            "post",
            "/v1/files",
            body={
                "file": file,
                "purpose": purpose,
                "expand": expand,
                "file_link_data": file_link_data,
            },
            body_type="multipart",
            server="files",
            idempotency_header="Idempotency-Key",
            cast_to=File,
            options=request_options,
        )

    def list(
        self,
        *,
        created: FilesListCreatedParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        purpose: (
            Literal[
                "account_requirement",
                "additional_verification",
                "business_icon",
                "business_logo",
                "customer_signature",
                "dispute_evidence",
                "document_provider_identity_document",
                "finance_report_run",
                "identity_document",
                "identity_document_downloadable",
                "pci_document",
                "selfie",
                "sigma_scheduled_query",
                "tax_document_user_upload",
                "terminal_reader_splashscreen",
            ]
            | None
        ) = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[File]:
        """<p>Returns a list of the files that your account has access to. The files are returned sorted by creation date, with the most recently created files appearing first.</p>

        `GET /v1/files`
        """
        from ..models.file import File

        return self._client.request_list(
            "get",
            "/v1/files",
            query={
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "purpose": purpose,
                "starting_after": starting_after,
            },
            cast_to=ListObject[File],
            options=request_options,
        )

    def retrieve(
        self,
        file: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> File:
        """<p>Retrieves the details of an existing file object. Supply the unique file ID from a file, and Stripe will return the corresponding file object. To access file contents, see the <a href="/docs/file-upload#download-file-contents">File Upload Guide</a>.</p>

        `GET /v1/files/{file}`
        """
        from ..models.file import File

        return self._client.request(
            "get",
            "/v1/files/{file}",
            path_params={
                "file": file,
            },
            query={
                "expand": expand,
            },
            cast_to=File,
            options=request_options,
        )


class AsyncFilesResource:
    """`client.files` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        file: bytes,
        purpose: Literal[
            "account_requirement",
            "additional_verification",
            "business_icon",
            "business_logo",
            "customer_signature",
            "dispute_evidence",
            "identity_document",
            "pci_document",
            "tax_document_user_upload",
            "terminal_reader_splashscreen",
        ],
        expand: Sequence[str] | None = None,
        file_link_data: FilesCreateFileLinkDataParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> File:
        """<p>To upload a file to Stripe, you’ll need to send a request of type <code>multipart/form-data</code>. The request should contain the file you would like to upload, as well as the parameters for creating a file.</p>

        <p>All of Stripe’s officially supported Client libraries should have support for sending <code>multipart/form-data</code>.</p>

        `POST /v1/files`
        """
        from ..models.file import File

        return await self._client.request(
            "post",
            "/v1/files",
            body={
                "file": file,
                "purpose": purpose,
                "expand": expand,
                "file_link_data": file_link_data,
            },
            body_type="multipart",
            server="files",
            idempotency_header="Idempotency-Key",
            cast_to=File,
            options=request_options,
        )

    def list(
        self,
        *,
        created: FilesListCreatedParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        purpose: (
            Literal[
                "account_requirement",
                "additional_verification",
                "business_icon",
                "business_logo",
                "customer_signature",
                "dispute_evidence",
                "document_provider_identity_document",
                "finance_report_run",
                "identity_document",
                "identity_document_downloadable",
                "pci_document",
                "selfie",
                "sigma_scheduled_query",
                "tax_document_user_upload",
                "terminal_reader_splashscreen",
            ]
            | None
        ) = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[File]:
        """<p>Returns a list of the files that your account has access to. The files are returned sorted by creation date, with the most recently created files appearing first.</p>

        `GET /v1/files`
        """
        from ..models.file import File

        return self._client.request_list(
            "get",
            "/v1/files",
            query={
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "purpose": purpose,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[File],
            options=request_options,
        )

    async def retrieve(
        self,
        file: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> File:
        """<p>Retrieves the details of an existing file object. Supply the unique file ID from a file, and Stripe will return the corresponding file object. To access file contents, see the <a href="/docs/file-upload#download-file-contents">File Upload Guide</a>.</p>

        `GET /v1/files/{file}`
        """
        from ..models.file import File

        return await self._client.request(
            "get",
            "/v1/files/{file}",
            path_params={
                "file": file,
            },
            query={
                "expand": expand,
            },
            cast_to=File,
            options=request_options,
        )
