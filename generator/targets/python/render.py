"""Render: IR -> Python source text, through Jinja templates (StrictUndefined; sync and async from one source)."""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Iterable, Iterator

import jinja2

from generator import ir
from generator.format import LINE_LENGTH
from generator.literals import comment, docstring, py_str, py_value, toml_str
from generator.naming import safe_identifier, snake, unique

TEMPLATES = Path(__file__).resolve().parent / "templates"
RUNTIME = Path(__file__).resolve().parent / "_runtime"

# Names the generated modules import; a model may not take one of them as its class name.
IMPORTED_NAMES = frozenset(
    {"Any", "Literal", "Mapping", "Sequence", "Iterator", "AsyncIterator", "TypedDict", "Required", "Field", "StripeObject", "ListObject",
     "SearchResult", "AsyncListObject", "AsyncSearchResult", "AsyncPager", "AsyncSearchPager", "RequestOptions",
     "SyncAPIClient", "AsyncAPIClient", "TYPE_CHECKING", "Union", "Annotated", "Discriminator", "Tag",
     "cached_property", "cast", "annotations", "Event", "Webhook", "builtins"}
)


def _walk_types(t: ir.TypeRef) -> Iterator[ir.TypeRef]:
    yield t
    for item in t.items:
        yield from _walk_types(item)


def model_refs(t: ir.TypeRef) -> set[str]:
    return {x.name for x in _walk_types(t) if x.kind == "model"}


@dataclass
class Names:
    """Module names for the models and resources of one package (stable, unique, deterministic)."""

    model_module: dict[str, str] = field(default_factory=dict)
    params_module: dict[str, str] = field(default_factory=dict)  # params TypedDict -> resource module
    resource_module: dict[tuple[str, ...], str] = field(default_factory=dict)


class TypeWriter:
    """Renders TypeRefs as annotations for one side: response models, request params, or returns."""

    def __init__(self, side: str):
        self.side = side

    def __call__(self, t: ir.TypeRef) -> str:
        kind = t.kind
        if kind == "any":
            return "Any"
        if kind in ("str", "int", "float", "bool", "bytes"):
            return kind
        if kind == "null":
            return "None"
        if kind == "literal":
            text = "Literal[" + ", ".join(py_value(v) for v in t.values) + "]"
            return text + " | str" if t.open_enum and self.side == "model" and all(isinstance(v, str) for v in t.values) else text
        if kind == "list":
            inner = self(t.items[0])
            return f"Sequence[{inner}]" if self.side == "param" else f"builtins.list[{inner}]" if self.side == "return" else f"list[{inner}]"
        if kind == "map":
            inner = self(t.items[0])
            return f"Mapping[str, {inner}]" if self.side == "param" else f"dict[str, {inner}]"
        if kind == "model":
            return t.name
        if kind == "union":
            parts: list[str] = []
            for item in t.items:
                text = self(item)
                if text not in parts:
                    parts.append(text)
            if "Any" in parts:
                return "Any"
            choices = [item for item in t.items if item.kind != "null"]
            if self.side == "model" and len(choices) > 1 and any(item.kind == "model" for item in choices):
                # A polymorphic or expandable field: an object of a type this version does not
                # know (a newer API) still parses. `Address | None` needs no fallback.
                none = "None" in parts
                parts = [p for p in parts if p != "None"] + ["StripeObject"] + (["None"] if none else [])
            return " | ".join(parts)
        raise ValueError(f"unknown type kind {kind!r}")


MODEL_TYPE = TypeWriter("model")
PARAM_TYPE = TypeWriter("param")
RETURN_TYPE = TypeWriter("return")


def fit_annotation(name: str, annotation: str, default: str = "", indent: int = 8) -> str:
    """`name: annotation[ = default]`, with the annotation in parentheses when the line is too long.

    black and ruff split a long annotation the same way only when it is already parenthesised,
    and disagree about parentheses on a short one; so we add them exactly when they are needed.
    """
    tail = f" = {default}," if default else ","
    line = f"{name}: {annotation}{tail}"
    if indent + len(line) > LINE_LENGTH and "|" in annotation:
        return f"{name}: ({annotation}){tail}"
    return line


