"""Auto-paging of lists that are not Stripe's envelope, end to end: the package generated from
tests/specs/lists.yaml against a server on 127.0.0.1 that pages each list its own way (a `data`
envelope by `after=last_id`, `results` by `next_cursor`, `items` by a relative next-page URL, a bare
array by page number, Asana's `next_page.offset`, Resend's `after` + `has_more`, Lob's absolute
`next_url`). Every item of every page comes back, in order, sync and async; every request the
client sends is validated by openapi-core against the document.
"""

from __future__ import annotations

import asyncio
import json
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from generator.generate import generate_spec
from generator.load import load_document
from generator.write import write_tree

SPEC = Path(__file__).resolve().parents[1] / "specs" / "lists.yaml"
TOTAL = 7  # items in each list: pages of 3, 3 and 1
SERVER_URL = [""]  # the running server's URL, for the absolute next-page URLs it hands out


def page_of(query: dict[str, str], path: str) -> dict[str, Any] | list[Any]:
    """What the server answers for one page of one list."""
    size = int(query.get("limit") or query.get("per_page") or query.get("PageSize") or 3)
    if path == "/assistants":
        ids = [f"asst_{i}" for i in range(1, TOTAL + 1)]
        start = ids.index(query["after"]) + 1 if "after" in query else 0
        chunk = ids[start : start + size]
        return {"object": "list", "data": [{"id": i, "name": None} for i in chunk],
                "first_id": chunk[0] if chunk else None, "last_id": chunk[-1] if chunk else None,
                "has_more": start + size < TOTAL}
    if path == "/records":
        start = int(query.get("cursor", "c0")[1:])
        end = min(start + size, TOTAL)
        return {"results": [{"id": f"rec_{i}"} for i in range(start + 1, end + 1)],
                "next_cursor": f"c{end}" if end < TOTAL else None}
    if path == "/calls":
        number = int(query.get("Page", "0"))
        start = number * size
        end = min(start + size, TOTAL)
        following = f"/calls?Page={number + 1}&PageSize={size}" if end < TOTAL else None
        return {"items": [{"sid": f"CA{i}"} for i in range(start + 1, end + 1)], "next_page_uri": following}
    if path == "/tasks":
        start = int(query.get("offset", "o0")[1:])
        end = min(start + size, TOTAL)
        following = {"offset": f"o{end}", "path": f"/tasks?offset=o{end}", "uri": "https://x"} if end < TOTAL else None
        return {"data": [{"gid": f"t{i}"} for i in range(start + 1, end + 1)], "next_page": following}
    if path == "/emails":
        ids = [f"em_{i}" for i in range(1, TOTAL + 1)]
        start = ids.index(query["after"]) + 1 if "after" in query else 0
        return {"object": "list", "has_more": start + size < TOTAL,
                "data": [{"id": i} for i in ids[start : start + size]]}
    if path == "/letters":
        start = int(query.get("after", "0"))
        end = min(start + size, TOTAL)
        following = f"{SERVER_URL[0]}/letters?limit={size}&after={end}" if end < TOTAL else None  # absolute
        return {"data": [{"id": f"ltr_{i}"} for i in range(start + 1, end + 1)], "next_url": following, "count": end - start}
    if path == "/pets":
        number = int(query.get("page", "1"))
        start = (number - 1) * size
        return [{"id": i} for i in range(start + 1, min(start + size, TOTAL) + 1)]
    raise KeyError(path)


