"""Load: parse YAML/JSON, bundle cross-file `$ref`s, and map JSON pointers back to file:line."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator import cache
from generator.problems import Problem, SpecError, fail, pointer

try:  # the C loader is ~10x faster on Stripe-sized documents
    _Base: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Base = yaml.SafeLoader


class _Loader(_Base):  # type: ignore[misc]  # the base is chosen at import time (C or pure Python)
    """Safe YAML in the JSON data model: `2023-07-22` stays a string, as OpenAPI means it."""

    yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in _Base.yaml_implicit_resolvers.items()
    }

MAX_FILE_BYTES = 64 * 1024 * 1024
# Files this large are parsed once per content (YAML takes 5 s for one of Stripe's descriptions):
# the parsed data is cached, keyed by the bytes and the generator's code.
CACHED_PARSE_BYTES = 512 * 1024
# YAML aliases share objects; a document whose aliases expand past this many nodes, or this much
# text, is a "billion laughs" bomb: any tree walk or copy of it would never finish or fill memory.
MAX_EXPANDED_NODES = 5_000_000
MIN_EXPANDED_BYTES = 64 * 1024 * 1024  # a budget of expanded text for any file, however small
EXPANSION_FACTOR = 16  # ... or this many times the file's size, for big documents with anchors


@dataclass
class Document:
    """A parsed OpenAPI document with external references bundled in."""

    data: dict[str, Any]
    path: str  # the file the user named
    # pointer prefix -> (file, pointer inside that file), for locating problems
    origins: list[tuple[str, str, str]] = field(default_factory=list)
    # what bundling tolerated (a `$ref` where OpenAPI allows none), reported with the builder's
    problems: list[Problem] = field(default_factory=list)

    def locate(self, at: str) -> tuple[str, int | None, str]:
        """(file, line, pointer-in-file) for a JSON pointer into the document."""
        best = ("#", self.path, "#")
        for prefix, file, file_ptr in self.origins:
            if (at == prefix or at.startswith(prefix + "/")) and len(prefix) > len(best[0]):
                best = (prefix, file, file_ptr)
        prefix, file, file_ptr = best
        inner = file_ptr + at[len(prefix) :] if prefix != "#" else at
        return file, line_of(file, inner), inner


# --- parsing -----------------------------------------------------------------------------------


def parse_text(text: str, file: str) -> Any:
    """Parse YAML or JSON text; errors name the file and line."""
    if file.endswith(".json"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise fail(f"invalid JSON: {exc.msg}", file, line=exc.lineno) from None
        except RecursionError:
            raise fail("the document nests too deeply", file) from None
        if _MAYBE_SURROGATE.search(text):
            _check_surrogates(data, file)
        return _normalise_keys(data, file)
    try:
        data = yaml.load(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        raise fail(f"invalid YAML: {exc.problem or exc.context}", file, line=line) from None
    except yaml.YAMLError as exc:
        raise fail(f"invalid YAML: {exc}", file) from None
    budget = max(MIN_EXPANDED_BYTES, EXPANSION_FACTOR * len(text))
    _Expansion(file, budget).check(data)
    return _normalise_keys(data, file)


_MAYBE_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")


def _check_surrogates(data: Any, file: str) -> None:
    """JSON's `\\ud800` escape can make a lone surrogate, which no file can hold: say where it is."""
    stack: list[tuple[Any, tuple[str, ...]]] = [(data, ())]
    while stack:
        node, at = stack.pop()
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for key, value in items:
            where = (*at, str(key))
            for text in (key, value):
                if isinstance(text, str) and _MAYBE_LONE.search(text):
                    shown = [p.encode("utf-8", "backslashreplace").decode("utf-8") for p in where]
                    raise fail(
                        "the text holds a lone UTF-16 surrogate (an unpaired \\ud800-\\udfff escape), "
                        "which is not valid Unicode",
                        file,
                        pointer(*shown),
                    )
            if isinstance(value, (dict, list)):
                stack.append((value, where))


_MAYBE_LONE = re.compile("[\ud800-\udfff]")


