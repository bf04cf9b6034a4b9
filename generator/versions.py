"""Versions: the pinned API dates in spec/, each one OpenAPI document.

A pinned version is either what Stripe published (`spec/published/<DATE>.yaml`, byte for byte, with
its fixtures and provenance) or, for an API described by hand, a base plus dated change sets:
`base/*.yaml` are fragments of one document, deep-merged in file-name order, and
`versions/<DATE>.yaml` are change sets (in the spirit of the OpenAPI Overlay standard and Stripe's
version change modules), lists of `update` / `replace` / `remove` actions on JSON pointers, so that
version D is the base plus every change set up to D. Either way the hand-curated additions
(`additions/*.yaml`, see generator.additions) are then applied.
"""

from __future__ import annotations

import copy
import hashlib
import json
import marshal
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from generator.additions import ENABLED_EVENTS, addition_origins, apply_additions, listed_event_types, read_additions
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


def published_files(spec_dir: Path = SPEC_DIR) -> dict[str, Path]:
    """Date -> Stripe's published description at that date (spec/published/<DATE>.yaml)."""
    folder = spec_dir / "published"
    return {p.stem: p for p in sorted(folder.glob("*.yaml")) if DATE.match(p.stem)} if folder.is_dir() else {}


def version_files(spec_dir: Path = SPEC_DIR) -> dict[str, Path]:
    """Date -> its change set (versions/<DATE>.yaml), for an API described as base + change sets."""
    folder = spec_dir / "versions"
    files = {p.stem: p for p in sorted(folder.glob("*.yaml"))} if folder.is_dir() else {}
    for stem, path in files.items():
        if not DATE.match(stem):
            raise fail("a change set's file name must be its date, YYYY-MM-DD.yaml", str(path))
    return files


def pinned_versions(spec_dir: Path = SPEC_DIR) -> list[str]:
    """The pinned API versions, oldest first; the last is the default."""
    return sorted(set(published_files(spec_dir)) | set(version_files(spec_dir)))


def latest_version(spec_dir: Path = SPEC_DIR) -> str:
    versions = pinned_versions(spec_dir)
    if not versions:
        raise fail("no pinned versions: spec/published/ has no YYYY-MM-DD.yaml descriptions", str(spec_dir))
    return versions[-1]


def fixtures_file(version: str, spec_dir: Path = SPEC_DIR) -> Path:
    return spec_dir / "published" / f"fixtures-{version}.json"


def version_fixtures(version: str, spec_dir: Path = SPEC_DIR) -> dict[str, Any]:
    """Stripe's published sample object of each resource at `version` (`{}` if there are none)."""
    path = fixtures_file(version, spec_dir)
    if not path.is_file():
        return {}
    data = read_file(path)
    resources = data.get("resources") if isinstance(data, dict) else None
    return resources if isinstance(resources, dict) else {}


def version_inputs(version: str, spec_dir: Path = SPEC_DIR) -> list[Path]:
    """Every file the document of `version` is made from (for cache keys)."""
    published = published_files(spec_dir)
    if version in published:
        files = [published[version], fixtures_file(version, spec_dir)]
    else:
        changes = version_files(spec_dir)
        files = sorted((spec_dir / "base").glob("*.yaml")) + [changes[d] for d in sorted(changes) if d <= version]
    files += sorted((spec_dir / "additions").glob("*.yaml"))
    return [f for f in files if f.is_file()]


def version_summaries(spec_dir: Path = SPEC_DIR) -> dict[str, str]:
    """Date -> one line for the changelog (provenance.yaml of the published versions, change sets' summaries)."""
    summaries = {v: "" for v in pinned_versions(spec_dir)}
    provenance = spec_dir / "published" / "provenance.yaml"
    if provenance.is_file():
        data = read_file(provenance) or {}
        for version, entry in (data.get("versions") or {}).items() if isinstance(data, dict) else ():
            if str(version) in summaries and isinstance(entry, dict):
                summaries[str(version)] = str(entry.get("summary") or "").strip()
    for change_set in change_sets(spec_dir):
        summaries[change_set.version] = change_set.summary
    return summaries


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
    files = [p for pattern in ("base/*.yaml", "versions/*.yaml", "published/*", "additions/*.yaml") for p in sorted(spec_dir.glob(pattern))]
    return tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in files)


@lru_cache(maxsize=4)
def _published_document(path: Path, fingerprint: tuple[tuple[str, int, int], ...]) -> Any:
    return read_file(path)


def _described_document(version: str, spec_dir: Path, fingerprint: tuple[tuple[str, int, int], ...]) -> Document:
    """The document of a version described by hand: the base plus every change set up to it."""
    base = _base_document(spec_dir, fingerprint)
    data = _copy(base.data)
    for change_set in _change_sets(spec_dir, fingerprint):
        if change_set.version > version:
            break
        for change in change_set.changes:
            apply_change(data, change)
    data.setdefault("info", {})["version"] = version
    return Document(data=data, path=base.path, origins=list(base.origins))


