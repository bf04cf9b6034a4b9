"""HTTP layer: a threaded stdlib server that routes, authenticates, validates, replays idempotent
POSTs, injects faults and records every request."""

from __future__ import annotations

import base64
import json
import secrets
import socket
import sys
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

from generator.additions import listed_event_types
from generator.mock.errors import ApiError, missing, unknown
from generator.mock.events import Events, set_request
from generator.mock.faults import HEADER as FAULT_HEADER
from generator.mock.faults import Fault, Faults
from generator.mock.forms import decode_body, decode_query
from generator.mock.resources import Resources, Response
from generator.mock.routes import Operation, Router
from generator.mock.schemas import Schemas
from generator.mock.store import Store
from generator.mock.validate import Invalid, Validator
from generator.mock.webhooks import Forwarder

NO_KEY = (
    "You did not provide an API key. You need to provide your API key in the Authorization header, "
    "using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See "
    "https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/."
)
# What a publishable key may do: make tokens and PaymentMethods in the browser (Stripe.js).
PUBLISHABLE_PATHS = frozenset({("POST", "/v1/tokens"), ("POST", "/v1/payment_methods"), ("POST", "/v1/sources")})
PUBLISHABLE = (
    "This API call cannot be made with a publishable API key. Please use a secret API key. You can find "
    "a list of your API keys at https://dashboard.stripe.com/account/apikeys."
)
IDEMPOTENCY_MISMATCH = (
    "Keys for idempotent requests can only be used with the same parameters they were first used with. "
    "Try using a key other than '{key}' if you meant to execute a different request."
)
IDEMPOTENCY_BUSY = (
    "There is currently another in-progress request using this Stripe-Idempotency-Key (that probably "
    "means you submitted twice, and the other request is still going through): {key}. Please try again later."
)
FORM = "application/x-www-form-urlencoded"
MAX_LOGGED_REQUESTS = 1000
MAX_LOGGED_BODY = 16 * 1024
MAX_BODY = 16 * 1024 * 1024  # larger bodies are refused with 413, unread
# connect.stripe.com answers OAuth errors as RFC 6749 does: {"error": code, "error_description": text}.
OAUTH_CODES = ("invalid_client", "invalid_grant", "invalid_request", "invalid_scope", "unsupported_grant_type",
               "unsupported_response_type", "access_denied")
OAUTH_PARAM_CODES = {"grant_type": "unsupported_grant_type", "scope": "invalid_scope",
                     "response_type": "unsupported_response_type"}


class MockServerError(AssertionError):
    """The fake server itself failed while handling requests: a bug to fix, not a 500 to retry."""


class Headers(dict[str, str]):
    """Request headers; lookups ignore case (`headers["stripe-version"]`)."""

    def __init__(self, pairs: Iterable[tuple[str, str]] = ()):
        super().__init__()
        self._lower: dict[str, str] = {}
        for name, value in pairs:
            self[name] = value

    def __setitem__(self, name: str, value: str) -> None:
        super().__setitem__(name, value)
        self._lower[name.lower()] = value

    def __getitem__(self, name: str) -> str:
        return self._lower[name.lower()]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._lower

    def get(self, name: str, default: Any = None) -> Any:
        return self._lower.get(name.lower(), default)


@dataclass
class RecordedRequest:
    method: str
    path: str
    query: str
    headers: Headers
    body: bytes
    request_id: str
    fault: str | None = None
    params: dict[str, Any] = field(default_factory=dict)  # decoded (and, once valid, coerced)
    status: int | None = None  # None when the connection was dropped
    client_port: int | None = None  # the peer's TCP port: one per connection (keep-alive reuse)
    truncated: bool = False  # the body was cut to the log's body limit (and params dropped)


