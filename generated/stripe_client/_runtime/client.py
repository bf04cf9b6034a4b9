# File copied from the generator's runtime (client.py) by `python -m generator generate`.
# Do not edit: change the template and regenerate.
"""HTTP clients (sync and async) for the Stripe API: auth, encoding, retries, parsing, logging.

Design: sans-IO.  :class:`BaseAPIClient` holds all logic; its :meth:`BaseAPIClient._attempts`
generator runs the whole retry loop and only *yields actions* (``Send(request)`` /
``Sleep(seconds)``).  :class:`SyncAPIClient` and :class:`AsyncAPIClient` each pump it in a few
lines, so retries behave identically in both.

Retries.  Connection errors, timeouts, HTTP 409, 429 and 5xx are retried; a
``Stripe-Should-Retry: true|false`` response header overrides the status rule.  The delay is
``0.5 s * 2**n`` capped at 5 s, times a jitter factor in [0.5, 1.0) (as stripe-python, without its
0.5 s floor that cancels the jitter of the first retry); a ``Retry-After`` header (seconds or HTTP
date) raises the delay to its value, capped at 60 s.  Every POST carries an ``Idempotency-Key``
(the caller's or a uuid4 made once per logical request), reused on every retry, so a retried POST
can never create an object twice.

``max_retries`` defaults to 2.  stripe-python's ``StripeClient`` defaults to 0 (it predates
automatic idempotency keys on every POST), openai-python to 2.  We choose 2 because every POST is
idempotent here, so retrying is always safe, and a single transient network error or lock
conflict (409) should not surface as an exception in application code; 2 retries bound the worst
case to about 1.5 s of backoff (plus any Retry-After).  Set ``max_retries=0`` on the client or in
``request_options`` to disable.

Logging.  ``STRIPE_LOG=info|debug`` (read when a client is built) enables the ``stripe_client``
logger at that level (adding a stderr handler if logging is not configured).  Every line goes
through :func:`redact`: no API key, ``Authorization`` value, webhook secret or card number is ever
logged.
"""

from __future__ import annotations

import io
import json
import logging
import os
import random
import re
import sys
import threading
import time
import weakref
from collections.abc import AsyncIterator, Callable, Collection, Coroutine, Generator, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Literal, Self, TypedDict, TypeVar, Unpack, get_args, overload
from urllib.parse import quote, urlencode

import httpx
from pydantic import BaseModel, TypeAdapter, ValidationError

from .auth import MissingCredentials, Scheme, apply_security
from .encoding import encode_params, encode_value, path_param
from .errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    InvalidResponseError,
    _excerpt,
    error_from_response,
    type_error_fields,
)
from .models import (
    AsyncListObject,
    AsyncPager,
    AsyncSearchPager,
    AsyncSearchResult,
    ListObject,
    RawResponse,
    StripeObject,
    _Page,
    _PageRequest,
)
from .options import NotGiven, RequestOptions, check_options, check_seconds
from .paging import NextPage, PageWalk, Paging
from .redact import mask_key, redact, redact_pairs

__all__ = [
    "RUNTIME_VERSION",
    "DEFAULT_BASE_URL",
    "DEFAULT_CONNECT_BASE_URL",
    "DEFAULT_FILES_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "INITIAL_RETRY_DELAY",
    "MAX_RETRY_DELAY",
    "MAX_RETRY_AFTER",
    "DEFAULT_LIMITS",
    "Send",
    "Sleep",
    "Received",
    "DeadlineExceeded",
    "PreparedRequest",
    "BaseAPIClient",
    "SyncAPIClient",
    "AsyncAPIClient",
    "AppInfo",
]

RUNTIME_VERSION = "0.1.0"
#: The library's name in User-Agent and X-Stripe-Client-User-Agent (not Stripe's own library).
LIBRARY_NAME = "stripe-client-python"
DEFAULT_BASE_URL = "https://api.stripe.com"
DEFAULT_CONNECT_BASE_URL = "https://connect.stripe.com"
DEFAULT_FILES_BASE_URL = "https://files.stripe.com"
DEFAULT_MAX_RETRIES = 2
DEFAULT_TIMEOUT = 80.0
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 5.0
MAX_RETRY_AFTER = 60.0
#: httpx's default keeps only 20 of its 100 connections alive, so a burst of more than 20
#: concurrent calls closes and reopens connections (a new TLS handshake per call); keep them all.
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)

logger = logging.getLogger("stripe_client")

T = TypeVar("T")
PageT = TypeVar("PageT", bound="ListObject[Any]")  # a string: parametrising at import costs ~10 ms
HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)

BodyType = Literal["form", "json", "multipart", "raw", "none"]


class _AppInfoRequired(TypedDict):
    name: str


class AppInfo(_AppInfoRequired, total=False):
    """Who is calling, as Stripe asks plugins and platforms to say (stripe-python's ``set_app_info``)."""

    version: str
    url: str
    partner_id: str


class RequestArgs(TypedDict, total=False):
    """What a call sends besides its method, path and response type (generated code passes these)."""

    path_params: Mapping[str, str] | None
    query: Mapping[str, object] | None
    body: Mapping[str, object] | None
    headers: Mapping[str, object] | None
    body_type: BodyType
    server: str
    options: RequestOptions | None
    repeat: Collection[str]  # query arrays sent as `a=1&a=2` (OpenAPI form style), not Stripe's a[0]=1
    security: Sequence[Sequence[str]]  # alternatives of security scheme keys (the "openapi" dialect)
    idempotency_header: str  # where a generated idempotency key goes (the "openapi" dialect)
    by_status: Mapping[int, Any]  # statuses whose body parses as another type than cast_to (None: no body)
    nulls: Collection[str]  # top-level JSON body keys where None is sent as null (omitted: NOT_GIVEN)
    optional_body: bool  # a JSON body the document lets a call leave out: not sent when no field is given
    cookies: Mapping[str, object] | None  # cookie parameters (None: not sent)
    content_type: str  # a JSON body's media type when not application/json (application/merge-patch+json)

_QUERY_METHODS = frozenset({"GET", "DELETE", "HEAD"})
_IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})  # by HTTP's definition
_RETRY_STATUSES = frozenset({409, 429})
_PATH_FIELD = re.compile(r"\{([^{}]+)\}")
_NON_RETRYABLE_EXC = (httpx.UnsupportedProtocol, httpx.LocalProtocolError, httpx.DecodingError, httpx.TooManyRedirects)

_PARSERS: dict[Any, Callable[[bytes], Any]] = {}


def _new_idempotency_key() -> str:
    import uuid

    return str(uuid.uuid4())


# --------------------------------------------------------------------------- actions (sans-IO)


