"""A tiny stdlib HTTP server on 127.0.0.1 answering canned responses (for payloads the fake cannot make).

    with CannedServer({("GET", "/v1/customers"): (200, {...})}) as srv:
        StripeClient(api_key=..., base_url=srv.url).customers.list()
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Callable, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self
from urllib.parse import urlsplit

# (status, body) or (status, body, headers); body: dict/list (sent as JSON), str or bytes (sent as is)
Answer = tuple[int, Any] | tuple[int, Any, Mapping[str, str]]
Route = Answer | Callable[[str, str, bytes], Answer]


class CannedServer:
    def __init__(self, routes: Mapping[tuple[str, str], Route]) -> None:
        self.routes = dict(routes)
        self.requests: list[tuple[str, str, dict[str, str], bytes]] = []
        self._lock = threading.Lock()
        canned = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def setup(self) -> None:
                super().setup()
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                path = urlsplit(self.path).path
                with canned._lock:
                    canned.requests.append((self.command, self.path, dict(self.headers.items()), body))
                route = canned.routes.get((self.command, path))
                if route is None:
                    answer: Answer = (404, {"error": {"type": "invalid_request_error", "message": f"no route {path}"}})
                elif callable(route):
                    answer = route(self.command, self.path, body)
                else:
                    answer = route
                status, payload = answer[0], answer[1]
                headers = dict(answer[2]) if len(answer) > 2 else {}  # type: ignore[misc]
                if isinstance(payload, (dict, list)):
                    data = json.dumps(payload).encode()
                    headers.setdefault("Content-Type", "application/json")
                elif isinstance(payload, str):
                    data = payload.encode()
                else:
                    data = bytes(payload)
                headers.setdefault("Request-Id", "req_canned")
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_POST = do_DELETE = do_GET

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)
