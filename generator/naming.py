"""Names: turn any spec string into a safe, stable Python identifier, and name operations."""

from __future__ import annotations

import builtins
import keyword
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import parse_qsl

# Names a field or parameter may not take: they would shadow pydantic's BaseModel API, our runtime
# model API, or the per-request options argument.
RESERVED_FIELD_NAMES = frozenset(
    {
        "model_config",
        "model_fields",
        "model_computed_fields",
        "model_extra",
        "model_fields_set",
        "model_construct",
        "model_copy",
        "model_dump",
        "model_dump_json",
        "model_json_schema",
        "model_parametrized_name",
        "model_post_init",
        "model_rebuild",
        "model_validate",
        "model_validate_json",
        "model_validate_strings",
        "copy",
        "dict",
        "json",
        "parse_obj",
        "parse_raw",
        "parse_file",
        "from_orm",
        "construct",
        "schema",
        "schema_json",
        "validate",
        "update_forward_refs",
        "fields",
        "last_response",
        "auto_paging_iter",
        "get",
        "to_dict",
    }
)
# Type names the generated annotations use unqualified: a model field of that name would shadow the
# type inside its own class body (pydantic evaluates `x: int | None` in the class namespace).
ANNOTATION_NAMES = frozenset({"str", "int", "float", "bool", "bytes", "list", "dict"})
RESERVED_FIELD_NAMES = RESERVED_FIELD_NAMES | ANNOTATION_NAMES
# Names a method argument may not take: the method body uses them (self, request_options, cast,
# builtins.list[...] and the types passed as cast_to).
RESERVED_PARAM_NAMES = frozenset({"self", "request_options", "cls", "cast", "builtins"}) | ANNOTATION_NAMES
# Names the generated modules import or define next to model, params, event and resource classes:
# a class may not take one of them (`class Field(StripeObject)` would break `Field(alias=...)`).
RESERVED_CLASS_NAMES = frozenset(
    {"Any", "Literal", "Mapping", "Sequence", "Iterator", "AsyncIterator", "TypedDict", "Required", "Field",
     "StripeObject", "ListObject", "SearchResult", "AsyncListObject", "AsyncSearchResult", "AsyncPager",
     "AsyncSearchPager", "RequestOptions", "SyncAPIClient", "AsyncAPIClient", "TYPE_CHECKING", "Union", "Annotated",
     "Discriminator", "Tag", "TypeAdapter", "InvalidPayloadError", "WebhookBase", "API_VERSION", "EVENT_TYPES", "UnknownEvent",
     "EventVersionWarning", "Webhook", "Client", "AsyncClient", "StripeClient", "AsyncStripeClient",
     "cached_property", "cast", "annotations", "builtins", "json", "warnings", "httpx", "importlib"}
)
BUILTIN_NAMES = frozenset(dir(builtins))

_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_NON_WORD = re.compile(r"[^0-9a-zA-Z]+")


def _ascii_words(text: str) -> list[str]:
    # NFKC first so that look-alikes (U+FB01 "ﬁ") become what Python itself would read them as,
    # then drop what is left outside ASCII: identifiers stay plain and collisions become visible.
    text = unicodedata.normalize("NFKC", text)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = _CAMEL_BOUNDARY.sub("_", text)
    return [w for w in _NON_WORD.split(text) if w]


def snake(text: str, fallback: str = "value") -> str:
    """`paymentIntent.id` -> `payment_intent_id`; always a valid identifier (not checked for keywords)."""
    words = _ascii_words(text)
    name = "_".join(w.lower() for w in words) or fallback
    if name[0].isdigit():
        name = f"{fallback}_{name}" if fallback != "value" else f"n_{name}"
    return name


def pascal(text: str, fallback: str = "Model") -> str:
    """`checkout.session` -> `CheckoutSession`; always a valid identifier, never a keyword."""
    words = _ascii_words(text)
    name = "".join(w[:1].upper() + w[1:] for w in words) or fallback
    if name[0].isdigit():
        name = f"{fallback}{name}"
    if keyword.iskeyword(name):  # None, True, False
        name += "_"
    return name


def safe_identifier(name: str, *, reserved: frozenset[str] = frozenset()) -> str:
    """Append `_` to keywords, soft keywords, dunders and reserved names (PEP 8's convention)."""
    # Soft keywords (match, case, type, _) stay: they are valid names, and users expect `event.type`.
    if keyword.iskeyword(name) or name in reserved:
        return name + "_"
    if name.startswith("__") and name.endswith("__"):
        return name.strip("_") + "_"
    if name.startswith("_"):
        # a leading underscore would make pydantic treat the field as private
        return "f" + name
    return name


def field_name(wire: str, reserved: frozenset[str] = RESERVED_FIELD_NAMES) -> str:
    return safe_identifier(snake(wire, "field"), reserved=reserved)


def unique(name: str, taken: set[str], suffixes: list[str] | None = None) -> str:
    """Make `name` unique in `taken` using meaningful suffixes first, then a counter."""
    if name not in taken:
        taken.add(name)
        return name
    for suffix in suffixes or []:
        candidate = f"{name}_{suffix}" if name.islower() else f"{name}{pascal(suffix)}"
        if candidate not in taken:
            taken.add(candidate)
            return candidate
    n = 2
    while f"{name}_{n}" in taken:
        n += 1
    taken.add(f"{name}_{n}")
    return f"{name}_{n}"


