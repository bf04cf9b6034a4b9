"""The builder's shared state: the document, the models built so far, and located problems."""

from __future__ import annotations

from typing import Iterable

from generator import ir
from generator.load import Document
from generator.naming import RESERVED_CLASS_NAMES
from generator.problems import Problem

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


class BuilderState:
    """One pass over the document; every problem is collected with its location."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.data = doc.data
        self.problems: list[Problem] = list(doc.problems)  # what loading tolerated
        self.models: dict[str, ir.Model] = {}  # class name -> model
        self.params_models: dict[str, ir.Model] = {}
        # seeded with the names generated modules import, so that no class shadows one of them
        self.class_names: set[str] = set(RESERVED_CLASS_NAMES)
        # one namespace for models and params TypedDicts: a resource module imports both kinds
        self.params_names: set[str] = self.class_names
        # component schema pointer -> class name (assigned before fields are built, for cycles)
        self.component_class: dict[str, str] = {}
        self.component_params_class: dict[str, str] = {}
        self.alias_types: dict[str, ir.TypeRef] = {}
        self.resolving_aliases: set[str] = set()
        self.openapi_31 = str(self.data.get("openapi", "")).startswith("3.1")
        self.dialect: ir.Dialect = "openapi"  # decided first by the builder (build/security.py)
        self.security_schemes: dict[str, ir.SecurityScheme] = {}

    def problem(self, severity: str, message: str, at: str, hint: str = "") -> None:
        file, line, inner = self.doc.locate(at)
        found = Problem(severity, message, file, inner, line, hint)  # type: ignore[arg-type]
        if found not in self.problems:  # a schema reached twice is reported once
            self.problems.append(found)


def iter_resource_operations(resource: ir.Resource) -> Iterable[ir.Operation]:
    return (operation for _, operation in ir.iter_operations([resource]))