def read_file(path: str | Path) -> Any:
    file = str(path)
    try:
        with open(file, "rb") as stream:
            # read one byte past the limit: a device or pipe (/dev/urandom) has no size to ask first
            data = stream.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise fail(f"cannot read the spec: {exc.strerror or exc}", file) from None
    if len(data) > MAX_FILE_BYTES:
        raise fail(f"the file is larger than {MAX_FILE_BYTES // 2**20} MiB, the limit for a spec", file)
    if len(data) < CACHED_PARSE_BYTES:
        return parse_text(_decode(data, file), file)
    key = cache.digest(data, file.endswith(".json").to_bytes(1, "little"), cache.code_digest())
    parsed = cache.get_parsed(key)
    if parsed is None:
        parsed = parse_text(_decode(data, file), file)
        cache.put_parsed(key, parsed)
    return parsed


def _decode(data: bytes, file: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise fail(f"the file is not UTF-8 text (byte {exc.start})", file) from None


class _Expansion:
    """Measure a YAML document as its aliases expand: refuse cycles and bombs, with a location."""

    def __init__(self, file: str, budget: int):
        self.file = file
        self.budget = budget
        self.sizes: dict[int, tuple[int, int]] = {}  # id(node) -> (nodes, bytes) once measured
        self.open: set[int] = set()  # nodes being measured: meeting one again is a cycle

    def check(self, data: Any) -> None:
        try:
            self._measure(data, ())
        except RecursionError:
            raise fail("the document nests too deeply", self.file) from None

    def _measure(self, node: Any, at: tuple[object, ...]) -> tuple[int, int]:
        if not isinstance(node, (dict, list)):
            return 1, len(node) if isinstance(node, str) else 8
        key = id(node)
        if key in self.sizes:
            return self.sizes[key]
        if key in self.open:
            raise self._fail("a YAML alias refers to a node that contains it, which would repeat forever", at,
                             "use a $ref for a recursive schema")
        self.open.add(key)
        items = node.items() if isinstance(node, dict) else enumerate(node)
        nodes, size = 1, 2
        for name, child in items:
            child_nodes, child_size = self._measure(child, (*at, name))
            nodes += child_nodes
            size += child_size + (len(name) if isinstance(name, str) else 8)
        self.open.discard(key)
        if nodes > MAX_EXPANDED_NODES:
            raise self._fail(f"YAML anchors and aliases expand to more than {MAX_EXPANDED_NODES:,} nodes", at,
                             "a spec should not rely on alias expansion at this scale")
        if size > self.budget:
            raise self._fail(f"YAML anchors and aliases expand to more than {self.budget:,} bytes of text", at,
                             "a spec should not rely on alias expansion at this scale")
        self.sizes[key] = (nodes, size)
        return nodes, size

    def _fail(self, message: str, at: tuple[object, ...], hint: str) -> SpecError:
        where = pointer(*at)
        return fail(message, self.file, where, line_of(self.file, where), hint)


def _normalise_keys(node: Any, file: str) -> Any:
    """YAML reads `200:` as an int; OpenAPI keys are strings."""
    stack = [node]
    seen: set[int] = set()
    while stack:
        item = stack.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, dict):
            if any(not isinstance(k, str) for k in item):
                fixed = {(k if isinstance(k, str) else _key_text(k)): v for k, v in item.items()}
                item.clear()
                item.update(fixed)
            stack.extend(v for v in item.values() if isinstance(v, (dict, list)))
        elif isinstance(item, list):
            stack.extend(v for v in item if isinstance(v, (dict, list)))
    return node


def _key_text(key: Any) -> str:
    if isinstance(key, bool):
        return "true" if key else "false"
    if key is None:
        return "null"
    return str(key)


# --- locating ----------------------------------------------------------------------------------

_compose_cache: dict[tuple[str, int, int], Any] = {}


def line_of(file: str, at: str) -> int | None:
    """The 1-based line of a JSON pointer in a YAML/JSON file (composed lazily, only for messages)."""
    if not file or not os.path.isfile(file):
        return None
    stat = os.stat(file)
    key = (os.path.abspath(file), stat.st_mtime_ns, stat.st_size)  # not the bare name: cwd may change
    node = _compose_cache.get(key)
    if node is None:
        try:
            node = yaml.compose(Path(file).read_text(encoding="utf-8"), Loader=_Loader)
        except Exception:  # a message helper must never raise
            return None
        _compose_cache[key] = node
    line = node.start_mark.line + 1 if node is not None else None
    for part in split_pointer(at):
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if str(key.value) == part:
                    node, line = value, key.start_mark.line + 1
                    break
            else:
                return line
        elif isinstance(node, yaml.SequenceNode) and part.isdigit() and int(part) < len(node.value):
            node = node.value[int(part)]
            line = node.start_mark.line + 1
        else:
            return line
    return line


