"""Generate: run the pipeline (load → IR → render → format) for the pinned versions or one spec file."""

from __future__ import annotations

import json
import keyword
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator import cache, ir, progress
from generator.builder import build_api
from generator.cache import code_digest, digest, files_digest
from generator.diff import changelog_markdown
from generator.format import format_files
from generator.load import Document, load_document
from generator.naming import snake
from generator.problems import fail
from generator.targets.python.render import (
    RUNTIME,
    Renderer,
    Target,
    VersionView,
    assign_names,
    iter_resources,
)
from generator.versions import SPEC_DIR, pinned_versions, version_document, version_inputs
from generator.write import MARKER, check_package_name, marker_text

PACKAGE = "stripe_client"


def version_module(version: str) -> str:
    return "v" + version.replace("-", "_")


@dataclass
class Output:
    files: dict[str, str] = field(default_factory=dict)
    apis: dict[str, ir.Api] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def runtime_files(package_dir: str) -> dict[str, str]:
    files = {}
    for path in sorted(RUNTIME.glob("*.py")):
        text = path.read_text(encoding="utf-8")
        header = (
            f"# File copied from the generator's runtime ({path.name}) by `python -m generator generate`.\n"
            "# Do not edit: change the template and regenerate.\n"
        )
        files[f"{package_dir}/_runtime/{path.name}"] = header + text
    return files


def render_api(api: ir.Api, target: Target, package_dir: str, renderer: Renderer) -> dict[str, str]:
    """The files of one API package (client, resources, models, params, events) under package_dir."""
    names = assign_names(api)
    view = VersionView(api=api, target=target, names=names)
    ctx = dict(api=api, target=target, view=view, names=names)
    files: dict[str, str] = {}
    files[f"{package_dir}/__init__.py"] = renderer.render("version_init.py.jinja", **ctx)
    files[f"{package_dir}/_client.py"] = renderer.render("client.py.jinja", **ctx)
    files[f"{package_dir}/events.py"] = renderer.render("events.py.jinja", **ctx)
    files[f"{package_dir}/params.py"] = renderer.render("params.py.jinja", **ctx)
    files[f"{package_dir}/models/__init__.py"] = renderer.render("models_init.py.jinja", **ctx)
    files[f"{package_dir}/api.md"] = renderer.render("api.md.jinja", resources=list(iter_resources(api.resources)), **ctx)
    for model in api.models:
        module = names.model_module[model.name]
        files[f"{package_dir}/models/{module}.py"] = renderer.render("model.py.jinja", model=model, **ctx)
    # Stripe renders an event at the API version of the endpoint: the examples carry this version's.
    examples = {
        event.type: {**event.example, "api_version": api.version} if isinstance(event.example, dict) else event.example
        for event in api.events
        if event.example is not None
    }
    files[f"{package_dir}/event_examples.json"] = _one_line_each(examples)
    files[f"{package_dir}/resources/__init__.py"] = renderer.render("resources_init.py.jinja", **ctx)
    for resource in iter_resources(api.resources):
        module = names.resource_module[resource.path]
        files[f"{package_dir}/resources/{module}.py"] = renderer.render("resource.py.jinja", resource=resource, **ctx)
    return files


def _one_line_each(examples: dict[str, object]) -> str:
    """A JSON object with one line per event: readable in a diff, and not a 13,000-line file."""
    lines = [json.dumps(k, ensure_ascii=False) + ": " + json.dumps(v, sort_keys=True, ensure_ascii=False) for k, v in sorted(examples.items())]
    return "{\n" + ",\n".join(lines) + "\n}\n" if lines else "{}\n"


def build_version(version: str) -> ir.Api:
    return build_api(version_document(version))


def _target(package: str, version: str) -> Target:
    return Target(
        package=package,
        runtime=f"{PACKAGE}._runtime",
        client_name="StripeClient",
        async_client_name="AsyncStripeClient",
        api_version_header=version,
        source="spec/",  # no version or hash: a module unchanged between versions is byte-identical
    )


def _render_version(version: str) -> tuple[ir.Api, dict[str, str]]:
    """Build and render one pinned version (run in a worker process: versions are independent)."""
    api = build_version(version)
    module = version_module(version)
    return api, render_api(api, _target(f"{PACKAGE}.{module}", version), f"{PACKAGE}/{module}", Renderer())


def _render_versions(versions: list[str]) -> dict[str, tuple[ir.Api, dict[str, str]]]:
    """Each version built and rendered, two at a time when there are several (a full Stripe version
    takes a few seconds of pure Python: loading, building, rendering)."""
    if len(versions) < 2 or os.environ.get("GENERATOR_WORKERS") == "1":
        return {v: _render_version(v) for v in versions}
    workers = min(len(versions), max(1, min(2, os.cpu_count() or 1)))
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        return dict(zip(versions, pool.map(_render_version, versions)))