class RequestLog(list[RecordedRequest]):
    """`server.requests`: the last `limit` requests in arrival order; appends are locked. A long run
    must not keep every request, so the oldest go and each body is cut to `body_limit` bytes once
    answered (its params then too: they may be as large)."""

    def __init__(self, limit: int = MAX_LOGGED_REQUESTS, body_limit: int = MAX_LOGGED_BODY) -> None:
        super().__init__()
        self.limit, self.body_limit = limit, body_limit
        self._lock = threading.Lock()

    def record(self, request: RecordedRequest) -> None:
        with self._lock:
            self.append(request)
            if len(self) > self.limit:
                del self[: len(self) - self.limit]

    def trim(self, request: RecordedRequest) -> None:
        """Once a request is answered, keep only the head of a large body."""
        if len(request.body) > self.body_limit:
            request.body = request.body[: self.body_limit]
            request.params = {}
            request.truncated = True

    def reset(self) -> None:
        with self._lock:
            self.clear()


@dataclass
class _Saved:
    fingerprint: str
    done: threading.Event
    saved_at: float
    status: int = 0
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


class Idempotency:
    """Stripe's rule: the same key and params replay the first answer; other params are an error.

    Like Stripe, a key is kept for 24 hours; and at most `limit` keys (the oldest finished ones go
    first), so a long-running fake server's memory stays bounded.
    """

    TTL = 24 * 60 * 60.0

    def __init__(self, limit: int = 10_000, clock: Callable[[], float] = time.monotonic) -> None:
        self._lock = threading.Lock()
        self._saved: OrderedDict[tuple[str, str], _Saved] = OrderedDict()  # oldest first
        self._limit = limit
        self._clock = clock

    def begin(self, scope: str, key: str, fingerprint: str) -> tuple[_Saved, bool]:
        """(entry, is_new). Raises ApiError on a mismatch or a request still in flight."""
        with self._lock:
            self._forget_old()
            saved = self._saved.get((scope, key))
            if saved is None:
                saved = self._saved[(scope, key)] = _Saved(fingerprint, threading.Event(), self._clock())
                return saved, True
        if saved.fingerprint != fingerprint:
            raise ApiError(IDEMPOTENCY_MISMATCH.format(key=key), type="idempotency_error", status=400)
        if not saved.done.wait(timeout=0):
            raise ApiError(IDEMPOTENCY_BUSY.format(key=key), type="idempotency_error", status=409)
        return saved, False

    def _forget_old(self) -> None:
        """Drop expired keys, and the oldest while over the limit; a request in flight keeps its key."""
        expired = self._clock() - self.TTL
        for entry, saved in list(self._saved.items()):
            if saved.saved_at > expired and len(self._saved) < self._limit:
                return
            if saved.done.is_set():
                del self._saved[entry]

    def finish(self, scope: str, key: str, status: int, body: bytes, headers: dict[str, str]) -> None:
        saved = self._saved[(scope, key)]
        saved.status, saved.body, saved.headers = status, body, headers
        saved.done.set()

    def abandon(self, scope: str, key: str) -> None:
        """A request that failed validation saves nothing (as Stripe does)."""
        with self._lock:
            self._saved.pop((scope, key), None)

    def clear(self) -> None:
        with self._lock:
            self._saved.clear()


def _json(body: Any) -> bytes:
    return json.dumps(body, separators=(",", ":")).encode()


def _error_body(error: ApiError, op: Operation | None) -> dict[str, Any]:
    """Stripe's `{"error": {...}}`, or on connect.stripe.com's OAuth paths `{"error", "error_description"}`."""
    if op is None or not op.oauth:
        return error.body()
    if error.code in OAUTH_CODES:
        code = error.code
    elif error.type == "authentication_error":
        code = "invalid_client"
    elif error.code in ("parameter_missing", "parameter_unknown"):
        code = "invalid_request"
    else:  # a value the server does not support
        code = OAUTH_PARAM_CODES.get(error.param or "", "invalid_request")
    return {"error": code, "error_description": error.message}


