"""IR: the typed, name-safe description of an API that templates render and diff compares.

Every name here is already a safe Python identifier; every spec string that reaches code is kept
raw and escaped only by the renderer's literal filters.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Literal

# --- types -------------------------------------------------------------------------------------

TypeKind = Literal[
    "any",  # no constraint: Any / object
    "str",
    "int",
    "float",
    "bool",
    "null",
    "literal",  # one or more constant values (enum / const)
    "list",  # items
    "map",  # str -> values (additionalProperties)
    "model",  # a named Model (response side) or TypedDict (request side)
    "union",  # variants
    "bytes",  # binary upload
]


@dataclass(frozen=True)
class TypeRef:
    kind: TypeKind
    # literal: the allowed values, in spec order
    values: tuple[str | int | float | bool | None, ...] = ()
    # list / map: the element type; union: the variants
    items: tuple[TypeRef, ...] = ()
    # model: the class name of the Model (or params TypedDict)
    name: str = ""
    # literal on the response side: unknown values are accepted (forward compatibility)
    open_enum: bool = False
    # union: the property whose value selects the variant, and value -> model name
    discriminator: str = ""
    mapping: tuple[tuple[str, str], ...] = ()

    @property
    def nullable(self) -> bool:
        return self.kind == "null" or (
            self.kind == "union" and any(t.kind == "null" for t in self.items)
        )


ANY = TypeRef("any")
NULL = TypeRef("null")


# --- models (response side) and params (request side) -----------------------------------------


@dataclass(frozen=True)
class Field:
    name: str  # Python identifier
    wire_name: str  # the name on the wire (JSON key or form key)
    type: TypeRef
    required: bool
    description: str = ""
    deprecated: bool = False
    # the field accepts "" to clear its value (Stripe's "emptyable" anyOf)
    emptyable: bool = False
    # the field is an expandable reference: str | Model
    expandable: bool = False
    default: object = None


@dataclass(frozen=True)
class Model:
    name: str  # class name
    schema_name: str  # the components/schemas key or a JSON pointer for inline schemas
    fields: tuple[Field, ...]
    description: str = ""
    deprecated: bool = False
    # for TypedDicts of request params: the dict is total=False with Required[] fields
    kind: Literal["model", "params"] = "model"
    # other properties are allowed (additionalProperties) with this value type
    extra: TypeRef | None = None
    # the value of the `object` property when it is a constant (Stripe's object type)
    object_type: str = ""
    # a "partial" model: every field optional (event previous_attributes)
    partial_of: str = ""
    # the envelope the event schemas extend (Stripe's `event`): where an operation returns it
    # (GET /v1/events/{id}, the /v1/events list), it stands for the union of the typed events, so
    # its module re-exports that union (the fields stay, for the diff)
    event_union: bool = False


# --- operations --------------------------------------------------------------------------------

ParamLocation = Literal["path", "query", "header", "body", "cookie"]
OperationKind = Literal["create", "retrieve", "update", "delete", "list", "search", "action", "url"]


@dataclass(frozen=True)
class Param:
    name: str  # Python identifier, never collides with another param or the reserved names
    wire_name: str
    location: ParamLocation
    type: TypeRef
    required: bool
    description: str = ""
    deprecated: bool = False
    emptyable: bool = False
    # a required parameter that can take only one value defaults to it (OAuth's response_type=code)
    has_default: bool = False
    default: str | int | float | bool | None = None
    # a query array sent as `a=1&a=2` (OpenAPI's default form style) rather than Stripe's `a[0]=1`
    repeat: bool = False
    # a nullable JSON body field: None is sent as null, and omitting it takes a NOT_GIVEN default
    send_null: bool = False


@dataclass(frozen=True)
class Paging:
    """How a list response pages, decided from its shape and the operation's query parameters."""

    items: str = ""  # the property holding the items ("" = the body is a JSON array)
    # cursor: `request_param` takes `response_field` (or the last item's id when that is "");
    # url: `response_field` is the next page's URL; page: `request_param` counts pages; none: one page
    style: Literal["cursor", "url", "page", "none"] = "none"
    request_param: str = ""
    response_field: str = ""
    has_more: str = ""  # a boolean property that says whether another page exists
    first_page: int = 1  # page: the number of the page a call without `request_param` gets
    item_type: TypeRef | None = None  # the type of one item (None: the items could not be typed)


