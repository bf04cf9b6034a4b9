"""HTTP layer: a threaded stdlib server that routes, authenticates, validates, replays idempotent
POSTs, injects faults and records every request."""

from __future__ import annotations

import base64
import json
import secrets
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Iterable
from urllib.parse import urlsplit

from generator.mock.errors import ApiError, missing, unknown
from generator.mock.faults import HEADER as FAULT_HEADER
from generator.mock.faults import Fault, Faults
from generator.mock.forms import decode_body, decode_query
from generator.mock.resources import Resources, Response
from generator.mock.routes import Operation, Router
from generator.mock.schemas import Schemas
from generator.mock.store import Store
from generator.mock.validate import Invalid, Validator

NO_KEY = (
    "You did not provide an API key. You need to provide your API key in the Authorization header, "
    "using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See "
    "https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/."
)
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


class Headers(dict):
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

    def get(self, name: str, default: Any = None) -> Any:  # type: ignore[override]
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


class RequestLog(list):
    """`server.requests`: every request in arrival order; appends are locked."""

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()

    def record(self, request: RecordedRequest) -> None:
        with self._lock:
            self.append(request)

    def reset(self) -> None:
        with self._lock:
            self.clear()


@dataclass
class _Saved:
    fingerprint: str
    done: threading.Event
    status: int = 0
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


class Idempotency:
    """Stripe's rule: the same key and params replay the first answer; other params are an error."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._saved: dict[tuple[str, str], _Saved] = {}

    def begin(self, scope: str, key: str, fingerprint: str) -> tuple[_Saved, bool]:
        """(entry, is_new). Raises ApiError on a mismatch or a request still in flight."""
        with self._lock:
            saved = self._saved.get((scope, key))
            if saved is None:
                saved = self._saved[(scope, key)] = _Saved(fingerprint, threading.Event())
                return saved, True
        if saved.fingerprint != fingerprint:
            raise ApiError(IDEMPOTENCY_MISMATCH.format(key=key), type="idempotency_error", status=400)
        if not saved.done.wait(timeout=0):
            raise ApiError(IDEMPOTENCY_BUSY.format(key=key), type="idempotency_error", status=409)
        return saved, False

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

    def __init__(self, document: Any, *, host: str = "127.0.0.1", port: int = 0, seed: int = 0):
        data = getattr(document, "data", document)
        if not isinstance(data, dict):
            raise TypeError("MockServer needs an OpenAPI document (a dict or a loaded Document)")
        self.document = data
        self.host, self.port, self.seed = host, port, seed
        self.version = str((data.get("info") or {}).get("version", ""))
        self.schemas = Schemas(data)
        self.router = Router(data, self.schemas)
        known = {t for op in self.router.operations for t in op.candidate_types}
        self.store = Store()
        self.resources = Resources(self.schemas, self.store, known)
        self.faults = Faults()
        self.faults.set_rate(0.0, (), seed=seed)
        self.requests = RequestLog()
        self.idempotency = Idempotency()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle ------------------------------------------------------------------------------

    def start(self) -> "MockServer":
        if self._httpd is not None:
            return self
        handler = type("Handler", (_Handler,), {"mock": self})
        httpd = _Server((self.host, self.port), handler)
        httpd.daemon_threads = True
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

    def __enter__(self) -> "MockServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    # --- test controls --------------------------------------------------------------------------

    def set_fault_rate(self, rate: float, kinds: Iterable[str], seed: int | None = None, **options: Any) -> None:
        self.faults.set_rate(rate, kinds, seed=self.seed if seed is None else seed, **options)

    def reset(self) -> None:
        """Forget objects, requests, idempotency keys and faults."""
        self.store.clear()
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
        return self._check_key(key)

    @staticmethod
    def _check_key(key: str) -> str:
        if key.startswith("pk_"):
            raise ApiError(PUBLISHABLE, type="invalid_request_error", status=401)
        if not key.startswith(("sk_", "rk_")):
            raise ApiError(f"Invalid API Key provided: {_mask(key)}", type="authentication_error")
        return key

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

    def do_GET(self) -> None:
        self._handle()

    do_POST = do_DELETE = do_PUT = do_PATCH = do_HEAD = do_GET

    def _read_body(self) -> bytes:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            chunks = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _handle(self) -> None:
        mock = self.mock
        split = urlsplit(self.path)
        body = self._read_body()
        headers = Headers(self.headers.items())
        record = RecordedRequest(
            method=self.command,
            path=split.path,
            query=split.query,
            headers=headers,
            body=body,
            request_id="req_" + secrets.token_hex(7),
            client_port=self.client_address[1] if isinstance(self.client_address, tuple) else None,
        )
        mock.requests.record(record)
        fault = mock.faults.next_for(record.method, record.path, headers.get(FAULT_HEADER))
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
        try:
            found = mock.router.match(record.method if record.method != "HEAD" else "GET", record.path)
            if found is None:
                raise ApiError(
                    f"Unrecognized request URL ({record.method}: {record.path}). Please see https://stripe.com/docs "
                    "or we can help at https://support.stripe.com/.",
                    status=404,
                )
            op, path_params = found
            query, body, form = mock.decode(op, record)
            record.params = {**query, **body}
            scope = mock.authenticate(headers, op, record.params)
            params = mock.validate(op, query, body, form, headers)
            record.params = params
            if idem_key and record.method == "POST":
                fingerprint = json.dumps([record.method, record.path, params], sort_keys=True, default=str)
                saved, started = mock.idempotency.begin(scope, idem_key, fingerprint)
                if not started:
                    return saved.status, saved.body, {**saved.headers, "Idempotent-Replayed": "true"}
            try:
                response = mock.resources.handle(op, path_params, params, record.path)
            except ApiError as exc:
                response = Response(exc.status, exc.body(), exc.headers)
            payload = _json(response.body)
            extra = {"Request-Id": record.request_id, **response.headers}
            if started:
                mock.idempotency.finish(scope, idem_key, response.status, payload, extra)
                started = False
            return response.status, payload, extra
        except ApiError as exc:
            return exc.status, _json(exc.body()), dict(exc.headers)
        except Exception as exc:  # a bug in the mock: answer like Stripe's api_error, never hang
            error = ApiError(f"The mock server failed: {type(exc).__name__}: {exc}", type="api_error", status=500)
            return 500, _json(error.body()), {}
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
        headers = {
            "Content-Type": content_type,
            "Request-Id": record.request_id,
            "Stripe-Version": record.headers.get("Stripe-Version") or self.mock.version,
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


def serve(document: Any, host: str = "127.0.0.1", port: int = 12111, seed: int = 0) -> None:
    """Run the mock until interrupted (`python -m generator mock`)."""
    server = MockServer(document, host=host, port=port, seed=seed).start()
    print(f"fake Stripe listening on {server.url} ({len(server.router.operations)} operations); Ctrl-C stops it", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