def split_pointer(at: str) -> list[str]:
    text = at[1:] if at.startswith("#") else at
    if not text or text == "/":
        return []
    return [p.replace("~1", "/").replace("~0", "~") for p in text.lstrip("/").split("/")]


def resolve_pointer(data: Any, at: str) -> Any:
    """The value at a JSON pointer; KeyError when absent."""
    node = data
    for part in split_pointer(at):
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            raise KeyError(at)
    return node


# --- bundling ----------------------------------------------------------------------------------


def load_document(path: str | Path) -> Document:
    """Read an OpenAPI document and bundle every cross-file `$ref` into it."""
    file = str(path)
    data = read_file(file)
    if not isinstance(data, dict):
        raise fail("an OpenAPI document must be a mapping at the top level", file, "#")
    doc = Document(data=data, path=file, origins=[("#", file, "#")])
    _Bundler(doc).run()
    return doc


def _display(path: Path) -> str:
    """A file as messages name it: relative to the working folder when it is below it."""
    relative = os.path.relpath(path)
    return str(path) if relative.startswith("..") else relative


# Keys whose values are names chosen by the author (a property called `default` is a schema).
_NAME_MAPS = frozenset(
    {"properties", "patternProperties", "$defs", "definitions", "schemas", "parameters", "responses",
     "examples", "headers", "requestBodies", "securitySchemes", "links", "callbacks", "pathItems",
     "content", "encoding", "variables", "paths", "webhooks", "mapping"}
)
_LITERAL_KEYS = frozenset({"example", "default", "const", "enum"})
# Fields whose value is text: a `$ref` in one points at text (a Markdown description in another file)
_TEXT_KEYS = frozenset({"description", "summary", "title"})


def is_literal(at: tuple[object, ...], key: object, value: object) -> bool:
    """Whether `value` under `key` is data (an example, a default): a `$ref` in it is not a reference."""
    parent = at[-1] if at else None
    if key in _LITERAL_KEYS:
        return parent not in _NAME_MAPS
    if key == "value":  # an Example Object's value: .../examples/<name>/value
        return len(at) >= 2 and at[-2] == "examples" and (len(at) < 3 or at[-3] not in _NAME_MAPS)
    return key == "examples" and isinstance(value, list)  # a 3.1 schema's examples