@dataclass(frozen=True)
class Response:
    status: str  # "200", "default", "4XX"
    type: TypeRef | None  # None: no body / not JSON
    content_type: str = "application/json"
    # list envelopes: "list" (has_more cursor) or "search" (next_page); item type in `type.items`
    page: Literal["", "list", "search"] = ""
    # any other list, recognised by its shape (`data`/`items`/`results` with cursor fields, a bare array)
    paging: Paging | None = None


@dataclass(frozen=True)
class Operation:
    name: str  # method name on its resource
    kind: OperationKind
    http_method: str  # lower case
    path: str  # as in the spec, with {param} placeholders
    operation_id: str
    params: tuple[Param, ...]
    body_content_type: str  # "" when the operation has no body
    response: Response
    errors: tuple[Response, ...] = ()
    summary: str = ""
    description: str = ""
    deprecated: bool = False
    server: str = ""  # a per-operation server URL ("" = the API's default)
    server_key: str = ""  # "api" or "connect" etc.: the client option that overrides `server`
    location: str = ""  # where in the spec it came from, for messages
    body_required: bool = False
    # what is sent: the path key without its fixed query or fragment; placeholders anywhere
    path_template: str = ""
    fixed_query: tuple[tuple[str, str], ...] = ()  # `/things?mode=fast`: sent with every call
    # alternatives, each the keys of the SecuritySchemes that apply together; () = no auth;
    # an empty alternative makes auth optional
    security: tuple[tuple[str, ...], ...] = ()
    # the header a generated idempotency key goes in ("" = none), which also makes a retry safe
    idempotency_header: str = ""
    # other 2xx statuses whose body parses as another type than `response` (None: no body),
    # e.g. ((202, Ticket), (204, None)); the method returns the union of all of them
    other_statuses: tuple[tuple[int, TypeRef | None], ...] = ()
    # a list that pages by cursor, next URL or page number also gets a method iterating every item of
    # every page, under this name ("" = none): `list_auto_paging_iter` beside `list`
    auto_paging_name: str = ""
    # body parameters are sent in the query string (GET, HEAD; DELETE in Stripe's dialect)
    body_in_query: bool = False

    @property
    def result_type(self) -> TypeRef | None:
        """What the method returns: the union of every 2xx body type, with None for a bodiless one."""
        types = [self.response.type, *(t for _, t in self.other_statuses)]
        if all(t is None for t in types):
            return None
        variants: list[TypeRef] = []
        for t in types:
            t = NULL if t is None else t
            for item in t.items if t.kind == "union" and not t.discriminator else (t,):
                if item not in variants:
                    variants.append(item)
        if len(variants) == 1:
            return variants[0]
        if len(types) == 1:
            return self.response.type
        return TypeRef("union", items=tuple(v for v in variants if v.kind != "null") + ((NULL,) if NULL in variants else ()))

    @property
    def body_encoding(self) -> Literal["", "json", "form", "multipart", "raw"]:
        """How the client encodes the body: JSON, a form, multipart, or raw (bytes or text sent as they
        are, under the document's media type: application/octet-stream, text/plain, a PEM file). Fields
        under another media type (`*/*`) are sent as JSON."""
        media, _, flag = self.body_content_type.partition(";")
        if not media:
            return ""
        structured = field_encoding(media)
        if structured:
            return structured
        body = next((p for p in self.params if p.location == "body"), None)
        kinds = {t.kind for t in body.type.items} if body and body.type.kind == "union" else {body.type.kind} if body else set()
        return "raw" if flag == "raw" and kinds and kinds <= {"bytes", "str"} else "json"

    @property
    def body_media_type(self) -> str:
        """The Content-Type the body is sent with."""
        media = self.body_content_type.partition(";")[0]
        if self.body_encoding == "json" and "json" not in media:  # fields under `*/*`: sent as JSON, said so
            return "application/json"
        if self.body_encoding == "raw" and "*" in media:  # a wildcard names no type to send
            return "application/octet-stream"
        return media

    @property
    def qualified_name(self) -> str:
        return f"{self.http_method.upper()} {self.path}"