def md(text: object) -> str:
    """Spec text in Markdown: HTML and emphasis characters escaped, one line."""
    text = " ".join(str(text).split())
    for char in "\\`*_[]<>|":
        text = text.replace(char, "\\" + char)
    return text


def md_code(text: object) -> str:
    """Text inside a `code span` (in a table): only backticks and pipes need care."""
    return " ".join(str(text).split()).replace("`", "'").replace("|", "\\|")


def md_cell(text: object) -> str:
    """Spec text in a table cell: the first sentence or so, escaped."""
    text = " ".join(str(text).split())
    return md(text if len(text) <= 200 else text[:197] + "...")


def optional(text: str) -> str:
    return text if text == "Any" or text.endswith("| None") or text == "None" else f"{text} | None"


@dataclass(frozen=True)
class Target:
    """Where a package goes: `stripe_client.v2023_11_10` in the repo, or a standalone package."""

    package: str  # dotted import path of the API package, e.g. "stripe_client.v2023_11_10"
    runtime: str  # relative import of the runtime from the API package, e.g. ".._runtime"
    client_name: str  # StripeClient
    async_client_name: str  # AsyncStripeClient
    api_version_header: str  # the version the client sends as Stripe-Version ("" for none)
    source: str  # what the header says the file was generated from


class Renderer:
    def __init__(self) -> None:
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(TEMPLATES)),
            undefined=jinja2.StrictUndefined,
            autoescape=False,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        self.env.filters.update(
            py_str=py_str,
            py_value=py_value,
            toml_str=toml_str,
            docstring=docstring,
            comment=comment,
            model_type=MODEL_TYPE,
            param_type=PARAM_TYPE,
            return_type=RETURN_TYPE,
            optional=optional,
            fit_annotation=fit_annotation,
            md=md,
            md_cell=md_cell,
            md_code=md_code,
        )

    def render(self, template: str, **context: object) -> str:
        return self.env.get_template(template).render(**context)


def assign_names(api: ir.Api) -> Names:
    names = Names()
    taken: set[str] = {"__init__"}
    for model in api.models:
        names.model_module[model.name] = unique(safe_identifier(snake(model.name, "model")), taken)
    taken = {"__init__"}
    for resource in iter_resources(api.resources):
        names.resource_module[resource.path] = unique("_".join(resource.path), taken)
    return names


iter_resources = ir.iter_resources  # the IR's traversal, re-exported for the templates' callers
iter_operations = ir.iter_operations