def _mask(key: str) -> str:
    head = key[: key.find("_", 3) + 1] if key.count("_") >= 2 else key[:3]
    return head + "*" * max(4, len(key) - len(head) - 4) + key[-4:] if len(key) > 8 else key


class MockServer:
    """A local fake Stripe driven by an OpenAPI document.

    with MockServer(document) as server:
        httpx.post(server.url + "/v1/customers", auth=("sk_test_x", ""), data={"email": "a@b.c"})
        server.store.count("customer"); server.requests[-1].headers["Idempotency-Key"]
        server.faults.push("503", times=2); server.set_fault_rate(0.3, ["500", "drop_after"], seed=1)
    """

    def __init__(
        self,
        document: Any,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        seed: int = 0,
        version: str | None = None,
        fixtures: Mapping[str, Any] | None = None,
        timeout: float | None = 30.0,
        max_logged_requests: int = MAX_LOGGED_REQUESTS,
        forward_to: str | None = None,
        webhook_secret: str | None = None,
    ):
        """`version`: the one `Stripe-Version` accepted (default: the document's `info.version`);
        `fixtures`: sample objects by type (`fixtures3.json`'s `resources`), the base of new objects;
        `timeout`: seconds a connection may sit idle or stall mid-request before it is closed;
        `forward_to`: a URL each event is POSTed to, signed with `webhook_secret` (`whsec_...`)."""
        data = getattr(document, "data", document)
        if not isinstance(data, dict):
            raise TypeError("MockServer needs an OpenAPI document (a dict or a loaded Document)")
        self.document = data
        self.host, self.port, self.seed, self.timeout = host, port, seed, timeout
        self.version = version if version is not None else str((data.get("info") or {}).get("version", ""))
        self.schemas = Schemas(data)
        self.router = Router(data, self.schemas)
        self.known_types = {t for op in self.router.operations for t in op.candidate_types}
        self.fixtures = fixtures
        self.event_types = set(listed_event_types(data))
        self.webhook_secret = webhook_secret or ("whsec_" + secrets.token_hex(16) if forward_to else None)
        self.forwarder = Forwarder(forward_to, self.webhook_secret or "") if forward_to else None
        self.store = Store()  # the platform's objects; each connected account (Stripe-Account) has its own
        self.resources = self._resources(self.store, None)
        self._accounts: dict[str, Resources] = {}
        self._accounts_lock = threading.Lock()
        self.faults = Faults()
        self.faults.set_rate(0.0, (), seed=seed)
        self.requests = RequestLog(max_logged_requests)
        self.idempotency = Idempotency()
        self.errors: list[tuple[str, BaseException]] = []  # (request, exception) of the server's own failures
        self._errors_lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def _resources(self, store: Store, account: str | None) -> Resources:
        events = Events(store, self.event_types, self.version, account, self.forwarder)
        return Resources(self.schemas, store, self.known_types, self.fixtures, events)

    def resources_for(self, account: str | None) -> Resources:
        """The objects a request sees: the platform's, or with `Stripe-Account` that account's only."""
        if not account:
            return self.resources
        with self._accounts_lock:
            if account not in self._accounts:
                self._accounts[account] = self._resources(Store(), account)
            return self._accounts[account]

    # --- lifecycle ------------------------------------------------------------------------------

    def start(self) -> MockServer:
        if self._httpd is not None:
            return self
        handler = type("Handler", (_Handler,), {"mock": self, "timeout": self.timeout})
        httpd = _Server((self.host, self.port), handler)
        httpd.daemon_threads = True
        httpd.mock = self
        self._httpd = httpd
        self.port = httpd.server_address[1]
        self._thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is None:
            return
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._httpd = self._thread = None
        if self.forwarder is not None:
            self.forwarder.join()  # the events of the last requests still reach the endpoint

    def __enter__(self) -> MockServer:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, *exc: object) -> None:
        self.stop()
        if exc_type is None:
            self.check()

    # --- the server's own failures --------------------------------------------------------------

    def record_error(self, request: str, error: BaseException) -> None:
        with self._errors_lock:
            self.errors.append((request, error))

    def check(self) -> None:
        """Raise MockServerError if the server failed on a request (it answered 500 on the wire,
        which a client retries; a test must fail instead). Leaving the `with` block calls it."""
        with self._errors_lock:
            errors, self.errors = self.errors, []
        if errors:
            request, first = errors[0]
            raise MockServerError(
                f"the fake server failed on {len(errors)} request(s); first on {request}: {type(first).__name__}: {first}"
            ) from first

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    # --- test controls --------------------------------------------------------------------------

    def set_fault_rate(self, rate: float, kinds: Iterable[str], seed: int | None = None, **options: Any) -> None:
        self.faults.set_rate(rate, kinds, seed=self.seed if seed is None else seed, **options)

    def reset(self) -> None:
        """Forget objects (every account's), events, requests, idempotency keys and faults."""
        self.store.clear()
        self.resources = self._resources(self.store, None)
        with self._accounts_lock:
            self._accounts.clear()
        self.requests.reset()
        self.idempotency.clear()
        self.faults.clear()

    @property
    def last_request(self) -> RecordedRequest | None:
        return self.requests[-1] if self.requests else None

    # --- one request ----------------------------------------------------------------------------

    def authenticate(self, headers: Headers, op: Operation | None, params: dict[str, Any]) -> str:
        if op is not None and op.raw.get("security") == []:
            return ""  # an operation that says it needs no authentication
        if op is not None and op.oauth:
            if op.http_method == "GET":  # /oauth/authorize is opened by the user's browser
                return ""
            secret = params.get("client_secret")
            if isinstance(secret, str) and secret:
                return self._check_key(secret)
        header = headers.get("Authorization") or ""
        scheme, _, credentials = header.strip().partition(" ")
        key = ""
        if scheme.lower() == "bearer":
            key = credentials.strip()
        elif scheme.lower() == "basic":
            try:
                key = base64.b64decode(credentials.strip()).decode("utf-8").partition(":")[0]
            except (ValueError, UnicodeDecodeError):
                raise ApiError("Invalid Basic authorization header.", type="authentication_error") from None
        elif header:
            raise ApiError(
                "Invalid authorization header: use 'Authorization: Bearer YOUR_SECRET_KEY'.", type="authentication_error"
            )
        if not key:
            raise ApiError(NO_KEY, type="authentication_error")
        return self._check_key(key, op)

    @staticmethod
    def _check_key(key: str, op: Operation | None = None) -> str:
        if key.startswith(("pk_test_", "pk_live_")) and op is not None and (op.http_method, op.path) in PUBLISHABLE_PATHS:
            return key
        if key.startswith("pk_"):
            raise ApiError(PUBLISHABLE, type="invalid_request_error", status=401)
        if not key.startswith(("sk_test_", "sk_live_", "rk_test_", "rk_live_")):
            raise ApiError(f"Invalid API Key provided: {_mask(key)}", type="authentication_error")
        return key

    def check_version(self, headers: Headers) -> None:
        """Stripe refuses a version it does not know; this server knows the one it pins."""
        wanted = headers.get("Stripe-Version")
        if wanted is not None and self.version and wanted != self.version:
            raise ApiError(f"Invalid Stripe API version: {wanted}", type="invalid_request_error", status=400)

    def decode(self, op: Operation, record: RecordedRequest) -> tuple[dict[str, Any], dict[str, Any], bool]:
        """(query params, body params, body is form-like) of a request."""
        query = decode_query(record.query)
        content_type = record.headers.get("Content-Type") or ""
        body, media = decode_body(record.body, content_type) if record.body else ({}, "")
        if record.body and op.body_media and media not in op.body_media:
            raise ApiError(
                f"Invalid request: unsupported Content-Type {content_type or 'none'}. "
                f"This endpoint accepts {', '.join(op.body_media)}.",
                status=415 if media not in ("", FORM) else 400,
            )
        return query, body, media != "application/json"

    def validate(
        self, op: Operation, query: dict[str, Any], body: dict[str, Any], form: bool, headers: Headers
    ) -> dict[str, Any]:
        for name in op.required_headers:
            if name.lower() not in ("authorization",) and not headers.get(name):
                raise ApiError(f"Missing required header: {name}", code="parameter_missing", param=name)
        params: dict[str, Any] = {}
        rest: dict[str, Any] = {}
        query_check = Validator(self.schemas, form=True)
        try:
            for name, value in query.items():
                if name in op.params:
                    params[name] = query_check.coerce(value, op.params[name][0], (name,))
                else:
                    rest[name] = value
            for name, (_, required) in op.params.items():
                if required and name not in params:
                    raise missing(name)
            merged = {**rest, **body}
            if op.body_schema:
                params.update(Validator(self.schemas, form=form).object(merged, op.body_schema, ()))
            elif merged:
                raise unknown(next(iter(merged)))
        except Invalid as exc:
            raise exc.error from None
        return params


