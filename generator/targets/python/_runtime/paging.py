"""Auto-paging for lists that are not Stripe's envelope: by cursor, by next-page URL, by page number.

Sans-IO, like the client: :class:`PageWalk` reads a page and says what to request next; the sync
and async clients each drive it in a few lines (``iter_items``), so both page alike.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import parse_qsl, urljoin, urlsplit

from .errors import APIError


@dataclass(frozen=True, slots=True)
class Paging:
    """How an operation's list pages (decided by the generator from the document).

    ``items``: the property holding the items ("" when the response is the list itself).
    cursor: ``request_param`` takes the value of ``response_field`` (a path ``a/b`` into a nested
    object; the last item's ``id`` when it is ""); url: ``response_field`` holds the next page's URL; page: ``request_param`` counts pages
    from ``first_page``. ``has_more``: a boolean property that says whether another page exists.
    """

    style: Literal["cursor", "url", "page"]
    items: str = ""
    request_param: str = ""
    response_field: str = ""
    has_more: str = ""
    first_page: int = 1


@dataclass(frozen=True, slots=True)
class NextPage:
    """The request for the following page: a path (the first page's, or the one a next URL names) and
    the query params that replace or complement the first request's."""

    path: str
    query: Mapping[str, object]
    repeat: tuple[str, ...] = ()
    replace_query: bool = False  # a next URL carries the whole query


class PageWalk:
    """Follows one list across its pages; refuses a page that would repeat (a server looping)."""

    def __init__(self, paging: Paging, path: str, query: Mapping[str, object] | None, server_url: str) -> None:
        self.paging = paging
        self.path = path
        self.query = dict(query or {})
        self.server_url = server_url.rstrip("/")
        self._seen: set[str] = set()

    def items(self, page: Any) -> list[Any]:
        """The items of a page (a list response, or the items property of an envelope)."""
        if not self.paging.items:
            return list(page) if isinstance(page, list) else []
        value = _field(page, self.paging.items)
        return list(value) if isinstance(value, list) else []

    def next(self, page: Any, items: list[Any]) -> NextPage | None:
        """What to request after ``page`` (whose items are ``items``), or None after the last page."""
        paging = self.paging
        if not items or (paging.has_more and _field(page, paging.has_more) is False):
            return None
        if paging.style == "url":
            url = _field(page, paging.response_field)
            return self._follow(url) if isinstance(url, str) and url else None
        if paging.style == "page":
            current = self.query.get(paging.request_param)
            number = (current if isinstance(current, int) and not isinstance(current, bool) else paging.first_page) + 1
            return self._advance(number)
        if paging.response_field:
            cursor = _field(page, paging.response_field)
            return None if cursor is None or cursor == "" else self._advance(cursor)
        last_id = _field(items[-1], "id")
        if last_id is None or last_id == "":
            raise APIError("Cannot page forwards: the last item of the page has no 'id'")
        return self._advance(last_id)

    def _advance(self, value: object) -> NextPage:
        self._check_new(f"{self.paging.request_param}={value!r}")
        self.query[self.paging.request_param] = value
        return NextPage(self.path, dict(self.query))

    def _follow(self, url: str) -> NextPage:
        """The next page's URL, relative or absolute: only on the API's own server, where the client's
        credentials belong (a URL elsewhere is refused, never fetched with them)."""
        absolute = urljoin(self.server_url + "/", url)
        base, target = urlsplit(self.server_url), urlsplit(absolute)
        same_origin = (base.scheme, base.netloc) == (target.scheme, target.netloc)
        if not same_origin or not (target.path + "/").startswith(base.path.rstrip("/") + "/"):
            raise APIError(
                f"Stopped auto-paging: the next page's URL is not on this API's server ({self.server_url}); "
                "it is not requested with your credentials"
            )
        self._check_new(absolute)
        path = target.path[len(base.path.rstrip("/")) :] or "/"
        grouped: dict[str, list[str]] = {}
        for key, value in parse_qsl(target.query, keep_blank_values=True):
            grouped.setdefault(key, []).append(value)
        query: dict[str, object] = {key: values[0] if len(values) == 1 else values for key, values in grouped.items()}
        repeat = tuple(key for key, values in grouped.items() if len(values) > 1)  # sent as a=1&a=2 again
        # braces are path templates to the client; a URL's own are data
        path = path.replace("{", "%7B").replace("}", "%7D")
        return NextPage(path, query, repeat, replace_query=True)

    def _check_new(self, where: str) -> None:
        if where in self._seen:
            raise APIError(f"Stopped auto-paging: the server repeated a page ({where}), so the pages would repeat forever")
        self._seen.add(where)


def _field(value: Any, name: str) -> Any:
    """A property by its wire name, on a model (``obj.get``) or a plain mapping; ``a/b`` is ``b`` of
    the object in ``a`` (Asana's ``next_page/offset``)."""
    for part in name.split("/"):
        if value is None:
            return None
        if isinstance(value, Mapping):
            value = value.get(part)
        else:
            getter = getattr(value, "get", None)
            value = getter(part) if callable(getter) else getattr(value, part, None)
    return value