def generate_pinned(versions: list[str] | None = None, formatter: str = "ruff", use_cache: bool = True) -> Output:
    """The generated/ tree for the pinned versions: `versions` (default: all) and the top-level package.

    A version whose inputs (its spec files, the generator's code and templates, the formatter) are
    unchanged is taken from the cache instead of being built, rendered and formatted again.
    """
    available = pinned_versions()
    if not available:
        raise fail("no pinned versions in spec/published/")
    for version in versions or available:
        if version not in available:
            raise fail(f"{version} is not a pinned version", hint=f"pinned: {', '.join(available)}")
    wanted = versions or available
    out = Output()
    code = code_digest()
    keys = {v: digest(code, formatter, files_digest(version_inputs(v), SPEC_DIR)) for v in available}
    top_key = digest(*keys.values())
    cached: dict[str, Any] = {v: cache.get("version", keys[v]) if use_cache else None for v in wanted}
    cached_top = cache.get("package", top_key) if use_cache else None
    # the top-level package (changelog, stats) needs every version's IR
    needed = [v for v in (available if cached_top is None else wanted) if cached.get(v) is None]
    if needed:
        progress.stage(f"building and rendering {', '.join(needed)}")
    rendered = _render_versions(needed)
    out.apis = {v: api for v, (api, _) in rendered.items()}
    fresh: dict[str, dict[str, str]] = {}  # cache key -> unformatted files
    for version in wanted:
        if cached[version] is not None:
            out.files.update(cached[version]["files"])
            out.warnings += cached[version]["warnings"]
        else:
            out.warnings += [f"[{version}] {w}" for w in out.apis[version].warnings]
            fresh[keys[version]] = rendered[version][1]
    if cached_top is not None:
        out.files.update(cached_top["files"])
    else:
        fresh[top_key] = _top_package(available, out.apis)
    unformatted = {path: text for files in fresh.values() for path, text in files.items()}
    if unformatted:
        progress.stage(f"formatting {len(unformatted)} files with {formatter}")
    formatted = format_files(unformatted, formatter, use_cache)
    for key, files in fresh.items():
        result = {path: formatted[path] for path in files}
        out.files.update(result)
        if use_cache:
            version = next((v for v, k in keys.items() if k == key), "")
            warnings = [f"[{version}] {w}" for w in out.apis[version].warnings] if version else []
            cache.put("version" if version else "package", key, {"files": result, "warnings": warnings})
    out.files.update(runtime_files(PACKAGE))  # copied verbatim, not reformatted
    out.files = dict(sorted(out.files.items()))
    return out


def _top_package(available: list[str], apis: dict[str, ir.Api]) -> dict[str, str]:
    """`stripe_client/__init__.py` (the latest version), errors, README, stats and the changelog."""
    latest = apis[available[-1]]
    every = [apis[v] for v in available]
    files = package_files(PACKAGE, _target(PACKAGE, available[-1]), Renderer(), available, latest, pinned=True, apis=every)
    progress.stage("writing the changelog from the version diffs")
    files["CHANGELOG.md"] = changelog_markdown({api.version: api for api in every})
    return files


def _stats(api: ir.Api) -> dict[str, object]:
    """What produced a version's code, for review: the spec's hash and the size of the API."""
    operations = sum(len(resource.operations) for resource in iter_resources(api.resources))
    return {"spec_sha256": api.spec_hash, "operations": operations, "models": len(api.models), "events": len(api.events)}


def package_files(
    package: str,
    target: Target,
    renderer: Renderer,
    versions: list[str],
    latest: ir.Api,
    *,
    pinned: bool,
    apis: list[ir.Api] | None = None,
) -> dict[str, str]:
    files: dict[str, str] = {f"{package}/py.typed": ""}
    files[f"{package}/errors.py"] = renderer.render("errors.py.jinja", target=target)
    if pinned:
        files[f"{package}/__main__.py"] = renderer.render("package_main.py.jinja", target=target)
        modules = [version_module(v) for v in versions]
        files[f"{package}/__init__.py"] = renderer.render(
            "package_init.py.jinja",
            target=target,
            package=package,
            latest=versions[-1],
            latest_module=modules[-1],
            modules=modules,
            versions=versions,
        )
    files["pyproject.toml"] = renderer.render(
        "pyproject.toml.jinja",
        dist_name=package.replace("_", "-"),
        dist_version="0." + latest.version.replace("-", "") if pinned else "0.1.0",
        title=latest.title or package,
        package=package,
    )
    files["README.md"] = renderer.render("package_readme.md.jinja", package=package, api=latest, versions=versions)
    files["stats.json"] = json.dumps(
        {
            "generator": "python -m generator generate",
            "versions": {api.version: _stats(api) for api in (apis or [latest])},
        },
        indent=2,
    ) + "\n"
    files[MARKER] = marker_text([package])
    return files


def generate_spec(
    spec: str, package: str, formatter: str = "ruff", use_cache: bool = True, dialect: str | None = None
) -> Output:
    """A standalone package for any OpenAPI document (`dialect`: None detects Stripe's documents)."""
    if not package.isidentifier() or keyword.iskeyword(package) or package != snake(package):
        raise fail(
            f"--package {package!r} is not a valid Python package name",
            hint="use lower case letters, digits and underscores, e.g. stripe_full",
        )
    check_package_name(package)
    progress.stage(f"loading {spec}")
    doc: Document = load_document(spec)
    progress.stage("building the IR")
    api = build_api(doc, dialect)
    renderer = Renderer()
    target = Target(
        package=package,
        runtime=f"{package}._runtime",
        client_name="Client",
        async_client_name="AsyncClient",
        api_version_header=api.version if any("stripe.com" in s.url for s in api.servers) else "",
        source=Path(spec).name,
    )
    out = Output(apis={api.version: api}, warnings=list(api.warnings))
    progress.stage(f"rendering {len(api.models)} models and {sum(1 for _ in iter_resources(api.resources))} resources")
    out.files.update(render_api(api, target, package, renderer))
    out.files.update(package_files(package, target, renderer, [api.version], api, pinned=False))
    progress.stage(f"formatting {len(out.files)} files with {formatter}")
    out.files = format_files(out.files, formatter, use_cache)
    out.files.update(runtime_files(package))  # copied verbatim, not reformatted
    return out
