"""Versions: the pinned API dates in spec/, each built as the base document plus dated change sets.

`spec/base/*.yaml` are fragments of one document, deep-merged in file-name order: it describes the
API before the first pinned date. `spec/versions/<DATE>.yaml` is a change set (in the spirit of the
OpenAPI Overlay standard and Stripe's version change modules): a list of `update` / `replace` /
`remove` actions on JSON pointers. Version D is the base plus every change set up to D, so a fix to
an endpoint that did not change is made once.
"""

from __future__ import annotations

import copy
import marshal
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from generator.load import Document, read_file, resolve_pointer, split_pointer
from generator.problems import fail, pointer

REPO_ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = REPO_ROOT / "spec"
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Change:
    description: str
    target: str
    action: str  # "update" | "replace" | "remove"
    value: Any
    file: str
    index: int


@dataclass(frozen=True)
class ChangeSet:
    version: str
    summary: str
    changes: tuple[Change, ...]
    file: str


def version_files(spec_dir: Path = SPEC_DIR) -> dict[str, Path]:
    folder = spec_dir / "versions"
    files = {p.stem: p for p in sorted(folder.glob("*.yaml"))} if folder.is_dir() else {}
    for stem, path in files.items():
        if not DATE.match(stem):
            raise fail("a change set's file name must be its date, YYYY-MM-DD.yaml", str(path))
    return files


def pinned_versions(spec_dir: Path = SPEC_DIR) -> list[str]:
    """The pinned API versions, oldest first; the last is the default."""
    return sorted(version_files(spec_dir))


def latest_version(spec_dir: Path = SPEC_DIR) -> str:
    versions = pinned_versions(spec_dir)
    if not versions:
        raise fail("no pinned versions: spec/versions/ has no YYYY-MM-DD.yaml change sets", str(spec_dir))
    return versions[-1]


def read_change_set(path: Path) -> ChangeSet:
    file = str(path)
    data = read_file(path)
    if not isinstance(data, dict) or not isinstance(data.get("changes", []), list):
        raise fail("a change set is a mapping with `version`, `summary` and a `changes` list", file, "#")
    version = str(data.get("version", ""))
    if version != path.stem:
        raise fail(f"`version: {version}` does not match the file name {path.stem}", file, "#/version")
    changes = []
    for index, raw in enumerate(data.get("changes") or []):
        at = pointer("changes", index)
        if not isinstance(raw, dict):
            raise fail("a change is a mapping", file, at)
        actions = [a for a in ("update", "replace", "remove") if a in raw]
        if len(actions) != 1:
            raise fail("a change has exactly one of `update`, `replace`, `remove`", file, at)
        target = raw.get("target")
        if not isinstance(target, str) or not target.startswith("/"):
            raise fail("`target` must be a JSON pointer such as /paths/~1v1~1customers", file, at + "/target")
        changes.append(
            Change(
                description=str(raw.get("description", "")).strip(),
                target=target,
                action=actions[0],
                value=raw[actions[0]],
                file=file,
                index=index,
            )
        )
    return ChangeSet(version, str(data.get("summary", "")).strip(), tuple(changes), file)


def change_sets(spec_dir: Path = SPEC_DIR) -> list[ChangeSet]:
    return list(_change_sets(spec_dir, _fingerprint(spec_dir)))


@lru_cache(maxsize=4)
def _change_sets(spec_dir: Path, fingerprint: tuple[tuple[str, int, int], ...]) -> tuple[ChangeSet, ...]:
    return tuple(read_change_set(path) for _, path in sorted(version_files(spec_dir).items()))


def _merge_fragment(into: dict[str, Any], fragment: dict[str, Any], file: str, at: tuple[str, ...]) -> None:
    for key, value in fragment.items():
        if key in into and isinstance(into[key], dict) and isinstance(value, dict):
            _merge_fragment(into[key], value, file, (*at, key))
        elif key in into:
            raise fail(f"{pointer(*at, key)} is defined by two fragments", file, pointer(*at, key))
        else:
            into[key] = value


def base_document(spec_dir: Path = SPEC_DIR) -> Document:
    """The merged base fragments (cached while the files are unchanged; callers must not mutate it)."""
    return _base_document(spec_dir, _fingerprint(spec_dir))


@lru_cache(maxsize=4)
def _base_document(spec_dir: Path, fingerprint: tuple[tuple[str, int, int], ...]) -> Document:
    """The merged base fragments, with each top-level entry's origin recorded for messages."""
    folder = spec_dir / "base"
    files = sorted(folder.glob("*.yaml")) if folder.is_dir() else []
    if not files:
        raise fail("no base document: spec/base/ has no .yaml fragments", str(folder))
    data: dict[str, Any] = {}
    origins: list[tuple[str, str, str]] = []
    for path in files:
        fragment = read_file(path)
        if fragment is None:
            continue
        if not isinstance(fragment, dict):
            raise fail("a fragment must be a mapping", str(path), "#")
        _merge_fragment(data, fragment, str(path), ())
        for key, value in fragment.items():
            if isinstance(value, dict) and key in ("paths", "webhooks"):
                origins += [(pointer(key, k), str(path), pointer(key, k)) for k in value]
            elif key == "components" and isinstance(value, dict):
                for kind, entries in value.items():
                    if isinstance(entries, dict):
                        origins += [
                            (pointer(key, kind, k), str(path), pointer(key, kind, k)) for k in entries
                        ]
            else:
                origins.append((pointer(key), str(path), pointer(key)))
    return Document(data=data, path=str(folder), origins=origins)


