# File copied from templates/_runtime/models.py by `python -m generator generate`.
# Do not edit: change the template and regenerate.
"""Base model, raw response record, and the paged collections (lists and search results).

``StripeObject`` keeps the last raw response in ``__pydantic_private__`` set by hand, instead of a
declared ``PrivateAttr``: a declared private attribute makes pydantic run a Python-level
``model_post_init`` for every nested object, which doubles the cost of parsing a list.
Equality ignores that record (two retrieves of the same object compare equal).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Coroutine, Generator, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, PrivateAttr

from .errors import APIError

__all__ = [
    "RawResponse",
    "StripeObject",
    "ListObject",
    "SearchResult",
    "AsyncListObject",
    "AsyncSearchResult",
    "AsyncPager",
    "AsyncSearchPager",
]

T = TypeVar("T")
_Param = object  # alias: inside page classes the name `object` is a field

_LAST_RESPONSE = "_last_response"


@dataclass(frozen=True, slots=True)
class RawResponse:
    """The HTTP response an object was parsed from."""

    status_code: int
    headers: Mapping[str, str]
    request_id: str | None
    body: bytes

    def __repr__(self) -> str:
        return f"RawResponse(status_code={self.status_code}, request_id={self.request_id!r}, body=<{len(self.body)} bytes>)"


class StripeObject(BaseModel):
    """Base of every generated model: unknown fields (from newer API versions) are kept."""

    # defer_build: a model's validator is built on first use, not at import, so importing a
    # package with hundreds of models stays cheap.
    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=(), defer_build=True)

    @property
    def last_response(self) -> RawResponse | None:
        """The raw HTTP response (status, headers, request id, body) this object came from."""
        private = self.__pydantic_private__
        if private is None:
            return None
        value = private.get(_LAST_RESPONSE)
        return value if isinstance(value, RawResponse) else None

    def _set_last_response(self, raw: RawResponse) -> None:
        private = self.__pydantic_private__
        if private is None:
            object.__setattr__(self, "__pydantic_private__", {_LAST_RESPONSE: raw})
        else:
            private[_LAST_RESPONSE] = raw

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BaseModel):
            return NotImplemented
        return (
            type(self) is type(other)
            and self.__dict__ == other.__dict__
            and self.__pydantic_extra__ == other.__pydantic_extra__
        )


@dataclass(frozen=True, slots=True)
class _PageRequest:
    """How to fetch a neighbour page: the first request's params and a fetch callable.

    ``fetch(overrides)`` repeats the first request with ``overrides`` merged into its params
    (``None`` values remove a param) and returns the next page, already wired the same way.
    """

    params: Mapping[str, object]
    fetch: Callable[[Mapping[str, object]], Any]


def _item_id(item: object) -> str | None:
    value = item.get("id") if isinstance(item, Mapping) else getattr(item, "id", None)
    return value if isinstance(value, str) and value else None


class _Page(StripeObject, Generic[T]):
    object: str = "list"
    data: list[T]
    has_more: bool = False
    url: str = ""

    _pager: _PageRequest | None = PrivateAttr(default=None)

    def _is_backwards(self) -> bool:
        pager = self._pager
        return pager is not None and pager.params.get("ending_before") is not None

    def _ordered(self) -> list[T]:
        return list(reversed(self.data)) if self._is_backwards() else self.data

    def _next_overrides(self) -> dict[str, _Param] | None:
        """Params for the following page, or None when this is the last one."""
        if not self.has_more or not self.data:
            return None
        if self._is_backwards():
            first = _item_id(self.data[0])
            if first is None:
                raise APIError("Cannot page backwards: the first item of the page has no 'id'")
            return {"ending_before": first, "starting_after": None}
        last = _item_id(self.data[-1])
        if last is None:
            raise APIError("Cannot page forwards: the last item of the page has no 'id'")
        return {"starting_after": last, "ending_before": None}


def _search_overrides(page: _Page[Any], next_page: str | None) -> dict[str, _Param] | None:
    if not page.has_more or not next_page:
        return None
    return {"page": next_page}


class ListObject(_Page[T], Generic[T]):
    """One page of a list; :meth:`auto_paging_iter` walks every following page."""

    def auto_paging_iter(self) -> Iterator[T]:
        """Yield every item of this page and the following ones (fetched lazily).

        If the first request used ``ending_before``, pages are walked backwards (each page's
        items in reverse), as stripe-python does.
        """
        page: ListObject[T] = self
        while True:
            yield from page._ordered()
            pager = page._pager
            if pager is None:
                return
            overrides = page._next_overrides()
            if overrides is None:
                return
            page = pager.fetch(overrides)
            if not page.data:
                return


class SearchResult(ListObject[T], Generic[T]):
    """One page of a search; following pages are fetched with ``page=next_page``."""

    object: str = "search_result"
    next_page: str | None = None
    total_count: int | None = None

    def _is_backwards(self) -> bool:
        return False

    def _next_overrides(self) -> dict[str, _Param] | None:
        return _search_overrides(self, self.next_page)


class AsyncListObject(_Page[T], Generic[T]):
    """One page of a list (async client); ``async for x in page.auto_paging_iter()``."""

    async def auto_paging_iter(self) -> AsyncIterator[T]:
        page: AsyncListObject[T] = self
        while True:
            for item in page._ordered():
                yield item
            pager = page._pager
            if pager is None:
                return
            overrides = page._next_overrides()
            if overrides is None:
                return
            page = await pager.fetch(overrides)
            if not page.data:
                return


class AsyncSearchResult(AsyncListObject[T], Generic[T]):
    """One page of a search (async client)."""

    object: str = "search_result"
    next_page: str | None = None
    total_count: int | None = None

    def _is_backwards(self) -> bool:
        return False

    def _next_overrides(self) -> dict[str, _Param] | None:
        return _search_overrides(self, self.next_page)


class AsyncPager(Generic[T]):
    """What async ``list()`` returns, without ``await``.

    ``await pager`` performs the request and gives the first page; ``pager.auto_paging_iter()``
    is an async iterator over every item of every page.  Each ``await`` sends a new request.
    """

    __slots__ = ("_fetch_first",)

    def __init__(self, fetch_first: Callable[[], Coroutine[Any, Any, AsyncListObject[T]]]) -> None:
        self._fetch_first = fetch_first

    def __await__(self) -> Generator[Any, None, AsyncListObject[T]]:
        return self._fetch_first().__await__()

    async def auto_paging_iter(self) -> AsyncIterator[T]:
        page = await self._fetch_first()
        async for item in page.auto_paging_iter():
            yield item

    def __repr__(self) -> str:
        return f"<{type(self).__name__}: await it for the first page, or use auto_paging_iter()>"


class AsyncSearchPager(AsyncPager[T]):
    """What async ``search()`` returns: ``await`` gives an :class:`AsyncSearchResult`."""

    __slots__ = ()

    def __await__(self) -> Generator[Any, None, AsyncSearchResult[T]]:
        return self._first_search().__await__()

    async def _first_search(self) -> AsyncSearchResult[T]:
        page = await self._fetch_first()
        if not isinstance(page, AsyncSearchResult):
            raise TypeError(f"expected an AsyncSearchResult page, got {type(page).__name__}")
        return page