def _stripe_document(version: str, spec_dir: Path, fingerprint: tuple[tuple[str, int, int], ...]) -> Document:
    """What Stripe published at `version`, taken as published."""
    path = published_files(spec_dir)[version]
    data = _published_document(path, fingerprint)
    if not isinstance(data, dict) or not str(data.get("openapi", "")).startswith("3."):
        raise fail("not an OpenAPI 3 document", str(path), "#/openapi")
    stated = str((data.get("info") or {}).get("version", ""))
    if stated != version:
        raise fail(f"the file is named {version} but describes info.version {stated!r}", str(path), "#/info/version")
    return Document(data=_copy(data), path=str(path), origins=[("#", str(path), "#")])


@lru_cache(maxsize=16)
def _version_document(version: str, spec_dir: Path, fingerprint: tuple[tuple[str, int, int], ...]) -> Document:
    available = pinned_versions(spec_dir)
    if version not in available:
        raise fail(
            f"{version} is not a pinned version",
            str(spec_dir),
            hint=f"pinned: {', '.join(available) or 'none'}",
        )
    if version in published_files(spec_dir):
        doc = _stripe_document(version, spec_dir, fingerprint)
    else:
        doc = _described_document(version, spec_dir, fingerprint)
    additions = read_additions(spec_dir / "additions")
    apply_additions(doc.data, version, additions, version_fixtures(version, spec_dir), doc.path)
    doc.origins += addition_origins(additions, version)
    return doc


def version_document(version: str, spec_dir: Path = SPEC_DIR) -> Document:
    """The full document of a pinned version (a fresh copy: callers may mutate it)."""
    doc = _version_document(version, spec_dir, _fingerprint(spec_dir))
    return Document(data=_copy(doc.data), path=doc.path, origins=list(doc.origins))


def _copy(data: Any) -> Any:
    """A deep copy of JSON-model data, several times faster than copy.deepcopy."""
    return marshal.loads(marshal.dumps(data))


def build_document(version: str, spec_dir: Path = SPEC_DIR) -> dict[str, Any]:
    return version_document(version, spec_dir).data


def check_stripe_description(data: Any, version: str, file: str) -> None:
    """Refuse a file that is not Stripe's published description of `version`, naming what is wrong."""
    if not isinstance(data, dict) or not str(data.get("openapi", "")).startswith("3."):
        raise fail("not an OpenAPI 3 document (no `openapi: 3.x`)", file, "#/openapi")
    stated = str((data.get("info") or {}).get("version", ""))
    if stated != version:
        raise fail(f"this description is of API version {stated!r}, not {version}", file, "#/info/version")
    servers = [str(s.get("url", "")) for s in data.get("servers") or [] if isinstance(s, dict)]
    if not any("api.stripe.com" in url for url in servers):
        raise fail("not a Stripe description: no server on api.stripe.com", file, "#/servers")
    if not listed_event_types(data):
        raise fail(
            "not a Stripe description: POST /v1/webhook_endpoints lists no `enabled_events`",
            file,
            ENABLED_EVENTS,
        )


def pin_published(version: str, source: Path, fixtures: Path | None, spec_dir: Path = SPEC_DIR) -> list[Path]:
    """Bring in the description Stripe published at `version`: check it, check that every addition
    still applies to it, then copy it (and its fixtures) into spec/published/ and record its
    provenance. Returns the files written; nothing is written if a check fails."""
    if not DATE.match(version):
        raise fail(f"{version!r} is not a date (YYYY-MM-DD)", str(source))
    folder = spec_dir / "published"
    if version in pinned_versions(spec_dir):
        raise fail(f"{version} is already pinned", str(folder / f"{version}.yaml"))
    data = read_file(source)
    check_stripe_description(data, str(version), str(source))
    fixture_data = read_file(fixtures) if fixtures is not None else {"resources": {}}
    if not isinstance(fixture_data, dict) or not isinstance(fixture_data.get("resources"), dict):
        raise fail("a fixtures file is Stripe's fixtures3.json: {\"resources\": {...}}", str(fixtures), "#/resources")
    document = Document(data=_copy(data), path=str(source), origins=[("#", str(source), "#")])
    apply_additions(document.data, version, read_additions(spec_dir / "additions"), fixture_data["resources"], str(source))
    from generator.builder import build_api  # the IR must build too: an unusable version is not pinned

    build_api(document)
    folder.mkdir(parents=True, exist_ok=True)
    written = [folder / f"{version}.yaml", fixtures_file(version, spec_dir)]
    written[0].write_bytes(source.read_bytes())
    if fixtures is not None:
        written[1].write_bytes(fixtures.read_bytes())
    else:  # Stripe publishes fixtures beside each spec; without them examples are synthesised
        written[1].write_text(json.dumps(fixture_data) + "\n", encoding="utf-8")
    _record_provenance(folder / "provenance.yaml", version, written)
    return written


def _record_provenance(path: Path, version: str, files: list[Path]) -> None:
    spec, fixtures = (hashlib.sha256(f.read_bytes()).hexdigest() for f in files)
    text = path.read_text(encoding="utf-8") if path.is_file() else "versions:\n"
    text += (
        f'  "{version}":\n'
        "    commit: unknown   # the stripe/openapi commit the file came from: fill in when reviewing\n"
        f"    spec: {{file: {files[0].name}, sha256: {spec}}}\n"
        f"    fixtures: {{file: {files[1].name}, sha256: {fixtures}}}\n"
        '    summary: ""   # one line for the changelog\n'
    )
    path.write_text(text, encoding="utf-8")