@dataclass(frozen=True, slots=True)
class Send:
    """Action: send this request and send back a :class:`Received` (or throw the httpx error) in.

    ``deadline`` (a ``_clock()`` instant, or None) is when the call's ``total_timeout`` passes:
    the driver stops reading the body then, with :class:`DeadlineExceeded`.
    """

    request: httpx.Request
    deadline: float | None = None


@dataclass(frozen=True, slots=True)
class Received:
    """What came back: a response whose body is read, or whose body could not be decoded."""

    response: httpx.Response
    error: httpx.DecodingError | None = None


class DeadlineExceeded(httpx.TimeoutException):
    """The call's ``total_timeout`` passed while its response was being read."""


def _check_deadline(send: Send, clock: Callable[[], float]) -> None:
    if send.deadline is not None and clock() > send.deadline:
        raise DeadlineExceeded("total_timeout passed while reading the response", request=send.request)


class _DeadlineStream(httpx.SyncByteStream):
    """A response body that stops once the call's deadline passes (a server may trickle bytes)."""

    def __init__(self, inner: httpx.SyncByteStream, send: Send, clock: Callable[[], float]) -> None:
        self._inner, self._send, self._clock = inner, send, clock

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._inner:
            _check_deadline(self._send, self._clock)
            yield chunk

    def close(self) -> None:
        self._inner.close()


class _AsyncDeadlineStream(httpx.AsyncByteStream):
    """:class:`_DeadlineStream` for the async client."""

    def __init__(self, inner: httpx.AsyncByteStream, send: Send, clock: Callable[[], float]) -> None:
        self._inner, self._send, self._clock = inner, send, clock

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._inner:
            _check_deadline(self._send, self._clock)
            yield chunk

    async def aclose(self) -> None:
        await self._inner.aclose()


@dataclass(frozen=True, slots=True)
class Sleep:
    """Action: sleep this many seconds, then send ``None`` back in."""

    seconds: float


Action = Send | Sleep
Attempts = Generator[Action, "Received | None", httpx.Response]


@dataclass(slots=True)
class PreparedRequest:
    """One logical request, built once and sent (identically) on every attempt."""

    request: httpx.Request
    method: str
    path: str
    max_retries: int
    timeout: float
    secrets: tuple[str, ...]
    retryable: bool = True  # the "openapi" dialect retries only what HTTP or an idempotency key makes safe
    idempotency_key: str | None = None
    total_timeout: float | None = None  # seconds for the whole call, retries included


# --------------------------------------------------------------------------- helpers


def _parser_for(cast_to: Any) -> Callable[[bytes], Any]:
    try:
        return _PARSERS[cast_to]
    except KeyError:
        pass
    except TypeError:  # unhashable type expression: build (uncached)
        return _build_parser(cast_to)
    parser = _build_parser(cast_to)
    _PARSERS[cast_to] = parser
    return parser


def _build_parser(cast_to: Any) -> Callable[[bytes], Any]:
    if isinstance(cast_to, type) and issubclass(cast_to, BaseModel):
        return cast_to.model_validate_json
    adapter: TypeAdapter[Any] = TypeAdapter(cast_to)
    return adapter.validate_json