# --- operation naming --------------------------------------------------------------------------


@dataclass(frozen=True)
class OperationName:
    resource: tuple[str, ...]  # attribute chain, e.g. ("customers", "sources")
    method: str  # e.g. "list"
    kind: str  # create / retrieve / update / delete / list / search / action / url


_VERSION_SEGMENT = re.compile(r"^v\d+$")


def is_path_param(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")


@dataclass(frozen=True)
class PathKey:
    """A `paths` key split as OpenAPI reads it: `/files/{id}/thumb.{ext}?beta=true#name`."""

    template: str  # what is sent, placeholders anywhere in a segment; no query, no fragment
    query: tuple[tuple[str, str], ...]  # a fixed query the key spells out: sent with every call
    fragment: str  # names the operation only; never sent
    params: tuple[str, ...]  # placeholder names, in path order


def split_path_key(key: str) -> PathKey:
    rest, _, fragment = key.partition("#")
    template, _, query = rest.partition("?")
    return PathKey(
        template=template,
        query=tuple(parse_qsl(query, keep_blank_values=True)),
        fragment=fragment,
        params=tuple(_PLACEHOLDER.findall(template)),
    )


def path_segments(template: str) -> list[str]:
    """Segments for naming: `{Sid}.json` is a parameter; `thumbnail.{ext}` is `thumbnail` then one."""
    segments: list[str] = []
    for segment in template.split("/"):
        if "{" not in segment:
            if segment:
                segments.append(segment)
            continue
        placeholders = _PLACEHOLDER.findall(segment)
        if not placeholders:  # a lone brace is literal text, not a parameter
            segments.append(segment)
            continue
        prefix = segment.split("{", 1)[0].strip("._-~")
        if prefix:
            segments.append(prefix)
        segments.append("{" + placeholders[-1] + "}")
    return segments


@dataclass(frozen=True)
class PathContext:
    """What the rest of the document says about a path, for naming its operations."""

    get: str = ""  # what GET on this path returns: "list", "object" or "" (no GET)
    methods: frozenset[str] = frozenset()  # the HTTP methods this path has
    is_collection: bool = False  # GET returns a list, or other paths continue below it
    parent_known: bool = False  # the path without its last segment is a resource of its own


def operation_name(
    http_method: str,
    path: str,
    extension: str | None = None,
    kind_hint: str | None = None,
    context: PathContext = PathContext(),
) -> OperationName:
    """Name an operation from its path, REST-style, unless the spec says `x-client-method`.

    GET /v1/customers -> customers.list;  POST /v1/customers -> customers.create;
    GET /v1/customers/{id} -> customers.retrieve;  POST .../{id} -> update;  DELETE .../{id} -> delete;
    GET /v1/customers/search -> customers.search;  POST /v1/payment_intents/{id}/confirm -> confirm;
    GET /v1/customers/{id}/sources -> customers.sources.list;  GET /v1/account -> account.retrieve;
    POST /v1/customers/{id}/cash_balance (beside a GET) -> customers.cash_balance.update;
    GET /v1/invoices/upcoming -> invoices.upcoming;  POST /v1/apps/secrets/delete -> apps.secrets.delete.
    """
    method = http_method.lower()
    key = split_path_key(path)
    segments = path_segments(key.template)
    if segments and _VERSION_SEGMENT.match(segments[0]):
        segments = segments[1:]
    literal = [s for s in segments if not is_path_param(s)]
    ends_with_param = bool(segments) and is_path_param(segments[-1])
    after_param = len(segments) >= 2 and not ends_with_param and is_path_param(segments[-2])
    alone = context.methods <= {method}  # no other operation on this path
    leaf = not context.is_collection
    verb = segments[-1] if segments and not ends_with_param else ""
    if literal and literal[-1] == "search" and method == "get":
        kind, chain, name = "search", literal[:-1], "search"
    elif ends_with_param:
        kind = {"get": "retrieve", "post": "update", "put": "update", "patch": "update"}.get(method, method)
        chain, name = literal, kind
    elif method == "post" and leaf and not context.get and (after_param or (context.parent_known and alone)):
        kind, chain, name = "action", literal[:-1], verb  # /{intent}/confirm, /apps/secrets/delete
    elif method == "get" and context.get == "object" and leaf and alone and (after_param or context.parent_known):
        kind, chain, name = "retrieve", literal[:-1], verb  # /invoices/upcoming, /quotes/{quote}/pdf
    elif method == "post" and context.get == "object":
        kind, chain, name = "update", literal, "update"  # a singleton sub-resource
    else:
        # a collection, or a singleton such as /v1/account or /v1/balance (its GET returns no list)
        kinds = {"get": "list" if context.get != "object" else "retrieve", "post": "create"}
        kind = kinds.get(method, method)
        chain, name = literal, kind
    resource = tuple(safe_identifier(snake(s, "resource")) for s in chain) or ("root",)
    if key.fragment:  # `/files/{id}#get_shared_link`: the fragment names the operation
        name = key.fragment
    if extension:
        parts = [p for p in extension.split(".") if p]
        resource = tuple(safe_identifier(snake(p, "resource")) for p in parts[:-1]) or resource
        name = parts[-1] if parts else name
        if kind_hint == "url":
            kind = "url"
    return OperationName(resource, safe_identifier(snake(name, "call")), kind)
