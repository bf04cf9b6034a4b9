"""Sync and async twins: every resource class and its Async twin offer the same methods, alike.

Checked on the generated Stripe package and on the golden mini package: the same public methods and
sub-resources, with the same parameters (names, kinds, defaults and annotations), and the same
return annotations once the async wrappers are mapped back (`AsyncPager[X]` for `ListObject[X]`,
`AsyncSearchPager[X]` for `SearchResult[X]`, `AsyncFooResource` for `FooResource`).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
import sys
from collections.abc import Iterator
from functools import cached_property
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.generate import runtime_files
from generator.write import write_tree

REPO = Path(__file__).resolve().parents[2]
GOLDEN = REPO / "tests" / "golden" / "mini_api"

ASYNC_WRAPPERS = [
    (re.compile(r"\bAsyncPager\["), "ListObject["),
    (re.compile(r"\bAsyncSearchPager\["), "SearchResult["),
    (re.compile(r"\bAsync(\w+Resource)\b"), r"\1"),
]
PAGERS = ("AsyncPager[", "AsyncSearchPager[")


def as_sync(annotation: Any) -> Any:
    if not isinstance(annotation, str):
        return annotation
    for pattern, replacement in ASYNC_WRAPPERS:
        annotation = pattern.sub(replacement, annotation)
    return annotation


def resource_modules(resources: ModuleType) -> Iterator[ModuleType]:
    for info in pkgutil.iter_modules(resources.__path__):
        yield importlib.import_module(f"{resources.__name__}.{info.name}")


def twins(resources: ModuleType) -> list[tuple[type, type]]:
    found = []
    for module in resource_modules(resources):
        for name, cls in vars(module).items():
            if (
                inspect.isclass(cls)
                and cls.__module__ == module.__name__
                and name.endswith("Resource")
                and not name.startswith("Async")
            ):
                twin = getattr(module, f"Async{name}", None)
                assert inspect.isclass(twin), f"{module.__name__}.{name} has no Async{name}"
                found.append((cls, twin))
    return found


def surface(cls: type, is_async: bool) -> dict[str, object]:
    """Public methods as (kind, parameters, return); sub-resources as their property's return."""
    members: dict[str, object] = {}
    for name, value in vars(cls).items():
        if name.startswith("_"):
            continue
        if isinstance(value, (property, cached_property)):
            getter = value.fget if isinstance(value, property) else value.func
            assert getter is not None, f"{cls.__qualname__}.{name}"
            members[name] = ("resource", as_sync(inspect.signature(getter).return_annotation))
        elif inspect.isfunction(value):
            signature = inspect.signature(value)
            params = [(p.name, p.kind, p.default, p.annotation) for p in signature.parameters.values()]
            returns = signature.return_annotation
            if is_async:
                # an async method is a coroutine, unless it returns a pager (awaitable and async-iterable
                # at once) or does no I/O at all (e.g. `oauth.authorize_url` only builds a URL)
                awaited = inspect.iscoroutinefunction(value)
                pager = isinstance(returns, str) and returns.startswith(PAGERS)
                assert not (awaited and pager), f"{cls.__qualname__}.{name}: a pager is not awaited"
                if not awaited and not pager:
                    members[f"{name} (not a coroutine)"] = returns
                returns = as_sync(returns)
            members[name] = ("method", params, returns)
    return members


def no_io(sync: type) -> dict[str, object]:
    """The sync methods that do no I/O (their async twins need not be coroutines): URL builders."""
    return {
        f"{name} (not a coroutine)": inspect.signature(value).return_annotation
        for name, value in vars(sync).items()
        if inspect.isfunction(value)
        and not name.startswith("_")
        and "self._client.build_url(" in inspect.getsource(value)
    }


def check_twins(resources: ModuleType) -> int:
    pairs = twins(resources)
    assert pairs, f"no resource classes in {resources.__name__}"
    problems = []
    for sync, async_ in pairs:
        want, got = {**surface(sync, False), **no_io(sync)}, surface(async_, True)
        for name in sorted(set(want) | set(got)):
            if want.get(name) != got.get(name):
                problems.append(
                    f"{sync.__module__}: {sync.__name__}.{name}\n  sync:  {want.get(name)}\n  async: {got.get(name)}"
                )
    assert not problems, "\n".join(problems)
    return len(pairs)


def test_stripe_package_twins_match() -> None:
    resources = importlib.import_module("stripe_client.v2023_08_16.resources")
    assert check_twins(resources) > 100


@pytest.fixture
def golden_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The golden record, importable: its files plus the runtime it is generated without."""
    package = GOLDEN.name
    files = {str(p.relative_to(GOLDEN)): p.read_text(encoding="utf-8") for p in GOLDEN.rglob("*.py")}
    write_tree(tmp_path / "pkg", {**files, **runtime_files(package)})
    monkeypatch.syspath_prepend(str(tmp_path / "pkg"))
    yield package
    for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
        del sys.modules[name]


def test_golden_package_twins_match(golden_package: str) -> None:
    resources = importlib.import_module(f"{golden_package}.resources")
    assert check_twins(resources) >= 1