def _retry_after_seconds(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            import email.utils  # only for an HTTP-date Retry-After: kept off the import path

            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        seconds = when.timestamp() - time.time()
    if seconds != seconds:  # NaN
        return None
    return max(0.0, seconds)


def _header_value(value: object) -> str:
    return encode_value(value)


def _is_stripe_version(name: str) -> bool:
    return len(name) == 14 and name.lower() == "stripe-version"


def _json_body(body: Mapping[str, object] | None, nulls: Collection[str]) -> object:
    """The JSON body: NOT_GIVEN arguments left out; None is null where ``nulls`` says so, else left out."""
    if not isinstance(body, Mapping):
        return _drop_none(body) if body is not None else {}
    kept = {k: v for k, v in body.items() if not isinstance(v, NotGiven) and (v is not None or k in nulls)}
    return {str(k): v if v is None else _drop_none(v) for k, v in kept.items()}


def _add_cookies(hdrs: httpx.Headers, cookies: Mapping[str, object] | None) -> None:
    """Cookie parameters join the Cookie header (after an API key sent as a cookie)."""
    pairs = [f"{name}={quote(_header_value(v), safe='')}" for name, v in (cookies or {}).items() if v is not None]
    if pairs:
        hdrs["Cookie"] = "; ".join(([hdrs["Cookie"]] if hdrs.get("Cookie") else []) + pairs)


def _drop_none(value: object) -> object:
    if isinstance(value, Mapping):
        return {str(k): _drop_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, (list, tuple)):
        return [_drop_none(v) for v in value]
    return value


def _json_default(value: object) -> object:
    return encode_value(value)


def _is_file(value: object) -> bool:
    return isinstance(value, (bytes, bytearray, io.IOBase)) or hasattr(value, "read") or (
        isinstance(value, tuple) and len(value) in (2, 3) and isinstance(value[0], str)
    )


def _file_tuple(name: str, value: object) -> tuple[str, Any]:
    """Materialize a file param as bytes so the multipart body can be re-sent on retry."""
    if isinstance(value, tuple):
        parts = list(value)
        content = parts[1]
        if hasattr(content, "read"):
            parts[1] = content.read()
        return name, tuple(parts)
    if isinstance(value, (bytes, bytearray)):
        return name, ("upload", bytes(value))
    read = getattr(value, "read")
    data = read()
    filename = os.path.basename(str(getattr(value, "name", "upload"))) or "upload"
    return name, (filename, data)


def _check_app_info(app_info: AppInfo) -> AppInfo:
    if not isinstance(app_info, Mapping) or not isinstance(app_info.get("name"), str) or not app_info["name"]:
        raise ValueError("app_info needs at least a non-empty 'name', e.g. {'name': 'MyPlugin', 'version': '1.2'}")
    unknown = set(app_info) - set(AppInfo.__annotations__)
    if unknown:
        raise ValueError(f"unknown app_info key(s) {sorted(unknown)}; known: {sorted(AppInfo.__annotations__)}")
    for key, value in app_info.items():
        # Sent in a header: printable ASCII only (a newline would start another header).
        if not isinstance(value, str) or not value.isascii() or not value.isprintable():
            raise ValueError(f"app_info[{key!r}] must be printable ASCII text, got {value!r}")
    return app_info


def _user_agent(app_info: AppInfo | None) -> str:
    """``stripe-client-python/0.1.0``, then ``Name/Version (URL)`` as Stripe documents for app info."""
    agent = f"{LIBRARY_NAME}/{RUNTIME_VERSION}"
    if not app_info:
        return agent
    app = app_info["name"]
    if app_info.get("version"):
        app += f"/{app_info['version']}"
    if app_info.get("url"):
        app += f" ({app_info['url']})"
    return f"{agent} {app}"


def _client_user_agent(app_info: AppInfo | None) -> str:
    """X-Stripe-Client-User-Agent: the library and language only (no platform, uname or host name)."""
    info: dict[str, object] = {
        "bindings_version": RUNTIME_VERSION,
        "lang": "python",
        "lang_version": "%d.%d.%d" % sys.version_info[:3],
        "publisher": LIBRARY_NAME,
        "httplib": "httpx",
    }
    if app_info:
        info["application"] = dict(app_info)
    return json.dumps(info)


def _max_retries(max_retries: int | None, max_network_retries: int | None) -> int:
    """``max_network_retries`` is stripe-python's name for ``max_retries``: one of them, not both."""
    if max_retries is not None and max_network_retries is not None:
        raise TypeError("pass max_retries or max_network_retries (its stripe-python name), not both")
    value = max_retries if max_retries is not None else max_network_retries
    value = DEFAULT_MAX_RETRIES if value is None else value
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError(f"max_retries must be an int >= 0, got {value!r}")
    return value


def _raw_content(body: object) -> bytes:
    """A raw body as bytes (read once, so that a retry resends the same): bytes as they are, text as
    UTF-8, a binary file's contents."""
    if isinstance(body, (bytes, bytearray, memoryview)):
        return bytes(body)
    if isinstance(body, str):
        return body.encode("utf-8")
    read = getattr(body, "read", None)
    if callable(read):
        data = read()
        return data.encode("utf-8") if isinstance(data, str) else bytes(data)
    raise TypeError(f"a raw request body must be bytes, str or a file opened in binary mode, not {type(body).__name__}")


def _multipart(body: Mapping[str, object]) -> tuple[dict[str, Any], list[tuple[str, Any]]]:
    """Form fields and files of a multipart body (files read into memory, to resend on retry)."""
    data: dict[str, Any] = {}
    files: list[tuple[str, Any]] = []
    fields: dict[str, object] = {}
    for key, value in body.items():
        if value is None:
            continue
        if _is_file(value):
            files.append(_file_tuple(key, value))
        else:
            fields[key] = value
    for key, value in encode_params(fields):
        data.setdefault(key, []).append(value)
    if not files:  # httpx sends fields alone as a urlencoded form: parts keep the declared multipart
        return {}, [(key, (None, value)) for key, values in data.items() for value in values]
    return data, files


def _check_agrees(opts: Mapping[str, Any], hdrs: httpx.Headers, option: str, header: str) -> None:
    """An option and a header saying different things (e.g. two idempotency keys) is a mistake."""
    value = opts.get(option)
    sent = hdrs.get(header)
    if value and sent is not None and sent != value:
        raise ValueError(
            f"request option {option!r} ({value!r}) and the {header} header ({sent!r}) disagree: pass one"
        )


_MAY_HAVE_RUN = (
    "The request may have been executed: do not retry it with a new idempotency key "
    "(the error's idempotency_key is the one it was sent with)."
)
_RETRY_SAME_KEY = " To retry safely, send the same idempotency key (the error's idempotency_key)."
_UNDECODED = "<a body that could not be decoded>"


def _fits(delay: float, deadline: float | None, now: float) -> bool:
    """Whether sleeping ``delay`` still leaves time before the call's deadline."""
    return deadline is None or now + delay < deadline


def _cap_timeout(prep: PreparedRequest, deadline: float | None, now: float) -> None:
    """No single connect/read/write may outlast the call's deadline."""
    if deadline is not None:
        seconds = max(0.001, min(prep.timeout, deadline - now))
        prep.request.extensions["timeout"] = httpx.Timeout(seconds).as_dict()


def _json_or_none(content: bytes) -> Any:
    try:
        return json.loads(content)
    except ValueError:
        return None


def _lenient(cast_to: Any, raw: object, response: httpx.Response) -> Any:
    """``raw`` as an unvalidated model (of ``cast_to`` when it is a model class), if it is an object."""
    if not isinstance(raw, dict):
        return None
    cls = cast_to if isinstance(cast_to, type) and issubclass(cast_to, BaseModel) else StripeObject
    obj = cls.model_construct(**{str(k): v for k, v in raw.items()})
    if isinstance(obj, StripeObject):
        headers = response.headers
        obj._set_last_response(RawResponse(response.status_code, headers, headers.get("request-id"), response.content))
    return obj


def _salvage_page(cast_to: Any, content: bytes) -> Any:
    """A list page whose odd items are kept unvalidated, so one odd item does not lose the page."""
    if not (isinstance(cast_to, type) and issubclass(cast_to, _Page)):
        return None
    try:
        body = json.loads(content)
        page = cast_to.model_validate({**body, "data": []})
    except (ValueError, TypeError, ValidationError):
        return None
    items = body.get("data")
    if not isinstance(items, list):
        return None
    item_type = get_args(cast_to.model_fields["data"].annotation) or (Any,)
    adapter: TypeAdapter[Any] = TypeAdapter(item_type[0])
    page.data = [_page_item(adapter, item_type[0], item, i) for i, item in enumerate(items)]
    return page


def _page_item(adapter: TypeAdapter[Any], item_type: Any, item: object, index: int) -> Any:
    try:
        return adapter.validate_python(item)
    except ValidationError as exc:
        first = exc.errors(include_input=False, include_url=False)[0]
        logger.warning("Item %d of a list page does not match its model (%s: %s); kept unvalidated",
                       index, ".".join(str(p) for p in first.get("loc", ())), first.get("msg"))
        cls = item_type if isinstance(item_type, type) and issubclass(item_type, BaseModel) else StripeObject
        return cls.model_construct(**{str(k): v for k, v in item.items()}) if isinstance(item, dict) else item


def _configure_logging() -> None:
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(
        os.environ.get("STRIPE_LOG", "").strip().lower()
    )
    if level is None:
        return
    if logger.level == logging.NOTSET or logger.level > level:
        logger.setLevel(level)
    if not logger.handlers and not logging.getLogger().handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)


# --------------------------------------------------------------------------- the base


