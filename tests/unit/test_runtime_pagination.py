"""Unit tests for _runtime.models paging: lists (forward/backward), search, sync and async."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

from _runtime.client import AsyncAPIClient, SyncAPIClient
from _runtime.errors import APIError
from _runtime.models import (
    AsyncListObject,
    AsyncPager,
    AsyncSearchPager,
    AsyncSearchResult,
    ListObject,
    SearchResult,
    StripeObject,
)

KEY = "sk_test_pagingKEY123456789"
IDS = [f"cus_{i}" for i in range(7)]


class Customer(StripeObject):
    id: str
    object: str = "customer"


class FakeLists:
    """A list endpoint with Stripe's cursor semantics, and a search endpoint with page tokens."""

    def __init__(self) -> None:
        self.queries: list[dict[str, str]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        q = dict(parse_qsl(request.url.query.decode()))
        self.queries.append(q)
        limit = int(q.get("limit", "3"))
        if request.url.path.endswith("/search"):
            start = int(q.get("page", "page_0").split("_")[1])
            chunk = IDS[start : start + limit]
            more = start + limit < len(IDS)
            return httpx.Response(200, json={
                "object": "search_result", "url": "/v1/customers/search",
                "data": [{"id": i, "object": "customer"} for i in chunk], "has_more": more,
                "next_page": f"page_{start + limit}" if more else None, "total_count": len(IDS),
            })
        if "ending_before" in q:
            end = IDS.index(q["ending_before"])
            begin = max(0, end - limit)
            chunk, more = IDS[begin:end], begin > 0
        else:
            begin = IDS.index(q["starting_after"]) + 1 if "starting_after" in q else 0
            chunk, more = IDS[begin : begin + limit], begin + limit < len(IDS)
        data: list[dict[str, Any]] = [{"id": i, "object": "customer"} for i in chunk]
        if q.get("odd") == "1" and data:
            data[0] = {"object": "customer", "id": data[0]["id"], "surprise": True}
        return httpx.Response(
            200, json={"object": "list", "url": "/v1/customers", "data": data, "has_more": more},
            headers={"Request-Id": f"req_{len(self.queries)}"},
        )


def sync_client(fake: FakeLists) -> SyncAPIClient:
    return SyncAPIClient(api_key=KEY, stripe_version="2024-02-15",
                         http_client=httpx.Client(transport=httpx.MockTransport(fake)))


def async_client(fake: FakeLists) -> AsyncAPIClient:
    return AsyncAPIClient(api_key=KEY, stripe_version="2024-02-15",
                          http_client=httpx.AsyncClient(transport=httpx.MockTransport(fake)))


def test_first_page_only() -> None:
    fake = FakeLists()
    page = sync_client(fake).request_list("GET", "/v1/customers", query={"limit": 3},
                                          cast_to=ListObject[Customer])
    assert isinstance(page, ListObject)
    assert [c.id for c in page.data] == IDS[:3] and page.has_more and page.url == "/v1/customers"
    assert page.last_response is not None and page.last_response.request_id == "req_1"
    assert all(isinstance(c, Customer) for c in page.data)


def test_auto_paging_forward() -> None:
    fake = FakeLists()
    page = sync_client(fake).request_list("GET", "/v1/customers", query={"limit": 3, "email": "x@y.z"},
                                          cast_to=ListObject[Customer])
    assert [c.id for c in page.auto_paging_iter()] == IDS
    assert [q.get("starting_after") for q in fake.queries] == [None, "cus_2", "cus_5"]
    assert all(q["email"] == "x@y.z" and q["limit"] == "3" for q in fake.queries)


def test_auto_paging_backward_with_ending_before() -> None:
    fake = FakeLists()
    page = sync_client(fake).request_list("GET", "/v1/customers", query={"limit": 2, "ending_before": "cus_6"},
                                          cast_to=ListObject[Customer])
    assert [c.id for c in page.auto_paging_iter()] == ["cus_5", "cus_4", "cus_3", "cus_2", "cus_1", "cus_0"]
    assert [q.get("ending_before") for q in fake.queries] == ["cus_6", "cus_4", "cus_2"]
    assert all("starting_after" not in q for q in fake.queries)


def test_auto_paging_is_lazy() -> None:
    fake = FakeLists()
    page = sync_client(fake).request_list("GET", "/v1/customers", query={"limit": 3},
                                          cast_to=ListObject[Customer])
    it = page.auto_paging_iter()
    assert [next(it).id for _ in range(3)] == IDS[:3]
    assert len(fake.queries) == 1


def test_search_pages_with_next_page() -> None:
    fake = FakeLists()
    page = sync_client(fake).request_list("GET", "/v1/customers/search", query={"query": "email:'x'", "limit": 3},
                                          cast_to=SearchResult[Customer])
    assert isinstance(page, SearchResult) and page.next_page == "page_3" and page.total_count == 7
    assert [c.id for c in page.auto_paging_iter()] == IDS
    assert [q.get("page") for q in fake.queries] == [None, "page_3", "page_6"]
    assert all(q["query"] == "email:'x'" for q in fake.queries)


def test_items_that_do_not_fit_the_model_do_not_crash() -> None:
    fake = FakeLists()
    page = sync_client(fake).request_list("GET", "/v1/customers", query={"limit": 3, "odd": "1"},
                                          cast_to=ListObject[Customer | StripeObject])
    items = list(page.auto_paging_iter())
    assert [getattr(c, "id") for c in items] == IDS
    assert items[0].model_extra == {"surprise": True}


def test_idempotency_key_not_reused_for_next_pages() -> None:
    seen: list[str | None] = []
    fake = FakeLists()

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("Idempotency-Key"))
        return fake(request)

    client = SyncAPIClient(api_key=KEY, stripe_version="v", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    page = client.request_list("GET", "/v1/customers", query={"limit": 3}, cast_to=ListObject[Customer],
                               options={"idempotency_key": "k", "stripe_account": "acct_1"})
    list(page.auto_paging_iter())
    assert seen == ["k", None, None]


def test_page_without_ids_cannot_page() -> None:
    page = ListObject[dict[str, Any]].model_validate({"data": [{"x": 1}], "has_more": True, "url": "/v1/x"})
    assert list(page.auto_paging_iter()) == [{"x": 1}]  # no fetch hook: only this page
    page._pager = __import__("_runtime.models", fromlist=["_PageRequest"])._PageRequest({}, lambda o: None)
    with pytest.raises(APIError, match="no 'id'"):
        list(page.auto_paging_iter())


async def test_async_pager_awaited_gives_first_page() -> None:
    fake = FakeLists()
    client = async_client(fake)
    pager = client.request_list("GET", "/v1/customers", query={"limit": 3}, cast_to=AsyncListObject[Customer])
    assert isinstance(pager, AsyncPager) and fake.queries == []  # nothing sent before await
    page = await pager
    assert isinstance(page, AsyncListObject) and [c.id for c in page.data] == IDS[:3]
    assert [c.id async for c in page.auto_paging_iter()] == IDS


async def test_async_pager_iterated_directly() -> None:
    fake = FakeLists()
    client = async_client(fake)
    ids = [c.id async for c in client.request_list("GET", "/v1/customers", query={"limit": 3},
                                                   cast_to=AsyncListObject[Customer]).auto_paging_iter()]
    assert ids == IDS and len(fake.queries) == 3


async def test_async_backward() -> None:
    fake = FakeLists()
    client = async_client(fake)
    pager = client.request_list("GET", "/v1/customers", query={"limit": 2, "ending_before": "cus_6"},
                                cast_to=AsyncListObject[Customer])
    assert [c.id async for c in pager.auto_paging_iter()] == ["cus_5", "cus_4", "cus_3", "cus_2", "cus_1", "cus_0"]


async def test_async_search() -> None:
    fake = FakeLists()
    client = async_client(fake)
    pager = client.request_list("GET", "/v1/customers/search", query={"query": "q", "limit": 3},
                                cast_to=AsyncSearchResult[Customer])
    assert isinstance(pager, AsyncSearchPager)
    first = await pager
    assert isinstance(first, AsyncSearchResult) and first.next_page == "page_3"
    assert [c.id async for c in pager.auto_paging_iter()] == IDS
    assert [q.get("page") for q in fake.queries] == [None, None, "page_3", "page_6"]


# --- lists that are not Stripe's envelope (_runtime.paging) -------------------------------------------


def walk_of(paging: Any, query: dict[str, object] | None = None, server: str = "https://api.example.com/v1") -> Any:
    from _runtime.paging import PageWalk

    return PageWalk(paging, "/things", query, server)


def test_a_cursor_stops_when_has_more_is_false_or_the_cursor_is_null() -> None:
    from _runtime.paging import Paging

    walk = walk_of(Paging("cursor", items="data", request_param="after", response_field="last_id", has_more="has_more"))
    page = {"data": [{"id": "a"}], "last_id": "a", "has_more": True}
    following = walk.next(page, walk.items(page))
    assert following is not None and following.query == {"after": "a"} and not following.replace_query
    assert walk.next({**page, "has_more": False}, [{"id": "a"}]) is None
    assert walk.next({**page, "last_id": None, "has_more": True}, [{"id": "b"}]) is None
    assert walk.next({"data": [], "has_more": True}, []) is None  # an empty page ends the walk


def test_a_repeated_cursor_stops_the_walk() -> None:
    from _runtime.paging import Paging

    walk = walk_of(Paging("cursor", items="results", request_param="cursor", response_field="next"))
    page = {"results": [{"id": "x"}], "next": "c1"}
    walk.next(page, [{"id": "x"}])
    with pytest.raises(APIError, match="repeated a page"):
        walk.next(page, [{"id": "x"}])


def test_the_last_items_id_is_the_cursor_when_the_page_names_none() -> None:
    from _runtime.paging import Paging

    walk = walk_of(Paging("cursor", items="data", request_param="starting_after", has_more="has_more"))
    following = walk.next({"data": [{"id": "a"}, {"id": "b"}], "has_more": True}, [{"id": "a"}, {"id": "b"}])
    assert following.query == {"starting_after": "b"}
    with pytest.raises(APIError, match="no 'id'"):
        walk.next({"data": [{"name": "c"}], "has_more": True}, [{"name": "c"}])


def test_page_numbers_count_from_the_documents_first_page() -> None:
    from _runtime.paging import Paging

    walk = walk_of(Paging("page", request_param="page", first_page=0), {"per_page": 2, "page": None})
    assert walk.next([1, 2], [1, 2]).query == {"per_page": 2, "page": 1}
    assert walk.next([3, 4], [3, 4]).query == {"per_page": 2, "page": 2}
    assert walk.next([], []) is None


@pytest.mark.parametrize(
    ("url", "path", "query"),
    [
        ("/v1/things?page=2&tag=a&tag=b", "/things", {"page": "2", "tag": ["a", "b"]}),
        ("https://api.example.com/v1/things?after=x", "/things", {"after": "x"}),
        ("things?after=y", "/things", {"after": "y"}),  # relative to the server URL
    ],
)
def test_a_next_page_url_on_the_apis_server_is_followed(url: str, path: str, query: dict[str, object]) -> None:
    from _runtime.paging import Paging

    walk = walk_of(Paging("url", items="items", response_field="next"))
    following = walk.next({"items": [1], "next": url}, [1])
    assert (following.path, dict(following.query), following.replace_query) == (path, query, True)
    assert following.repeat == (("tag",) if "tag" in query else ())


@pytest.mark.parametrize(
    "url",
    ["https://evil.example.net/v1/things", "http://api.example.com/v1/things", "https://api.example.com:8443/v1/things",
     "/v2/things", "//evil.example.net/v1/things", "https://api.example.com/v1x/things"],
)
def test_a_next_page_url_elsewhere_is_refused(url: str) -> None:
    from _runtime.paging import Paging

    walk = walk_of(Paging("url", items="items", response_field="next"))
    with pytest.raises(APIError, match="not on this API's server"):
        walk.next({"items": [1], "next": url}, [1])
