# File copied from the generator's runtime (models.py) by `python -m generator generate`.
# Do not edit: change the template and regenerate.
"""Base model, raw response record, and the paged collections (lists and search results).

``StripeObject`` keeps the last raw response in ``__pydantic_private__`` set by hand, instead of a
declared ``PrivateAttr``: a declared private attribute makes pydantic run a Python-level
``model_post_init`` for every nested object, which doubles the cost of parsing a list.
Equality ignores that record (two retrieves of the same object compare equal).

For code ported from stripe-python, a ``StripeObject`` also reads like its dict: ``obj["id"]``,
``obj.get("id")``, ``"id" in obj`` (wire names; only the fields Stripe sent, and unknown extras),
``obj.to_dict()`` and ``str(obj)`` (indented JSON).  A page iterates and counts its items
(``for c in page``, ``len(page)``).  These are plain methods, so parsing stays as fast.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Coroutine, Generator, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, PrivateAttr

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
_MISSING: Any = object()
# Per model class: wire name -> Python field name (they differ for aliased fields such as `from_`).
_WIRE_NAMES: dict[type, dict[str, str]] = {}


def _wire_names(cls: type[BaseModel]) -> dict[str, str]:
    names = _WIRE_NAMES.get(cls)
    if names is None:
        names = {(info.alias or name): name for name, info in cls.model_fields.items()}
        _WIRE_NAMES[cls] = names
    return names


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

    # ---- read-only mapping access, as stripe-python's dict-based objects (wire names, sent fields)

    def _lookup(self, key: str) -> Any:
        """The value Stripe sent under wire name ``key``, or ``_MISSING``."""
        extra = self.__pydantic_extra__
        if extra is not None and key in extra:
            return extra[key]
        name = _wire_names(type(self)).get(key)
        if name is None or name not in self.model_fields_set:
            return _MISSING
        return getattr(self, name)

    def __getitem__(self, key: str) -> Any:
        value = self._lookup(key)
        if value is _MISSING:
            raise KeyError(key)
        return value

    def get(self, key: str, default: Any = None) -> Any:
        """``obj.get("id")``: the value sent under this wire name, else ``default``."""
        value = self._lookup(key)
        return default if value is _MISSING else value

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._lookup(key) is not _MISSING

    def to_dict(self) -> dict[str, Any]:
        """The object as Stripe sent it: wire names, only fields it sent, nested objects as dicts."""
        # serialize_as_any: a Card held in a field typed StripeObject keeps all its fields.
        return self.model_dump(
            mode="json", by_alias=True, exclude_unset=True, serialize_as_any=True, warnings=False
        )

    def __str__(self) -> str:
        return json.dumps(self.to_dict(), indent=2, sort_keys=True)

    def __repr__(self) -> str:
        ident = self.get("id")
        shown = f" id={ident!r}" if isinstance(ident, str) else ""
        return f"<{type(self).__name__}{shown}>"


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

    # stripe-python: `for item in page` walks this page's items, `len(page)` counts them.
    def __iter__(self) -> Iterator[T]:  # type: ignore[override]
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {len(self.data)} items, has_more={self.has_more}>"

    def _next_overrides(self) -> dict[str, _Param] | None:
        """Params for the following page, or None when this is the last one."""
        if not self.has_more or not self.data:
            return None
        if self._is_backwards():
            first = _item_id(self.data[0])
            if first is None:
                from .errors import APIError  # here: errors.py imports this module

                raise APIError("Cannot page backwards: the first item of the page has no 'id'")
            return {"ending_before": first, "starting_after": None}
        last = _item_id(self.data[-1])
        if last is None:
            from .errors import APIError

            raise APIError("Cannot page forwards: the last item of the page has no 'id'")
        return {"starting_after": last, "ending_before": None}


def _check_new_cursor(seen: set[tuple[tuple[str, _Param], ...]], overrides: Mapping[str, _Param]) -> None:
    """Stop auto-paging when the server hands out a cursor already followed (it would loop forever)."""
    cursor = tuple(sorted((k, v) for k, v in overrides.items() if v is not None))
    if cursor in seen:
        from .errors import APIError

        shown = ", ".join(f"{k}={v!r}" for k, v in cursor)
        raise APIError(f"Stopped auto-paging: the server repeated a cursor ({shown}), so the pages would repeat forever")
    seen.add(cursor)


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
        seen: set[tuple[tuple[str, _Param], ...]] = set()
        while True:
            yield from page._ordered()
            pager = page._pager
            if pager is None:
                return
            overrides = page._next_overrides()
            if overrides is None:
                return
            _check_new_cursor(seen, overrides)
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
        seen: set[tuple[tuple[str, _Param], ...]] = set()
        while True:
            for item in page._ordered():
                yield item
            pager = page._pager
            if pager is None:
                return
            overrides = page._next_overrides()
            if overrides is None:
                return
            _check_new_cursor(seen, overrides)
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