def field_encoding(media: str) -> Literal["", "json", "form", "multipart"]:
    """How a body of this media type is encoded from fields ("" when it is not: bytes or text)."""
    if "json" in media:
        return "json"
    if media.startswith("multipart/"):
        return "multipart"
    return "form" if media == "application/x-www-form-urlencoded" else ""


@dataclass(frozen=True)
class Resource:
    name: str  # attribute name on the client / parent resource (snake_case)
    class_name: str  # e.g. CustomersResource
    operations: tuple[Operation, ...]
    children: tuple[Resource, ...] = ()
    path: tuple[str, ...] = ()  # attribute chain from the client, e.g. ("customers", "sources")


# --- events and errors -------------------------------------------------------------------------


@dataclass(frozen=True)
class Event:
    type: str  # "payment_intent.succeeded"
    class_name: str  # PaymentIntentSucceededEvent
    model: str  # the Model with the envelope
    object_type: TypeRef  # data.object
    description: str = ""
    example: object = None


@dataclass(frozen=True)
class ErrorType:
    type: str  # "card_error"
    class_name: str  # CardError


# --- the whole API -----------------------------------------------------------------------------


SecurityKind = Literal["api_key", "basic", "bearer"]
Dialect = Literal["stripe", "openapi"]


@dataclass(frozen=True)
class SecurityScheme:
    """A components/securitySchemes entry the client can apply (OAuth2 and OpenID Connect: bearer)."""

    key: str  # the scheme's key in the document
    kind: SecurityKind
    args: tuple[str, ...]  # client constructor arguments carrying it: (api_key,), (username, password)
    location: Literal["header", "query", "cookie"] = "header"
    wire_name: str = "Authorization"  # header, query or cookie name
    description: str = ""


@dataclass(frozen=True)
class Server:
    key: str  # "api", "connect", ...
    url: str


@dataclass(frozen=True)
class Api:
    title: str
    version: str  # info.version (the API version date for Stripe)
    spec_hash: str  # sha256 of the canonical spec document
    servers: tuple[Server, ...]
    resources: tuple[Resource, ...]
    models: tuple[Model, ...]
    params_models: tuple[Model, ...]
    events: tuple[Event, ...]
    error_types: tuple[ErrorType, ...]
    error_model: str = ""  # the model of the error object, if the spec has one
    error_statuses: tuple[int, ...] = ()  # the HTTP statuses operations document errors with
    description: str = ""
    warnings: tuple[str, ...] = field(default=(), compare=False)
    security_schemes: tuple[SecurityScheme, ...] = ()
    # what is Stripe's and not OpenAPI's (form brackets, Stripe-Version, idempotency keys on every
    # POST, Stripe's errors and retry rules, STRIPE_* variables): on for Stripe's documents only
    dialect: Dialect = "openapi"


# --- traversal: how render, diff, the fake server and the builder walk an API --------------------


def iter_resources(resources: Iterable[Resource]) -> Iterator[Resource]:
    """Every resource, parents before their children."""
    for resource in resources:
        yield resource
        yield from iter_resources(resource.children)


def iter_operations(resources: Iterable[Resource]) -> Iterator[tuple[Resource, Operation]]:
    """Every operation with the resource it is a method of."""
    for resource in iter_resources(resources):
        for operation in resource.operations:
            yield resource, operation
