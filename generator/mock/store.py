"""Objects in memory: per object type, in creation order, with a global id index; thread-safe."""

from __future__ import annotations

import copy
import threading
from typing import Any


class Store:
    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._by_type: dict[str, dict[str, dict[str, Any]]] = {}
        self._type_of: dict[str, str] = {}  # id -> object type
        self._singletons: dict[str, dict[str, Any]] = {}

    def add(self, object_type: str, obj: dict[str, Any]) -> dict[str, Any]:
        with self._lock:
            self._by_type.setdefault(object_type, {})[obj["id"]] = obj
            self._type_of[obj["id"]] = object_type
            return copy.deepcopy(obj)

    def get(self, object_type: str, object_id: str) -> dict[str, Any] | None:
        """A copy of the object, or None."""
        with self._lock:
            found = self._by_type.get(object_type, {}).get(object_id)
            return copy.deepcopy(found) if found is not None else None

    def find(self, object_id: str) -> tuple[str, dict[str, Any]] | None:
        """(type, copy) of the object with this id, whatever its type."""
        with self._lock:
            kind = self._type_of.get(object_id)
            if kind is None:
                return None
            found = self._by_type.get(kind, {}).get(object_id)
            return (kind, copy.deepcopy(found)) if found is not None else None

    def put(self, object_type: str, obj: dict[str, Any]) -> dict[str, Any]:
        """Replace a stored object (same id) and return a copy."""
        return self.add(object_type, obj)

    def remove(self, object_type: str, object_id: str) -> dict[str, Any] | None:
        with self._lock:
            found = self._by_type.get(object_type, {}).pop(object_id, None)
            if found is not None:
                self._type_of.pop(object_id, None)
            return found

    def all(self, object_type: str) -> list[dict[str, Any]]:
        """Copies of every object of a type, newest first."""
        with self._lock:
            return [copy.deepcopy(o) for o in reversed(list(self._by_type.get(object_type, {}).values()))]

    def count(self, object_type: str | None = None) -> int:
        """How many objects of a type exist (all types when None)."""
        with self._lock:
            if object_type is None:
                return sum(len(v) for v in self._by_type.values())
            return len(self._by_type.get(object_type, {}))

    def types(self) -> list[str]:
        with self._lock:
            return [k for k, v in self._by_type.items() if v]

    def singleton(self, key: str, make: Any) -> dict[str, Any]:
        """The one object behind a path such as /v1/account, made on first use."""
        with self._lock:
            if key not in self._singletons:
                self._singletons[key] = make()
                obj = self._singletons[key]
                if isinstance(obj, dict) and isinstance(obj.get("id"), str) and isinstance(obj.get("object"), str):
                    self.add(obj["object"], obj)
            obj = self._singletons[key]
            if isinstance(obj, dict) and isinstance(obj.get("id"), str):
                stored = self._by_type.get(str(obj.get("object")), {}).get(obj["id"])
                if stored is not None:
                    return copy.deepcopy(stored)
            return copy.deepcopy(obj)

    def clear(self) -> None:
        with self._lock:
            self._by_type.clear()
            self._type_of.clear()
            self._singletons.clear()
