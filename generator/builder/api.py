"""Build: a loaded OpenAPI 3.0/3.1 document -> the IR (names, types, resources, events, errors)."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from generator import ir
from generator.builder.events import Events
from generator.load import Document
from generator.problems import SpecError


def spec_hash(data: Any) -> str:
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class Builder(Events):
    """Schemas, then operations, then events and errors; raises SpecError listing every error."""

    # --- the whole document ----------------------------------------------------------------

    def __init__(self, doc: Document, dialect: str | None = None):
        super().__init__(doc)
        self.wanted_dialect = dialect

    def build(self) -> ir.Api:
        version = str(self.data.get("openapi", ""))
        if not version.startswith(("3.0", "3.1")):
            self.problem(
                "error",
                f"unsupported OpenAPI version {version!r}" if version else "not an OpenAPI 3 document: `openapi` is missing",
                "#/openapi" if version else "#",
                "this generator reads OpenAPI 3.0 and 3.1",
            )
            raise SpecError(self.problems)
        info: dict[str, Any] = self.data["info"] if isinstance(self.data.get("info"), dict) else {}
        if not info:
            self.problem("error", "`info` (with `title` and `version`) is required", "#/info")
        self.dialect = self.decide_dialect(self.wanted_dialect)
        self.security_schemes = self.build_security_schemes()
        self.register_components()
        self.build_component_models()
        resources = self.build_operations()
        events = self.build_events()
        self.mark_event_union(events)
        error_types, error_model, error_statuses = self.build_errors(resources)
        if any(p.severity == "error" for p in self.problems):
            raise SpecError(self.problems)
        servers = self.server_urls()
        for resource in resources:
            self._collect_servers(resource, servers)
        return ir.Api(
            title=str(info.get("title", "")),
            version=str(info.get("version", "")),
            spec_hash=spec_hash(self.data),
            servers=tuple(servers),
            resources=tuple(resources),
            models=tuple(self.models[k] for k in sorted(self.models)),
            params_models=tuple(self.params_models[k] for k in sorted(self.params_models)),
            events=tuple(events),
            error_types=tuple(error_types),
            error_model=error_model,
            error_statuses=error_statuses,
            description=str(info.get("description", "")),
            warnings=tuple(str(p) for p in self.problems if p.severity == "warning"),
            security_schemes=tuple(self.security_schemes.values()),
            dialect=self.dialect,
        )

    def _collect_servers(self, resource: ir.Resource, servers: list[ir.Server]) -> None:
        for op in resource.operations:
            if op.server and all(s.url != op.server for s in servers):
                servers.append(ir.Server(op.server_key, op.server))
        for child in resource.children:
            self._collect_servers(child, servers)


def build_api(doc: Document, dialect: str | None = None) -> ir.Api:
    """OpenAPI document -> IR; raises SpecError listing every error with its location.

    `dialect`: "stripe" or "openapi"; None detects it (Stripe's servers mean Stripe's dialect)."""
    return Builder(doc, dialect).build()