class PagingServer:
    """Pages each list of lists.yaml; records every request it answers."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, str]] = []  # (method, path with query)
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                outer.requests.append(("GET", self.path))
                split = urlsplit(self.path)
                query = {k: v[-1] for k, v in parse_qs(split.query).items()}
                body = json.dumps(page_of(query, split.path.removeprefix("/v9"))).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        SERVER_URL[0] = self.url
        threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    import importlib

    root = tmp_path_factory.mktemp("paging")
    name = "paging_lists_api"
    output = generate_spec(str(SPEC), name)
    write_tree(root / name, {p[len(name) + 1 :]: t for p, t in output.files.items() if p.startswith(name + "/")})
    sys.path.insert(0, str(root))
    try:
        yield importlib.import_module(name)
    finally:
        sys.path.remove(str(root))
        for module in [m for m in sys.modules if m.startswith(name)]:
            del sys.modules[module]


@pytest.fixture
def server() -> Iterator[PagingServer]:
    running = PagingServer()
    yield running
    running.close()


def openapi_validates(server: PagingServer) -> None:
    from openapi_core import OpenAPI
    from openapi_core.testing import MockRequest

    openapi = OpenAPI.from_dict(load_document(str(SPEC)).data)
    for method, raw in server.requests:
        split = urlsplit(raw)
        args = {k: v if len(v) > 1 else v[0] for k, v in parse_qs(split.query).items()}
        openapi.validate_request(MockRequest(server.url, method.lower(), split.path, args=args))


CASES = [
    # resource, call arguments, what identifies an item, the requests a walk of 7 items takes
    ("assistants", {"limit": 3}, "id", ["/assistants?limit=3", "/assistants?limit=3&after=asst_3", "/assistants?limit=3&after=asst_6"]),
    ("records", {}, "id", ["/records", "/records?cursor=c3", "/records?cursor=c6"]),
    ("calls", {}, "sid", ["/calls", "/calls?Page=1&PageSize=3", "/calls?Page=2&PageSize=3"]),
    ("tasks", {"limit": 3}, "gid", ["/tasks?limit=3", "/tasks?limit=3&offset=o3", "/tasks?limit=3&offset=o6"]),
    ("emails", {"limit": 3}, "id", ["/emails?limit=3", "/emails?limit=3&after=em_3", "/emails?limit=3&after=em_6"]),
    ("letters", {"limit": 3}, "id", ["/letters?limit=3", "/letters?limit=3&after=3", "/letters?limit=3&after=6"]),
    ("pets", {"per_page": 3}, "id", ["/pets?per_page=3", "/pets?page=2&per_page=3", "/pets?page=3&per_page=3", "/pets?page=4&per_page=3"]),
]


@pytest.mark.parametrize(("resource", "kwargs", "key", "requests"), CASES, ids=[c[0] for c in CASES])
def test_every_item_of_every_page_sync(pkg: ModuleType, server: PagingServer, resource: str,
                                       kwargs: dict[str, Any], key: str, requests: list[str]) -> None:
    client = pkg.Client(base_url=server.url, max_retries=0)
    walk = getattr(client, resource).list_auto_paging_iter(**kwargs)
    assert server.requests == []  # nothing is sent before the iteration starts
    items = [getattr(item, key) for item in walk]
    assert len(items) == TOTAL and len(set(items)) == TOTAL
    assert [raw for _, raw in server.requests] == requests
    openapi_validates(server)


@pytest.mark.parametrize(("resource", "kwargs", "key", "requests"), CASES, ids=[c[0] for c in CASES])
def test_every_item_of_every_page_async(pkg: ModuleType, server: PagingServer, resource: str,
                                        kwargs: dict[str, Any], key: str, requests: list[str]) -> None:
    async def walk() -> list[Any]:
        client = pkg.AsyncClient(base_url=server.url, max_retries=0)
        return [getattr(item, key) async for item in getattr(client, resource).list_auto_paging_iter(**kwargs)]

    items = asyncio.run(walk())
    assert len(items) == TOTAL and len(set(items)) == TOTAL
    assert [raw for _, raw in server.requests] == requests
    openapi_validates(server)


def test_items_come_in_the_servers_order_typed(pkg: ModuleType, server: PagingServer) -> None:
    client = pkg.Client(base_url=server.url, max_retries=0)
    assistants = list(client.assistants.list_auto_paging_iter(limit=2))
    assert [a.id for a in assistants] == [f"asst_{i}" for i in range(1, TOTAL + 1)]
    assert type(assistants[0]).__name__ == "Assistant"
    pets = list(client.pets.list_auto_paging_iter(page=2, per_page=3))  # starts where the caller says
    assert [p.id for p in pets] == [4, 5, 6, 7]


def test_a_next_page_url_outside_the_apis_server_url_is_not_followed(pkg: ModuleType, server: PagingServer) -> None:
    from paging_lists_api._runtime.errors import APIError

    client = pkg.Client(base_url=server.url + "/v9", max_retries=0)  # /calls?... is outside /v9
    with pytest.raises(APIError, match="not on this API's server"):
        list(client.calls.list_auto_paging_iter())
    assert len(server.requests) == 1  # the first page only: the credentials never left