@dataclass
class VersionView:
    """What the templates of one API package see: the IR plus module names and import lists."""

    api: ir.Api
    target: Target
    names: Names

    @cached_property
    def models_by_name(self) -> dict[str, ir.Model]:
        return {m.name: m for m in self.api.models}

    @cached_property
    def params_by_name(self) -> dict[str, ir.Model]:
        return {m.name: m for m in self.api.params_models}

    def model_imports(self, model: ir.Model) -> list[tuple[str, str]]:
        refs: set[str] = set()
        for f in model.fields:
            refs |= model_refs(f.type)
        if model.extra is not None:
            refs |= model_refs(model.extra)
        refs.discard(model.name)
        return sorted((self.names.model_module[r], r) for r in refs)

    def is_event_union(self, t: ir.TypeRef | None) -> bool:
        """Whether a type is the event envelope standing for the union of the typed events (a type
        alias, not a class: the client is handed it as `Any` and the result cast back)."""
        model = self.models_by_name.get(t.name) if t is not None and t.kind == "model" else None
        return model is not None and model.event_union

    def resource_params(self, resource: ir.Resource) -> list[ir.Model]:
        """The params TypedDicts a resource's signatures name directly."""
        refs = {ref for op in resource.operations for p in op.params for ref in model_refs(p.type)}
        return [self.params_by_name[name] for name in sorted(refs) if name in self.params_by_name]

    def return_type(self, op: ir.Operation) -> str:
        response = op.response
        if op.kind == "url":
            return "str"
        if response.page and response.type is not None:
            return RETURN_TYPE(response.type.items[0])
        result = op.result_type
        return "None" if result is None else RETURN_TYPE(result)

    def discriminated_cast(self, op: ir.Operation) -> str:
        """For a response union with a discriminator that tags every variant: the `cast_to`
        expression that picks the variant by the property's value ("" otherwise)."""
        t = op.response.type
        if t is None or op.response.page or t.kind != "union" or not t.discriminator:
            return ""
        models = [item.name for item in t.items if item.kind == "model"]
        tags = {name: value for value, name in t.mapping}
        for name in models:  # implicit mapping: the component key is the value
            schema = self.models_by_name[name].schema_name if name in self.models_by_name else ""
            tags.setdefault(name, schema.rsplit("/", 1)[-1])
        if not models or len(models) != len(t.items) or len(set(tags.values())) != len(tags):
            return ""
        prop = py_str(t.discriminator)
        variants = ", ".join(f"Annotated[{name}, Tag({py_str(tags[name])})]" for name in models)
        pick = f"lambda v: v.get({prop}) if isinstance(v, dict) else getattr(v, {prop}, None)"
        return f"Annotated[Union[{variants}], Discriminator({pick})]"

    def resource_model_imports(self, resource: ir.Resource) -> list[tuple[str, str]]:
        refs: set[str] = set()
        for op in resource.operations:
            refs |= self.result_refs(op)
            item_type = op.response.paging.item_type if op.auto_paging_name and op.response.paging else None
            refs |= {r for r in model_refs(item_type) if r in self.models_by_name} if item_type else set()
        return sorted((self.names.model_module[r], r) for r in refs)

    def result_refs(self, op: ir.Operation) -> set[str]:
        """The models an operation's 2xx responses name."""
        types = [op.response.type, *(t for _, t in op.other_statuses)]
        return {r for t in types if t is not None for r in model_refs(t) if r in self.models_by_name}

    def operation_model_imports(self, op: ir.Operation) -> list[tuple[str, str]]:
        """Models a method needs at run time, imported in its body so that touching a resource stays cheap."""
        if op.kind == "url":
            return []
        return sorted((self.names.model_module[r], r) for r in self.result_refs(op))

    def signature_text(self, op: ir.Operation) -> str:
        path = [p.name for p in op.params if p.location == "path"]
        return ", ".join(path + (["*", "..."] if any(p.location != "path" for p in op.params) else []))

    def return_text(self, op: ir.Operation) -> str:
        ret = self.return_type(op)
        if op.response.page == "list":
            return f"ListObject[{ret}]"
        if op.response.page == "search":
            return f"SearchResult[{ret}]"
        return ret

    @staticmethod
    def used_names(source: str, names: list[str]) -> list[str]:
        """Which of these names the rendered source uses (so that a module imports only those)."""
        return [name for name in names if re.search(rf"(?<![\w.]){re.escape(name)}\b", source)]

    def page_imports(self, resource: ir.Resource) -> list[str]:
        """The runtime page types a resource module needs."""
        names: set[str] = set()
        if self.uses(resource, "list"):
            names |= {"ListObject", "AsyncListObject", "AsyncPager"}
        if self.uses(resource, "search"):
            names |= {"SearchResult", "AsyncSearchResult", "AsyncSearchPager"}
        return sorted(names)

    def uses(self, resource: ir.Resource, kind: str) -> bool:
        return any(op.response.page == kind for op in resource.operations)

    @staticmethod
    def plain_keys(model: ir.Model) -> bool:
        """Whether a TypedDict can use class syntax (every key a plain identifier)."""
        return all(
            f.wire_name.isidentifier() and f.wire_name.isascii() and not keyword.iskeyword(f.wire_name)
            and not f.wire_name.startswith("__") and f.wire_name not in IMPORTED_NAMES
            for f in model.fields
        )

    def resource_module(self, resource: ir.Resource) -> str:
        return self.names.resource_module[resource.path]