class BaseAPIClient(Generic[HttpT]):
    """All pure logic shared by the sync and async clients (no I/O here)."""

    _owns_http: bool

    def __init__(
        self,
        *,
        api_key: str | None = None,
        stripe_version: str | None,
        base_url: str | None = None,
        connect_base_url: str | None = None,
        stripe_account: str | None = None,
        max_retries: int | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        default_headers: Mapping[str, str] | None = None,
        servers: Mapping[str, str] | None = None,
        http_client: HttpT | None = None,
        max_network_retries: int | None = None,
        app_info: AppInfo | None = None,
        dialect: Literal["stripe", "openapi"] = "stripe",
        api_name: str = "Stripe",
        credentials: Mapping[str, str | None] | None = None,
        security_schemes: Mapping[str, Scheme] | None = None,
        total_timeout: float | None = None,
        error_model: Callable[[], type[BaseModel]] | None = None,
    ) -> None:
        # None: an API that is not Stripe's (a spec without a Stripe server): no Stripe-Version header
        if stripe_version is not None and (not isinstance(stripe_version, str) or not stripe_version.strip()):
            raise ValueError("stripe_version must be a non-empty API version such as '2024-02-15'")
        max_retries = _max_retries(max_retries, max_network_retries)
        self.app_info = _check_app_info(app_info) if app_info is not None else None
        timeout = check_seconds("timeout", timeout)
        self.total_timeout = None if total_timeout is None else check_seconds("total_timeout", total_timeout)
        # The dialect decides what is Stripe's: its key rule, headers, retries, STRIPE_* variables.
        self._stripe = dialect == "stripe"
        self._api_name = api_name
        # the model of this API version's error body, imported on the first error (see type_error_fields)
        self._error_model = error_model
        self._credentials = {k: v for k, v in (credentials or {}).items() if v}
        self._security_schemes = dict(security_schemes or {})
        self._api_key = api_key if api_key else (os.environ.get("STRIPE_API_KEY") if self._stripe else None) or None
        self.stripe_version = stripe_version
        self.stripe_account = stripe_account
        self.max_retries = max_retries
        self.timeout = float(timeout)
        api = (base_url or DEFAULT_BASE_URL).rstrip("/")
        self._servers: dict[str, str] = {
            "api": api,
            "connect": (connect_base_url or DEFAULT_CONNECT_BASE_URL).rstrip("/"),
            # With a custom base_url (a fake or a proxy), uploads go there too unless told otherwise.
            "files": api if base_url else DEFAULT_FILES_BASE_URL,
        }
        for key, url in (servers or {}).items():
            self._servers[key] = url.rstrip("/")
        headers: dict[str, str] = {"User-Agent": _user_agent(self.app_info)}
        if self.is_stripe_api:
            headers["X-Stripe-Client-User-Agent"] = _client_user_agent(self.app_info)
        for name, value in (default_headers or {}).items():
            if _is_stripe_version(name):
                raise ValueError(
                    "Stripe-Version cannot be set through default_headers: the client is pinned to "
                    "stripe_version; use request_options={'stripe_version': ...} for a single call"
                )
            headers[name] = value
        if stripe_version is not None:
            headers["Stripe-Version"] = stripe_version
        self._base_headers = headers
        self._random: Callable[[], float] = random.random
        self._clock: Callable[[], float] = time.monotonic
        if self._stripe:
            _configure_logging()
        self._owns_http = http_client is None
        # Made on first use: building a client stays cheap (an httpx client loads TLS certificates).
        self._http_client: HttpT | None = http_client
        self._http_lock = threading.Lock()

    @property
    def is_stripe_api(self) -> bool:
        """True for a client of Stripe's API (``dialect="stripe"``, the default).

        The one switch for what only Stripe should receive, among them the
        ``X-Stripe-Client-User-Agent`` telemetry header.  A client generated from another OpenAPI
        document is built with ``dialect="openapi"`` and sends none of it.
        """
        return self._stripe

    @property
    def _http(self) -> HttpT:
        client = self._http_client
        if client is None:
            with self._http_lock:  # threads sharing one client must share one connection pool
                client = self._http_client
                if client is None:
                    client = self._new_http()
                    self._close_on_gc(client)
                    self._http_client = client
        return client

    def _new_http(self) -> HttpT:
        raise NotImplementedError

    def _close_on_gc(self, http: HttpT) -> None:
        """Close the pool this client made when the client is garbage-collected (see subclasses)."""
        raise NotImplementedError

    # ---- public helpers

    @property
    def base_url(self) -> str:
        return self._servers["api"]

    @property
    def connect_base_url(self) -> str:
        return self._servers["connect"]

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={redact(self.base_url)!r}, stripe_version={self.stripe_version!r}, "
            f"api_key={mask_key(self._api_key)!r}, stripe_account={self.stripe_account!r}, "
            f"max_retries={self.max_retries!r}, timeout={self.timeout!r}, total_timeout={self.total_timeout!r})"
        )

    def build_url(
        self,
        path: str,
        *,
        query: Mapping[str, object] | None = None,
        server: str = "api",
        path_params: Mapping[str, str] | None = None,
    ) -> str:
        """The absolute URL for ``path`` on ``server`` with ``query`` encoded (e.g. OAuth authorize)."""
        url = self._server_url(server) + self._fill_path(path, path_params)
        pairs = encode_params(query) if query else []
        return f"{url}?{urlencode(pairs)}" if pairs else url

    # ---- request building

    def _server_url(self, server: str) -> str:
        try:
            url = self._servers[server]
        except KeyError:
            raise ValueError(f"unknown server {server!r}; known: {', '.join(sorted(self._servers))}") from None
        if "{" in url and _PATH_FIELD.search(url):  # a variable the document left without a default
            option = "base_url=..." if server == "api" else f"servers={{{server!r}: ...}}"
            raise ValueError(f"the server URL {url} has a variable the API's description gives no default: pass {option}")
        return url

    @staticmethod
    def _fill_path(path: str, path_params: Mapping[str, str] | None) -> str:
        if "{" not in path:
            return path
        params = path_params or {}

        def sub(match: re.Match[str]) -> str:
            name = match.group(1)
            if name not in params:
                raise ValueError(f"missing path parameter {name!r} for {path}")
            return path_param(params[name], name)

        return _PATH_FIELD.sub(sub, path)

    def _prepare(self, method: str, path: str, args: RequestArgs) -> PreparedRequest:
        """Build one logical request: options, auth, headers, idempotency, encoding, logging."""
        opts: Mapping[str, Any] = args.get("options") or {}
        check_options(opts)
        method = method.upper()
        filled = self._fill_path(path, args.get("path_params"))
        auth_headers, auth_query, secrets = self._authenticate(opts, args.get("security", ()))
        if self._stripe and not secrets:
            raise AuthenticationError(
                "No API key provided. Pass api_key=... when creating the client, set the "
                "STRIPE_API_KEY environment variable, or pass request_options={'api_key': ...}. "
                "Find your keys at https://dashboard.stripe.com/apikeys."
            )
        hdrs = self._headers(opts, auth_headers, args.get("headers"))
        _add_cookies(hdrs, args.get("cookies"))
        idempotency_key, retryable = self._idempotency(method, opts, args, hdrs)
        pairs, content, data, files = self._encode_body(method, args, auth_query, hdrs)
        url = self._server_url(args.get("server", "api")) + filled
        if pairs:
            url = f"{url}?{urlencode(pairs)}"
        timeout = float(opts.get("timeout", self.timeout))
        request = self._http.build_request(
            method, url, content=content, data=data, files=files, headers=hdrs, timeout=timeout
        )
        if files is not None:
            request.read()  # materialize the multipart body so retries can resend it
        self._log_request(method, filled, pairs, args, secrets)
        return PreparedRequest(
            request, method, filled, opts.get("max_retries", self.max_retries), timeout, secrets, retryable,
            idempotency_key, opts.get("total_timeout", self.total_timeout),
        )

    def _headers(
        self, opts: Mapping[str, Any], auth_headers: Mapping[str, str], extra: Mapping[str, object] | None
    ) -> httpx.Headers:
        """The client's headers, then the call's; names match case-insensitively and the call's win."""
        hdrs = httpx.Headers(self._base_headers)
        hdrs.update(auth_headers)
        version = opts.get("stripe_version")
        if version:
            hdrs["Stripe-Version"] = version
        account = opts.get("stripe_account") or self.stripe_account
        if account:
            hdrs["Stripe-Account"] = account
        for source in (extra, opts.get("headers")):
            for name, value in (source or {}).items():
                if value is None:
                    continue
                if _is_stripe_version(name):
                    raise ValueError(
                        "Stripe-Version cannot be sent as a header; use "
                        "request_options={'stripe_version': ...} to call another API version"
                    )
                hdrs[name] = _header_value(value)
        _check_agrees(opts, hdrs, "stripe_account", "Stripe-Account")
        return hdrs

    def _idempotency(
        self, method: str, opts: Mapping[str, Any], args: RequestArgs, hdrs: httpx.Headers
    ) -> tuple[str | None, bool]:
        """The call's idempotency key (the caller's, from an option or a header, else a new one for a
        POST) set in ``hdrs``, and whether the call may be retried."""
        header = "Idempotency-Key" if self._stripe else args.get("idempotency_header", "")
        name = header or "Idempotency-Key"
        _check_agrees(opts, hdrs, "idempotency_key", name)
        key: str | None = hdrs.get(name) or opts.get("idempotency_key")
        if not key and header and (method == "POST" or not self._stripe):
            key = _new_idempotency_key()
        if key:
            hdrs[name] = key
        return key, self._stripe or method in _IDEMPOTENT_METHODS or bool(header or key)

    def _encode_body(
        self, method: str, args: RequestArgs, auth_query: list[tuple[str, str]], hdrs: httpx.Headers
    ) -> tuple[list[tuple[str, str]], bytes | None, dict[str, Any] | None, list[tuple[str, Any]] | None]:
        """Query pairs, and the body as content (form, JSON) or as multipart data and files."""
        query, body = args.get("query"), args.get("body")
        body_type: BodyType = args.get("body_type", "form")
        pairs = (encode_params(query, args.get("repeat", ())) if query else []) + auth_query
        if method in _QUERY_METHODS and (self._stripe or method != "DELETE"):  # OpenAPI: a DELETE may have a body
            return pairs + (encode_params(body) if body else []), None, None, None
        if body_type == "form":
            hdrs["Content-Type"] = "application/x-www-form-urlencoded"
            return pairs, urlencode(encode_params(body or {})).encode("ascii"), None, None
        if body_type == "json":
            value = _json_body(body, args.get("nulls", ()))
            if value == {} and args.get("optional_body"):
                return pairs, None, None, None  # `{}` would lack the fields the document requires of a body
            hdrs["Content-Type"] = args.get("content_type") or "application/json"
            content = json.dumps(value, separators=(",", ":"), default=_json_default)
            return pairs, content.encode("utf-8"), None, None
        if body_type == "multipart":
            data, files = _multipart(body or {})
            return pairs, None, data, files
        if body_type == "raw" and body is not None:
            hdrs["Content-Type"] = args.get("content_type") or "application/octet-stream"
            return pairs, _raw_content(body), None, None
        return pairs, None, None, None

    def _log_request(
        self, method: str, path: str, pairs: list[tuple[str, str]], args: RequestArgs, secrets: tuple[str, ...]
    ) -> None:
        if not logger.isEnabledFor(logging.DEBUG):
            return
        shown = redact_pairs(pairs)
        body = args.get("body")
        if args.get("body_type", "form") == "form" and body and method not in _QUERY_METHODS:
            shown += redact_pairs(encode_params(body))
        self._log(logging.DEBUG, secrets, "Request %s %s params=%s", method, path, shown)

    def _authenticate(
        self, opts: Mapping[str, Any], security: Sequence[Sequence[str]]
    ) -> tuple[dict[str, str], list[tuple[str, str]], tuple[str, ...]]:
        """Headers, query pairs and secrets (to redact) of this call's credentials: Stripe's API key,
        or the document's security schemes (never read from the environment)."""
        headers: dict[str, str] = {}
        query: list[tuple[str, str]] = []
        if self._stripe:
            api_key = opts.get("api_key") or self._api_key or os.environ.get("STRIPE_API_KEY")
            if api_key:
                headers["Authorization"] = f"Bearer {api_key}"
            return headers, query, (api_key,) if api_key else ()
        credentials = {**self._credentials, **({"api_key": opts["api_key"]} if opts.get("api_key") else {})}
        try:
            secrets = apply_security(security, self._security_schemes, credentials, headers, query)
        except MissingCredentials as exc:
            raise AuthenticationError(f"{self._api_name}: {exc}") from None
        return headers, query, secrets

    # ---- the retry loop (sans-IO)

    def _log(self, level: int, secrets: tuple[str, ...], msg: str, *args: object) -> None:
        if logger.isEnabledFor(level):
            logger.log(level, "%s", redact(msg % args, secrets))

    def _should_retry(self, response: httpx.Response) -> tuple[bool, str]:
        flag = response.headers.get("stripe-should-retry") if self._stripe else None
        if flag is not None:
            flag = flag.strip().lower()
            if flag == "true":
                return True, f"HTTP {response.status_code}, Stripe-Should-Retry: true"
            if flag == "false":
                return False, ""
        status = response.status_code
        if status in _RETRY_STATUSES or status >= 500:
            return True, f"HTTP {status}"
        return False, ""

    def _retry_delay(self, retries_done: int, response: httpx.Response | None) -> float:
        """Delay before retry number ``retries_done + 1``."""
        delay = min(INITIAL_RETRY_DELAY * (2.0**retries_done), MAX_RETRY_DELAY)
        delay *= 0.5 + 0.5 * self._random()
        if response is not None:
            retry_after = _retry_after_seconds(response.headers.get("retry-after"))
            if retry_after is not None:
                delay = max(delay, min(retry_after, MAX_RETRY_AFTER))
        return delay

    def _attempts(self, prep: PreparedRequest) -> Attempts:
        """The retry loop. Yields :class:`Send`/:class:`Sleep`; returns the final 2xx response."""
        retries = 0
        deadline = None if prep.total_timeout is None else self._clock() + prep.total_timeout
        while True:
            started = self._clock()
            _cap_timeout(prep, deadline, started)
            try:
                received = yield Send(prep.request, deadline)
            except httpx.RequestError as exc:
                delay = self._retry_after_exception(exc, prep, retries, started, deadline)
                retries += 1
                yield Sleep(delay)
                continue
            assert received is not None
            response = self._decoded(received, prep)
            status = response.status_code
            if logger.isEnabledFor(logging.INFO):
                self._log(
                    logging.INFO, prep.secrets, "%s %s -> %d (request_id=%s, %.0f ms)",
                    prep.method, prep.path, status, response.headers.get("request-id"),
                    (self._clock() - started) * 1000,
                )
            if 200 <= status < 300:
                return response
            retry, reason = self._should_retry(response)
            if retry and prep.retryable and retries < prep.max_retries:
                delay = self._retry_delay(retries, response)
                if _fits(delay, deadline, self._clock()):
                    retries += 1
                    self._log_retry(prep, retries, reason, delay)
                    yield Sleep(delay)
                    continue
            text = response.text if received.error is None else _UNDECODED
            err = error_from_response(status, text, response.headers, api_name=self._api_name)
            err.idempotency_key = prep.idempotency_key
            if self._error_model is not None:
                type_error_fields(err, self._error_model())
            raise err

    def _retry_after_exception(
        self, exc: httpx.RequestError, prep: PreparedRequest, retries: int, started: float, deadline: float | None
    ) -> float:
        """The delay before retrying after ``exc``; raises the client's error when it cannot retry."""
        now = self._clock()
        if isinstance(exc, httpx.DecodingError):  # a response came, so the request may have run
            raise self._undecodable(None, None, exc, prep) from exc
        timed_out = isinstance(exc, httpx.TimeoutException)
        reason = f"timeout ({type(exc).__name__})" if timed_out else f"connection error ({type(exc).__name__})"
        self._log(
            logging.INFO, prep.secrets, "%s %s failed after %.0f ms: %s",
            prep.method, prep.path, (now - started) * 1000, reason,
        )
        if deadline is not None and now >= deadline:
            raise self._deadline_error(prep, retries) from exc
        retryable = not isinstance(exc, _NON_RETRYABLE_EXC)
        if retryable and prep.retryable and retries < prep.max_retries:
            delay = self._retry_delay(retries, None)
            if _fits(delay, deadline, now):
                self._log_retry(prep, retries + 1, reason, delay)
                return delay
        raise self._connection_error(exc, prep, retries, timed_out, retryable) from exc

    def _decoded(self, received: Received, prep: PreparedRequest) -> httpx.Response:
        """The response, unless its 2xx body could not be decoded (gzip...): then it is an error."""
        response = received.response
        if received.error is not None and 200 <= response.status_code < 300:
            raise self._undecodable(response.status_code, response.headers, received.error, prep) from received.error
        return response

    def _undecodable(
        self, status: int | None, headers: httpx.Headers | None, exc: Exception, prep: PreparedRequest
    ) -> InvalidResponseError:
        got = f"{self._api_name}'s response" + (f" (HTTP {status})" if status else "")
        return InvalidResponseError(
            redact(f"{got} to {prep.method} {prep.path} could not be decoded ({type(exc).__name__}: {exc}). "
                   f"{_MAY_HAVE_RUN}", prep.secrets),
            http_status=status,
            headers=headers,
            idempotency_key=prep.idempotency_key,
        )

    def _deadline_error(self, prep: PreparedRequest, retries: int) -> APITimeoutError:
        tried = f"{retries + 1} attempt{'s' if retries else ''}"
        return APITimeoutError(
            f"Request to {self._api_name} exceeded its total_timeout of {prep.total_timeout:g} s ({prep.method} "
            f"{prep.request.url.copy_with(query=None)}, {tried}). Raise `total_timeout` on the client or "
            f"in request_options.{_RETRY_SAME_KEY if prep.idempotency_key else ''}",
            should_retry=True,
            idempotency_key=prep.idempotency_key,
        )

    def _log_retry(self, prep: PreparedRequest, retry: int, reason: str, delay: float) -> None:
        self._log(
            logging.INFO, prep.secrets, "Retrying %s %s (retry %d of %d, reason: %s) in %.2f s",
            prep.method, prep.path, retry, prep.max_retries, reason, delay,
        )

    def _connection_error(
        self, exc: httpx.RequestError, prep: PreparedRequest, retries: int, timed_out: bool, retryable: bool
    ) -> APIConnectionError:
        where = f"{prep.method} {prep.request.url.copy_with(query=None)}"
        tried = f"after {retries + 1} attempt{'s' if retries else ''}"
        detail = redact(str(exc) or type(exc).__name__, prep.secrets)
        same_key = _RETRY_SAME_KEY if prep.idempotency_key else ""
        if timed_out:
            return APITimeoutError(
                f"Request to {self._api_name} timed out ({where}, timeout {prep.timeout:g} s, {tried}): "
                f"{type(exc).__name__}. Raise `timeout` or `max_retries` on the client or in request_options.{same_key}",
                should_retry=True,
                idempotency_key=prep.idempotency_key,
            )
        hint = "Check your network connection and the client's base_url."
        return APIConnectionError(
            f"Could not connect to {self._api_name} ({where}, {tried}): {type(exc).__name__}: {detail}. {hint}{same_key}",
            should_retry=retryable,
            idempotency_key=prep.idempotency_key,
        )

    # ---- response parsing

    def _process(self, response: httpx.Response, cast_to: Any, prep: PreparedRequest) -> Any:
        if cast_to is None:
            return None
        if cast_to is bytes:
            return response.content
        if cast_to is str:
            return response.text
        content = response.content
        try:
            result = _parser_for(cast_to)(content)
        except ValidationError as exc:
            result = _salvage_page(cast_to, content)
            if result is None:
                raise self._invalid_response(response, cast_to, exc, prep, self._api_name) from exc
        if isinstance(result, StripeObject):
            headers = response.headers
            result._set_last_response(
                RawResponse(response.status_code, headers, headers.get("request-id"), content)
            )
        return result

    @staticmethod
    def _invalid_response(
        response: httpx.Response, cast_to: Any, exc: ValidationError, prep: PreparedRequest,
        api_name: str = "Stripe",
    ) -> InvalidResponseError:
        errors = exc.errors(include_input=False, include_url=False)
        name = getattr(cast_to, "__name__", None) or repr(cast_to)
        raw: Any = None
        if errors and errors[0].get("type") == "json_invalid":
            message = (
                f"{api_name} returned a response that is not valid JSON (HTTP {response.status_code}): "
                f"{_excerpt(response.text)!r}"
            )
        else:
            raw = _json_or_none(response.content)
            shown = "; ".join(
                f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg')}" for e in errors[:3]
            )
            more = f" (and {len(errors) - 3} more)" if len(errors) > 3 else ""
            message = f"{api_name}'s response does not match {name}: {shown}{more}"
        return InvalidResponseError(
            redact(f"{message}. {_MAY_HAVE_RUN} The body is in .raw, parsed leniently in .object.", prep.secrets),
            http_body=response.text,
            http_status=response.status_code,
            headers=response.headers,
            raw=raw,
            object=_lenient(cast_to, raw, response),
            idempotency_key=prep.idempotency_key,
        )

    # ---- pagination wiring

    @staticmethod
    def _page_params(
        method: str, query: Mapping[str, object] | None, body: Mapping[str, object] | None
    ) -> dict[str, object]:
        if method.upper() in _QUERY_METHODS:
            return {**(query or {}), **(body or {})}
        return dict(body or {})

    def _next_page_args(self, method: str, args: RequestArgs, overrides: Mapping[str, object]) -> RequestArgs:
        """The arguments of the following page: the same call with the cursor overrides."""
        query, body = self._with_overrides(method, args.get("query"), args.get("body"), overrides)
        return {**args, "query": query, "body": body, "options": self._page_options(args.get("options"))}

    @staticmethod
    def _with_overrides(
        method: str,
        query: Mapping[str, object] | None,
        body: Mapping[str, object] | None,
        overrides: Mapping[str, object],
    ) -> tuple[Mapping[str, object] | None, Mapping[str, object] | None]:
        if method.upper() in _QUERY_METHODS:
            return {**(query or {}), **(body or {}), **overrides}, None
        return query, {**(body or {}), **overrides}

    @staticmethod
    def _page_options(options: RequestOptions | None) -> RequestOptions | None:
        if options and "idempotency_key" in options:
            rest: RequestOptions = {**options}
            del rest["idempotency_key"]
            return rest
        return options

    def _page_walk(self, paging: Paging, path: str, args: RequestArgs) -> PageWalk:
        return PageWalk(paging, path, args.get("query"), self._server_url(args.get("server", "api")))

    def _following(self, args: RequestArgs, following: NextPage) -> tuple[str, RequestArgs]:
        """The path and arguments of the page after the one ``args`` fetched."""
        if following.replace_query:  # a next-page URL: its path and query are the whole request
            query: Mapping[str, object] = following.query
            path_params = None
        else:
            query, path_params = {**(args.get("query") or {}), **following.query}, args.get("path_params")
        repeat = (*args.get("repeat", ()), *following.repeat)
        options = self._page_options(args.get("options"))
        return following.path, {**args, "query": query, "path_params": path_params, "repeat": repeat, "options": options}