class _Server(ThreadingHTTPServer):
    # The stdlib's listen backlog of 5 drops the SYNs of a burst of concurrent connects (100 from one
    # httpx pool), which the client retransmits only after 1 s, 3 s...: accept a real client's burst.
    request_queue_size = 128
    mock: MockServer | None = None

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A handler that raised past `_handle`: record it for the test (not a traceback on stderr)."""
        error = sys.exc_info()[1]
        if self.mock is not None and isinstance(error, Exception) and not isinstance(error, OSError):
            self.mock.record_error(f"a request from {client_address}", error)


class _Handler(BaseHTTPRequestHandler):
    mock: MockServer
    protocol_version = "HTTP/1.1"
    server_version = "stripe-mock-py"
    sys_version = ""

    def setup(self) -> None:
        super().setup()
        # headers and body are two writes: without this, Nagle + delayed ACK cost ~40 ms a request
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """The stdlib's own refusals (414, 431, 501, a garbage request line): Stripe-shaped JSON, not HTML."""
        if not str(getattr(self, "request_version", "")).startswith("HTTP/1."):
            self.request_version = "HTTP/1.1"  # else an unparsable request line gets a body with no status line
        text = message or HTTPStatus(code).phrase
        error = ApiError(text[:200], type="api_error" if code >= 500 and code != 501 else "invalid_request_error", status=code)
        payload = _json(error.body())
        self.close_connection = True
        try:
            self.send_response(code, HTTPStatus(code).phrase)
            self.send_header("Content-Type", "application/json")
            self.send_header("Request-Id", "req_" + secrets.token_hex(7))
            self.send_header("Connection", "close")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            if getattr(self, "command", None) != "HEAD":
                self.wfile.write(payload)
        except OSError:
            pass

    def do_GET(self) -> None:
        self._handle()

    do_POST = do_DELETE = do_PUT = do_PATCH = do_HEAD = do_GET

    def __getattr__(self, name: str) -> Any:
        # Any other method (OPTIONS, TRACE...) is routed too: Stripe answers 404 Unrecognized request URL.
        if name.startswith("do_"):
            return self._handle
        raise AttributeError(name)

    def _read_body(self) -> bytes:
        """The request's body; ApiError for a framing the server cannot read (the connection then closes)."""
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            return self._read_chunks()
        text = (self.headers.get("Content-Length") or "0").strip()
        if not text.isdigit():
            raise ApiError(f"Invalid Content-Length header: {text[:50]!r}")
        length = int(text[:20])
        if length > MAX_BODY:
            raise ApiError(f"The request body is too large ({length} bytes; at most {MAX_BODY}).", status=413)
        return self.rfile.read(length) if length > 0 else b""

    def _read_chunks(self) -> bytes:
        chunks: list[bytes] = []
        total = 0
        while True:
            line = self.rfile.readline(1024).split(b";")[0].strip() or b"0"
            try:
                size = int(line, 16)
            except ValueError:
                raise ApiError(f"Invalid chunk size in a chunked request body: {line[:50]!r}") from None
            total += size
            if size < 0 or total > MAX_BODY:
                raise ApiError("Invalid chunk size in a chunked request body.", status=413 if size >= 0 else 400)
            if size == 0:
                while self.rfile.readline(1024) not in (b"\r\n", b"\n", b""):
                    pass
                return b"".join(chunks)
            chunks.append(self.rfile.read(size))
            self.rfile.readline(1024)

    def _new_record(self, body: bytes) -> RecordedRequest:
        split = urlsplit(self.path)
        return RecordedRequest(
            method=self.command,
            path=split.path,
            query=split.query,
            headers=Headers(self.headers.items()),
            body=body,
            request_id="req_" + secrets.token_hex(7),
            client_port=self.client_address[1] if isinstance(self.client_address, tuple) else None,
        )

    def _handle(self) -> None:
        mock = self.mock
        try:
            body, refused = self._read_body(), None
        except ApiError as exc:
            body, refused = b"", exc
        except TimeoutError:  # the body promised never came: answer, and free the thread
            body, refused = b"", ApiError("The request body did not arrive in time.", status=408)
        record = self._new_record(body)
        mock.requests.record(record)
        try:
            if refused is not None:
                self.close_connection = True  # the rest of the stream cannot be framed
                return self._send(record, refused.status, _json(refused.body()), {})
            self._serve(record)
        except Exception as exc:  # noqa: BLE001 - a bug in the mock: answer Stripe's api_error, tell the test
            mock.record_error(f"{record.method} {record.path}", exc)
            if record.status is None:
                self.close_connection = True
                error = ApiError(f"The mock server failed: {type(exc).__name__}: {exc}", type="api_error", status=500)
                self._send(record, 500, _json(error.body()), {})
        finally:
            mock.requests.trim(record)

    def _serve(self, record: RecordedRequest) -> None:
        mock, headers = self.mock, record.headers
        try:
            fault = mock.faults.next_for(record.method, record.path, headers.get(FAULT_HEADER))
        except ValueError as exc:
            error = ApiError(f"Invalid {FAULT_HEADER} header: {exc}", param=FAULT_HEADER)
            return self._send(record, 400, _json(error.body()), {})
        record.fault = fault.kind if fault else None
        if fault is not None:
            if fault.kind == "drop_before":
                return self._drop()
            if fault.kind == "slow":
                time.sleep(fault.delay)
            elif fault.kind != "drop_after":
                return self._send_fault(record, fault)
        status, payload, extra = self._process(record, headers)
        if fault is not None and fault.kind == "drop_after":
            return self._drop()
        self._send(record, status, payload, extra)

    def _process(self, record: RecordedRequest, headers: Headers) -> tuple[int, bytes, dict[str, str]]:
        mock = self.mock
        idem_key = headers.get("Idempotency-Key")
        scope = ""
        started = False
        op: Operation | None = None
        try:
            found = mock.router.match(record.method if record.method != "HEAD" else "GET", record.path)
            if found is None:
                raise ApiError(
                    f"Unrecognized request URL ({record.method}: {record.path}). Please see https://stripe.com/docs "
                    "or we can help at https://support.stripe.com/.",
                    status=404,
                )
            op, path_params = found
            mock.check_version(headers)
            query, body, form = mock.decode(op, record)
            record.params = {**query, **body}
            scope = mock.authenticate(headers, op, record.params) + "|" + (headers.get("Stripe-Account") or "")
            params = mock.validate(op, query, body, form, headers)
            record.params = params
            if idem_key and record.method == "POST":
                fingerprint = json.dumps([record.method, record.path, params], sort_keys=True, default=str)
                saved, started = mock.idempotency.begin(scope, idem_key, fingerprint)
                if not started:
                    return saved.status, saved.body, {**saved.headers, "Idempotent-Replayed": "true"}
            account = headers.get("Stripe-Account")
            set_request(record.request_id, idem_key)
            try:
                response = mock.resources_for(account).handle(op, path_params, params, record.path)
            except ApiError as exc:
                response = Response(exc.status, _error_body(exc, op), exc.headers)
            payload = response.body if isinstance(response.body, bytes) else _json(response.body)
            extra = {"Request-Id": record.request_id, **response.headers}
            if started:
                mock.idempotency.finish(scope, idem_key, response.status, payload, extra)
                started = False
            return response.status, payload, extra
        except ApiError as exc:
            return exc.status, _json(_error_body(exc, op)), dict(exc.headers)
        finally:
            if started:
                mock.idempotency.abandon(scope, idem_key)

    # --- writing --------------------------------------------------------------------------------

    def _send(
        self,
        record: RecordedRequest,
        status: int,
        payload: bytes,
        extra: dict[str, str],
        content_type: str = "application/json",
    ) -> None:
        record.status = status
        self.mock.requests.trim(record)  # before the answer goes out: a test may look at the log then
        headers = {
            "Content-Type": content_type,
            "Request-Id": record.request_id,
            "Stripe-Version": self.mock.version or record.headers.get("Stripe-Version") or "",
            **extra,
        }
        if record.headers.get("Idempotency-Key"):
            headers.setdefault("Idempotency-Key", record.headers["Idempotency-Key"])
        try:
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def _drop(self) -> None:
        self.close_connection = True
        try:
            self.wfile.flush()
            self.connection.shutdown(2)
        except OSError:
            pass

    def _send_fault(self, record: RecordedRequest, fault: Fault) -> None:
        def error(status: int, type_: str, message: str, code: str | None = None, **headers: str) -> None:
            body = ApiError(message, type=type_, code=code).body()
            self._send(record, status, _json(body), headers)

        kind = fault.kind
        if kind == "429":
            error(429, "rate_limit_error", "Too many requests made to the API too quickly.", "rate_limit", **{"Retry-After": fault.retry_after})
        elif kind == "500":
            error(500, "api_error", "An unknown error occurred.")
        elif kind == "503":
            error(503, "api_error", "The service is temporarily unavailable. Please try again later.")
        elif kind == "should_retry_false":
            status = fault.status or 409
            error(status, "api_error" if status >= 500 else "invalid_request_error",
                  "This request conflicts with another and must not be retried.", "lock_timeout" if status == 409 else None,
                  **{"Stripe-Should-Retry": "false"})
        elif kind == "should_retry_true":
            error(fault.status or 400, "invalid_request_error", "A transient problem; this request may be retried.",
                  **{"Stripe-Should-Retry": "true"})
        elif kind == "malformed_json":
            self._send(record, 200, b'{"id": "obj_123", "object": "cust', {})
        elif kind == "non_json":
            html = b"<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"
            self._send(record, 502, html, {}, content_type="text/html")
        elif kind == "no_error_body":
            self._send(record, 500, b'{"message": "Internal Server Error"}', {})


def serve(
    document: Any,
    host: str = "127.0.0.1",
    port: int = 12111,
    seed: int = 0,
    fixtures: Mapping[str, Any] | None = None,
    forward_to: str | None = None,
    webhook_secret: str | None = None,
) -> None:
    """Run the mock until interrupted (`python -m generator mock`)."""
    server = MockServer(document, host=host, port=port, seed=seed, fixtures=fixtures,
                        forward_to=forward_to, webhook_secret=webhook_secret).start()
    print(f"fake Stripe listening on {server.url} ({len(server.router.operations)} operations); Ctrl-C stops it", flush=True)
    if forward_to:  # as `stripe listen` does: the secret to verify the deliveries with
        print(f"forwarding events to {forward_to}; webhook signing secret {server.webhook_secret}", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