class _Bundler:
    """Replace external `$ref`s: component targets are hoisted into the root, others inlined."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.root_file = Path(doc.path).resolve()
        self.root_dir = self.root_file.parent
        self.files: dict[Path, Any] = {self.root_file: doc.data}
        self.hoisted: dict[tuple[Path, str], str] = {}  # (file, pointer) -> internal ref
        self.inlining: list[tuple[Path, str]] = []
        self.resolved: dict[tuple[Path, str], Path] = {}  # (folder, relative file) -> file: resolving is slow

    def run(self) -> None:
        self._walk(self.doc.data, self.root_file, ())

    def _fail(self, message: str, at: tuple[object, ...], hint: str = "") -> SpecError:
        file, line, inner = self.doc.locate(pointer(*at))
        return fail(message, file, inner, line, hint)

    def _walk(self, node: Any, base: Path, where: tuple[object, ...]) -> None:
        # each entry keeps its container, so a `$ref` to text can be replaced by the text itself
        stack: list[tuple[Any, tuple[object, ...], Any]] = [(node, where, None)]
        seen: set[int] = set()
        while stack:
            item, at, parent = stack.pop()
            if id(item) in seen:
                continue
            seen.add(id(item))
            if isinstance(item, dict):
                ref = item.get("$ref")
                if isinstance(ref, str) and not ref.startswith("#"):
                    text = self._replace(item, ref, base, at)
                    if text is not None and parent is not None:
                        parent[at[-1]] = text
                        continue
                for key, value in list(item.items()):
                    if isinstance(value, (dict, list)) and not is_literal(at, key, value):
                        stack.append((value, (*at, key), item))
            elif isinstance(item, list):
                for index, value in enumerate(item):
                    if isinstance(value, (dict, list)):
                        stack.append((value, (*at, index), item))

    def _target(self, ref: str, base: Path, at: tuple[object, ...]) -> tuple[Path, str]:
        file_part, _, fragment = ref.partition("#")
        if "://" in file_part:
            raise self._fail(
                f"remote $ref {ref!r} is not fetched",
                at,
                hint="download the document and refer to it by a relative path",
            )
        target = self._resolve(base.parent, file_part) if file_part else base
        if not target.is_relative_to(self.root_dir):
            raise self._fail(f"$ref {ref!r} leaves the spec's folder", at)
        return target, "#" + fragment if fragment else "#"

    def _resolve(self, folder: Path, file_part: str) -> Path:
        key = (folder, file_part)
        if key not in self.resolved:
            self.resolved[key] = (folder / file_part).resolve()
        return self.resolved[key]

    def _file(self, target: Path, ref: str, at: tuple[object, ...]) -> Any:
        if target not in self.files:
            if not target.is_file():
                raise self._fail(f"$ref {ref!r}: no such file {target.name!r}", at)
            self.files[target] = read_file(_display(target))
        return self.files[target]

    def _replace(self, item: dict[str, Any], ref: str, base: Path, at: tuple[object, ...]) -> str | None:
        """Bundle the target in; a text field's `$ref` to text returns the text to put in its place."""
        target, frag = self._target(ref, base, at)
        data = self._file(target, ref, at)
        parts = split_pointer(frag)
        try:
            value = resolve_pointer(data, frag)
        except KeyError:
            raise self._fail(f"$ref {ref!r} does not resolve", at) from None
        key = (target, frag)
        if isinstance(value, str) and at and at[-1] in _TEXT_KEYS and (len(at) < 2 or at[-2] not in _NAME_MAPS):
            # OpenAPI allows no `$ref` here (a description is a string); its text is what was meant
            file, line, inner = self.doc.locate(pointer(*at))
            self.doc.problems.append(Problem(
                "warning", f"$ref {ref!r} where OpenAPI allows none (`{at[-1]}` is a string); its text is used",
                file, inner, line,
            ))
            return value
        if len(parts) == 3 and parts[0] == "components" or key in self.inlining:
            item.clear()
            item["$ref"] = self._hoist(key, value, parts, target)
            return None
        # Inline a copy; its own references are relative to the file it came from.
        self.inlining.append(key)
        copy = json.loads(json.dumps(value)) if isinstance(value, (dict, list)) else value
        self._rebase(copy, target)
        self._walk(copy, self.root_file, at)
        self.inlining.pop()
        item.clear()
        if isinstance(copy, dict):
            item.update(copy)
        else:
            raise self._fail(f"$ref {ref!r} must point to a mapping", at)
        return None

    def _hoist(self, key: tuple[Path, str], value: Any, parts: list[str], target: Path) -> str:
        if key in self.hoisted:
            return self.hoisted[key]
        kind = parts[1] if len(parts) == 3 else "schemas"
        base_name = parts[2] if len(parts) == 3 else (parts[-1] if parts else target.stem)
        bucket = self.doc.data.setdefault("components", {}).setdefault(kind, {})
        name = base_name
        if name in bucket:
            name = f"{target.stem}_{base_name}"
        ref = pointer("components", kind, name)
        self.hoisted[key] = ref
        copy = json.loads(json.dumps(value))
        bucket[name] = copy
        self.doc.origins.append((ref, _display(target), key[1]))
        self._rebase(copy, target)
        self._walk(copy, self.root_file, ("components", kind, name))
        return ref

    def _rebase(self, node: Any, source: Path) -> None:
        """Turn refs inside a file other than the root into refs the root can follow."""
        root = self.root_file
        if source == root:
            return
        stack = [node]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                ref = item.get("$ref")
                if isinstance(ref, str):
                    file_part, _, fragment = ref.partition("#")
                    full = self._resolve(source.parent, file_part) if file_part else source
                    if full == root:
                        item["$ref"] = "#" + fragment
                    else:
                        item["$ref"] = os.path.relpath(full, root.parent) + (
                            "#" + fragment if fragment else ""
                        )
                stack.extend(v for v in item.values() if isinstance(v, (dict, list)))
            elif isinstance(item, list):
                stack.extend(v for v in item if isinstance(v, (dict, list)))


def dump_json(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False)


__all__ = ["Document", "SpecError", "load_document", "parse_text", "read_file", "resolve_pointer"]