# --------------------------------------------------------------------------- sync


class SyncAPIClient(BaseAPIClient[httpx.Client]):
    """Blocking client. ``with SyncAPIClient(...) as c: ...`` closes the connection pool.

    A client that is never closed (as stripe-python clients usually are not) closes the pool it
    made when it is garbage-collected, or at interpreter exit, without a ``ResourceWarning``.
    """

    _sleep: Callable[[float], None] = staticmethod(time.sleep)

    def _new_http(self) -> httpx.Client:
        return httpx.Client(timeout=self.timeout, limits=DEFAULT_LIMITS)

    def _close_on_gc(self, http: httpx.Client) -> None:
        # The finalizer holds the pool, not self, so it does not keep the client alive.
        weakref.finalize(self, http.close)

    def _send(self, prep: PreparedRequest) -> httpx.Response:
        """Drive :meth:`_attempts`: the only I/O of the sync client."""
        gen = self._attempts(prep)
        try:
            action = next(gen)
            while True:
                if isinstance(action, Sleep):
                    self._sleep(action.seconds)
                    action = gen.send(None)
                    continue
                try:
                    received = self._exchange(action)
                except httpx.RequestError as exc:
                    action = gen.throw(exc)
                else:
                    action = gen.send(received)
        except StopIteration as stop:
            result: httpx.Response = stop.value
            return result

    def _exchange(self, send: Send) -> Received:
        """Send one request and read its body, stopping at the call's deadline (if any)."""
        response = self._http.send(send.request, stream=True)
        try:
            if send.deadline is not None and isinstance(response.stream, httpx.SyncByteStream):
                response.stream = _DeadlineStream(response.stream, send, self._clock)
            response.read()
        except httpx.DecodingError as exc:
            return Received(response, exc)
        finally:
            response.close()
        return Received(response)

    @overload
    def request(self, method: str, path: str, *, cast_to: type[T], **args: Unpack[RequestArgs]) -> T: ...
    @overload
    def request(self, method: str, path: str, *, cast_to: None, **args: Unpack[RequestArgs]) -> None: ...
    @overload
    def request(self, method: str, path: str, *, cast_to: Any, **args: Unpack[RequestArgs]) -> Any: ...
    def request(self, method: str, path: str, *, cast_to: Any, **args: Unpack[RequestArgs]) -> Any:
        """Send one logical request (with retries) and parse the response into ``cast_to``."""
        prep = self._prepare(method, path, args)
        response = self._send(prep)
        return self._process(response, args.get("by_status", {}).get(response.status_code, cast_to), prep)

    def request_list(self, method: str, path: str, *, cast_to: type[PageT], **args: Unpack[RequestArgs]) -> PageT:
        """Like :meth:`request` for a list or search page, wired for ``auto_paging_iter()``."""
        page: PageT = self.request(method, path, cast_to=cast_to, **args)
        if isinstance(page, _Page):

            def fetch(overrides: Mapping[str, object]) -> PageT:
                return self.request_list(method, path, cast_to=cast_to, **self._next_page_args(method, args, overrides))

            page._pager = _PageRequest(self._page_params(method, args.get("query"), args.get("body")), fetch)
        return page

    def iter_items(
        self, method: str, path: str, *, cast_to: Any, paging: Paging, **args: Unpack[RequestArgs]
    ) -> Iterator[Any]:
        """Every item of every page of a list that pages by cursor, next-page URL or page number.
        Nothing is requested until the iteration starts; each page is requested as it is reached."""
        walk = self._page_walk(paging, path, args)
        while True:
            page = self.request(method, path, cast_to=cast_to, **args)
            items = walk.items(page)
            yield from items
            following = walk.next(page, items)
            if following is None:
                return
            path, args = self._following(args, following)

    def close(self) -> None:
        """Close the connection pool (only if this client created it)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


# --------------------------------------------------------------------------- async

# Pools being closed after their client was collected: a task needs a reference until it ends.
_CLOSING: set[Any] = set()


def _schedule_aclose(http: httpx.AsyncClient, loop: Any) -> None:
    """Finalizer of an async client: ask the pool's own loop to ``aclose()`` it (any thread)."""
    if http.is_closed or loop.is_closed():
        return
    try:
        loop.call_soon_threadsafe(_start_aclose, http, loop)
    except RuntimeError:  # the loop closed meanwhile
        pass