def _deep_merge(into: dict[str, Any], value: dict[str, Any]) -> None:
    for key, item in value.items():
        if isinstance(item, dict) and isinstance(into.get(key), dict):
            _deep_merge(into[key], item)
        else:
            into[key] = copy.deepcopy(item)


def apply_change(data: dict[str, Any], change: Change) -> None:
    at = pointer("changes", change.index)
    parts = split_pointer(change.target)
    if not parts:
        raise fail("a change cannot target the whole document", change.file, at + "/target")
    parent_ptr = "/" + "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts[:-1])
    leaf = parts[-1]
    if change.action == "update":
        node: Any = data
        for part in parts:
            if isinstance(node, list) and part.isdigit():
                node = node[int(part)]
                continue
            if not isinstance(node, dict):
                raise fail(f"{change.target}: cannot update inside a non-mapping", change.file, at)
            node = node.setdefault(part, {})
        if not isinstance(node, dict) or not isinstance(change.value, dict):
            raise fail(f"{change.target}: `update` merges a mapping into a mapping", change.file, at)
        _deep_merge(node, change.value)
        return
    try:
        parent = resolve_pointer(data, parent_ptr) if len(parts) > 1 else data
    except KeyError:
        raise fail(f"{change.target}: the parent of the target does not exist", change.file, at) from None
    if isinstance(parent, list) and leaf.isdigit() and int(leaf) < len(parent):
        index = int(leaf)
        if change.action == "remove":
            del parent[index]
        else:
            parent[index] = copy.deepcopy(change.value)
        return
    if not isinstance(parent, dict):
        raise fail(f"{change.target}: the parent of the target is not a mapping", change.file, at)
    if change.action == "remove":
        if leaf not in parent:
            raise fail(f"{change.target}: nothing to remove there", change.file, at)
        del parent[leaf]
    else:
        if leaf not in parent:
            raise fail(f"{change.target}: nothing to replace there (use `update` to add)", change.file, at)
        parent[leaf] = copy.deepcopy(change.value)


def _fingerprint(spec_dir: Path) -> tuple[tuple[str, int, int], ...]:
    """Names, sizes and mtimes of the spec's files: a cached document is reused only while they hold."""
    files = sorted(spec_dir.glob("base/*.yaml")) + sorted(spec_dir.glob("versions/*.yaml"))
    return tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in files)


@lru_cache(maxsize=16)
def _version_document(version: str, spec_dir: Path, fingerprint: tuple[tuple[str, int, int], ...]) -> Document:
    available = pinned_versions(spec_dir)
    if version not in available:
        raise fail(
            f"{version} is not a pinned version",
            str(spec_dir / "versions"),
            hint=f"pinned: {', '.join(available) or 'none'}",
        )
    base = _base_document(spec_dir, fingerprint)
    data = _copy(base.data)
    for change_set in _change_sets(spec_dir, fingerprint):
        if change_set.version > version:
            break
        for change in change_set.changes:
            apply_change(data, change)
    data.setdefault("info", {})["version"] = version
    return Document(data=data, path=base.path, origins=base.origins)


def version_document(version: str, spec_dir: Path = SPEC_DIR) -> Document:
    """The full document of a pinned version (a fresh copy: callers may mutate it)."""
    doc = _version_document(version, spec_dir, _fingerprint(spec_dir))
    return Document(data=_copy(doc.data), path=doc.path, origins=list(doc.origins))


def _copy(data: Any) -> Any:
    """A deep copy of JSON-model data, several times faster than copy.deepcopy."""
    return marshal.loads(marshal.dumps(data))


def build_document(version: str, spec_dir: Path = SPEC_DIR) -> dict[str, Any]:
    return version_document(version, spec_dir).data


SCAFFOLD = """\
# Changes from the previous pinned version to {version}. Each change is applied to the document of
# the previous version. Actions: `update` (deep-merge a mapping), `replace`, `remove: true`.
version: "{version}"
summary: ""   # one line for the changelog
changes: []
#  - description: "`client.customers.create()` gains `tax_exempt`"
#    target: /paths/~1v1~1customers/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties
#    update:
#      tax_exempt: {{type: string, enum: [exempt, none, reverse]}}
"""


def pin_version(version: str, spec_dir: Path = SPEC_DIR) -> Path:
    """Scaffold the change set of a new pinned version."""
    if not DATE.match(version):
        raise fail(f"{version!r} is not a date (YYYY-MM-DD)", str(spec_dir))
    existing = pinned_versions(spec_dir)
    if version in existing:
        raise fail(f"{version} is already pinned", str(version_files(spec_dir)[version]))
    if existing and version < existing[-1]:
        raise fail(f"{version} is older than the latest pinned version {existing[-1]}", str(spec_dir))
    path = spec_dir / "versions" / f"{version}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(SCAFFOLD.format(version=version), encoding="utf-8")
    return path