def _start_aclose(http: httpx.AsyncClient, loop: Any) -> None:
    task = loop.create_task(http.aclose())
    _CLOSING.add(task)
    task.add_done_callback(_CLOSING.discard)


class AsyncAPIClient(BaseAPIClient[httpx.AsyncClient]):
    """Asyncio client. ``async with AsyncAPIClient(...) as c: ...`` closes the connection pool.

    A client that is never closed is closed when it is garbage-collected, but closing an async
    pool needs its event loop: the collector may run in any thread, inside or outside that loop,
    and cannot await.  So the pool's ``aclose()`` is scheduled on the loop the pool was made in
    (thread-safely), if that loop is still open; it runs at the loop's next turn.  If that loop is
    already closed, nothing can close the sockets cleanly and asyncio may report them: close the
    client (``async with`` or ``await client.aclose()``) before its loop ends, e.g. in a
    lifespan/shutdown hook.  Only asyncio loops are handled (not trio).
    """

    @staticmethod
    async def _sleep(seconds: float) -> None:
        import asyncio  # imported on first retry, not with the package: it costs ~20 ms

        await asyncio.sleep(seconds)

    def _new_http(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(timeout=self.timeout, limits=DEFAULT_LIMITS)

    def _close_on_gc(self, http: httpx.AsyncClient) -> None:
        import asyncio  # already imported: the pool is made inside a running coroutine

        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # not asyncio (trio), or no loop: nothing to schedule on
            return
        weakref.finalize(self, _schedule_aclose, http, loop)

    async def _send(self, prep: PreparedRequest) -> httpx.Response:
        """Drive :meth:`_attempts`: the only I/O of the async client."""
        gen = self._attempts(prep)
        try:
            action = next(gen)
            while True:
                if isinstance(action, Sleep):
                    await self._sleep(action.seconds)
                    action = gen.send(None)
                    continue
                try:
                    received = await self._exchange(action)
                except httpx.RequestError as exc:
                    action = gen.throw(exc)
                else:
                    action = gen.send(received)
        except StopIteration as stop:
            result: httpx.Response = stop.value
            return result

    async def _exchange(self, send: Send) -> Received:
        """Send one request and read its body, stopping at the call's deadline (if any)."""
        response = await self._http.send(send.request, stream=True)
        try:
            if send.deadline is not None and isinstance(response.stream, httpx.AsyncByteStream):
                response.stream = _AsyncDeadlineStream(response.stream, send, self._clock)
            await response.aread()
        except httpx.DecodingError as exc:
            return Received(response, exc)
        finally:
            await response.aclose()
        return Received(response)

    @overload
    async def request(self, method: str, path: str, *, cast_to: type[T], **args: Unpack[RequestArgs]) -> T: ...
    @overload
    async def request(self, method: str, path: str, *, cast_to: None, **args: Unpack[RequestArgs]) -> None: ...
    @overload
    async def request(self, method: str, path: str, *, cast_to: Any, **args: Unpack[RequestArgs]) -> Any: ...
    async def request(self, method: str, path: str, *, cast_to: Any, **args: Unpack[RequestArgs]) -> Any:
        """Send one logical request (with retries) and parse the response into ``cast_to``."""
        prep = self._prepare(method, path, args)
        response = await self._send(prep)
        return self._process(response, args.get("by_status", {}).get(response.status_code, cast_to), prep)

    async def _request_page(self, method: str, path: str, cast_to: Any, args: RequestArgs) -> Any:
        page = await self.request(method, path, cast_to=cast_to, **args)
        if isinstance(page, _Page):

            def fetch(overrides: Mapping[str, object]) -> Coroutine[Any, Any, Any]:
                return self._request_page(method, path, cast_to, self._next_page_args(method, args, overrides))

            page._pager = _PageRequest(self._page_params(method, args.get("query"), args.get("body")), fetch)
        return page

    @overload
    def request_list(
        self, method: str, path: str, *, cast_to: type[AsyncSearchResult[T]], **args: Unpack[RequestArgs]
    ) -> AsyncSearchPager[T]: ...
    @overload
    def request_list(
        self, method: str, path: str, *, cast_to: type[AsyncListObject[T]], **args: Unpack[RequestArgs]
    ) -> AsyncPager[T]: ...
    def request_list(self, method: str, path: str, *, cast_to: Any, **args: Unpack[RequestArgs]) -> AsyncPager[Any]:
        """Return (without awaiting) a pager: ``await`` it for the first page, or iterate it."""

        def first() -> Coroutine[Any, Any, AsyncListObject[Any]]:
            return self._request_page(method, path, cast_to, args)

        if isinstance(cast_to, type) and issubclass(cast_to, AsyncSearchResult):
            return AsyncSearchPager(first)
        return AsyncPager(first)

    async def iter_items(
        self, method: str, path: str, *, cast_to: Any, paging: Paging, **args: Unpack[RequestArgs]
    ) -> AsyncIterator[Any]:
        """Every item of every page of a list that pages by cursor, next-page URL or page number
        (``async for``). Each page is requested as it is reached."""
        walk = self._page_walk(paging, path, args)
        while True:
            page = await self.request(method, path, cast_to=cast_to, **args)
            items = walk.items(page)
            for item in items:
                yield item
            following = walk.next(page, items)
            if following is None:
                return
            path, args = self._following(args, following)

    async def aclose(self) -> None:
        """Close the connection pool (only if this client created it)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

