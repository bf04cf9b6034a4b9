"""Conformance: every operation of a document, called through its generated client (sync and async)
with arguments synthesised from the IR, each request validated with openapi-core, each answer
synthesised from the declared response and checked parsed.

    python bench/conformance.py [SPEC ...]     # default: tests/specs/* and ../shared/real-specs/*

prints `N of M operations conform` per document, and the reasons for the others.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import json
import re
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator import ir  # noqa: E402
from generator.generate import generate_spec  # noqa: E402
from generator.ir import iter_operations  # noqa: E402
from generator.write import write_tree  # noqa: E402

REAL_SPECS = ROOT.parent / "shared" / "real-specs"  # beside the project, as ../shared
CORPUS = ROOT / "tests" / "specs"


class NoValue(Exception):
    """The document allows no value here (e.g. `enum: []`)."""


# Values for a string `format`, valid for openapi-core's format checkers.
FORMAT_VALUES = {
    "uuid": "3f2c8c1e-5b7a-4d1e-9a7b-2c4e6f8a0b1c", "date-time": "2024-01-02T03:04:05Z", "date": "2024-01-02",
    "time": "03:04:05Z", "email": "a@example.com", "uri": "https://example.com/x", "url": "https://example.com/x",
    "hostname": "example.com", "ipv4": "192.0.2.1", "ipv6": "2001:db8::1", "byte": "eDE=", "int32": "1", "int64": "1",
}


@dataclass
class Values:
    """Minimal values of IR types: request arguments and response bodies. Where the document's own
    schema is known (`raw`), strings honour its `format`, `pattern` and lengths, numbers its bounds."""

    api: ir.Api
    data: dict[str, Any] = field(default_factory=dict)
    models: dict[str, ir.Model] = field(default_factory=dict)
    schemas: Any = field(init=False, default=None)  # generator.mock.schemas.Schemas of `data`

    def __post_init__(self) -> None:
        from generator.mock.schemas import Schemas  # the fake server's reading of a schema ($ref, allOf)

        self.models = {m.name: m for m in (*self.api.models, *self.api.params_models)}
        self.schemas = Schemas(self.data)

    def of(self, t: ir.TypeRef, depth: int = 0, wire: bool = True, raw: Any = None) -> Any:
        kind = t.kind
        raw = self.deref(raw)
        if kind == "literal":
            if not t.values:
                raise NoValue("an enum with no values")
            return t.values[0]
        if kind == "union":
            choices = [i for i in t.items if i.kind != "null"] or list(t.items)
            return self.of(choices[0], depth, wire, raw if len(choices) == 1 else None)
        if kind == "list":
            return [] if depth > 3 else [self.of(t.items[0], depth + 1, wire, raw.get("items"))]
        if kind == "map":
            return {}
        if kind == "model":
            model = self.models[t.name]
            if depth > 6:
                return {}
            props = self.properties(raw or self.model_schema(model))
            return {f.wire_name: self.of(f.type, depth + 1, wire, props.get(f.wire_name)) for f in model.fields if f.required}
        if kind == "str":
            return self.string(raw)
        if kind in ("int", "float"):
            low = raw.get("minimum")
            value = low if isinstance(low, (int, float)) and not isinstance(low, bool) else (1 if kind == "int" else 1.5)
            return int(value) if kind == "int" else float(value)
        return {"bool": True, "null": None, "bytes": b"x1", "any": "x1"}[kind]

    def string(self, raw: dict[str, Any]) -> str:
        pattern, fmt = raw.get("pattern"), raw.get("format")
        value = regex_example(pattern) if isinstance(pattern, str) else None
        if value is None:
            value = FORMAT_VALUES.get(fmt, "x1") if isinstance(fmt, str) else "x1"
            low, high = raw.get("minLength"), raw.get("maxLength")
            if isinstance(low, int) and len(value) < low:
                value += "x" * (low - len(value))
            if isinstance(high, int) and len(value) > high:
                value = value[:high]
        return value

    def deref(self, schema: Any) -> dict[str, Any]:
        return self.schemas.resolve(schema)

    def properties(self, schema: Any) -> dict[str, Any]:
        return self.schemas.properties(schema)

    def model_schema(self, model: ir.Model) -> Any:
        name = model.schema_name
        return {"$ref": name if name.startswith("#/") else f"#/components/schemas/{name}"}

    def param_schema(self, op: ir.Operation, param: ir.Param) -> Any:
        """The document's schema of one parameter or body field of an operation."""
        item = self.deref({"$ref": op.location.rsplit("/", 1)[0]}) if op.location else None
        operation = self.deref({"$ref": op.location}) if op.location else None
        if param.location == "body":
            body = self.deref((operation or {}).get("requestBody") if isinstance(operation, dict) else None)
            media = (body.get("content") or {}).get(op.body_content_type.split(";")[0]) or {}
            schema = media.get("schema") if isinstance(media, dict) else None
            return schema if op.body_content_type.endswith(";raw") else self.properties(schema).get(param.wire_name)
        for source in (operation, item):
            for raw in (source or {}).get("parameters") or [] if isinstance(source, dict) else []:
                found = self.deref(raw)
                if found.get("name") == param.wire_name and found.get("in") == param.location:
                    return found.get("schema")
        return None


_REGEX_EXAMPLES: dict[str, str | None] = {}


def regex_example(pattern: str) -> str | None:
    """The simplest string matching `pattern` (hypothesis's shrunk example), None if none is found."""
    if pattern not in _REGEX_EXAMPLES:
        import warnings

        from hypothesis import HealthCheck, find, settings, strategies

        quiet = settings(database=None, max_examples=200, suppress_health_check=list(HealthCheck))
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                _REGEX_EXAMPLES[pattern] = find(strategies.from_regex(pattern, fullmatch=True), lambda _: True, settings=quiet)
        except Exception:
            _REGEX_EXAMPLES[pattern] = None
    return _REGEX_EXAMPLES[pattern]


def server_url(data: dict[str, Any]) -> str:
    servers = data.get("servers") or [{"url": "/"}]
    url = str(servers[0].get("url", "/"))
    for name, var in (servers[0].get("variables") or {}).items():
        url = url.replace("{" + name + "}", str(var.get("default", "")))
    return url if "://" in url else "http://api.test" + ("" if url.startswith("/") else "/") + url.rstrip("/")


class Answering:
    """A local server that records the last request and answers with (status, content type, body)."""

    def __init__(self) -> None:
        self.answer: tuple[int, str, bytes] = (200, "application/json", b"{}")
        self.last: dict[str, Any] = {}
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def handle_one(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                outer.last = {"method": self.command, "raw": self.path, "headers": dict(self.headers.items()),
                              "body": self.rfile.read(length) if length else b""}
                status, ctype, payload = outer.answer
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_DELETE = do_PUT = do_PATCH = do_HEAD = do_OPTIONS = handle_one

        class Server(ThreadingHTTPServer):
            def handle_error(self, request: Any, client_address: Any) -> None:
                pass  # a client closing its keep-alive connection is not news

        self.httpd = Server(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@dataclass
class Report:
    spec: str
    total: int = 0
    ok: int = 0
    failures: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # how it was checked, when not as usual


_GENERATED: dict[tuple[Path, Path], tuple[ir.Api, Any, str, list[str]]] = {}


def package_for(spec: Path) -> str:
    return "conf_" + re.sub(r"[^a-z0-9]+", "_", spec.stem.lower()).strip("_")


def generate_once(spec: Path, root: Path) -> tuple[ir.Api, Any, str, list[str]]:
    """(IR, imported package, package name, warnings), generated into `root` once per process."""
    if (spec, root) not in _GENERATED:
        name = package_for(spec)
        output = generate_spec(str(spec), name)
        write_tree(root / name, {p[len(name) + 1 :]: t for p, t in output.files.items() if p.startswith(name + "/")})
        (api,) = output.apis.values()
        if str(root) not in sys.path:
            sys.path.insert(0, str(root))
        _GENERATED[(spec, root)] = (api, importlib.import_module(name), name, output.warnings)
    return _GENERATED[(spec, root)]


def generate(spec: Path, root: Path) -> tuple[ir.Api, Any, str]:
    api, pkg, name, _ = generate_once(spec, root)
    return api, pkg, name


def arguments(values: Values, op: ir.Operation) -> tuple[list[Any], dict[str, Any]]:
    def value(p: ir.Param) -> Any:
        return values.of(p.type, raw=values.param_schema(op, p))

    positional = [value(p) for p in op.params if p.location == "path"]
    keywords = {p.name: value(p) for p in op.params if p.location != "path" and p.required and not p.has_default}
    return positional, keywords


def answer_for(values: Values, op: ir.Operation, status: int, t: ir.TypeRef | None) -> tuple[int, str, bytes]:
    if t is None:
        return status, "application/json", b""
    if op.response.content_type and "json" not in op.response.content_type:
        return status, op.response.content_type, b"x1"
    body = values.of(t)
    if op.response.page:
        body = {"object": "list", "data": body, "has_more": False, "url": op.path}
    return status, "application/json", json.dumps(body).encode()


def path_args(op: ir.Operation, path: str) -> tuple[str | None, dict[str, str] | None]:
    """For a path key with a `#fragment` or `?query` (which no URL matches): the key as openapi-core's
    path pattern, and the path parameters read from the request's path."""
    if op.path == op.path_template and not op.fixed_query:
        return None, None
    names = re.findall(r"\{([^{}]+)\}", op.path_template)
    found = re.search(re.sub(r"\\\{[^{}]+\\\}", "([^/]+)", re.escape(op.path_template)) + "$", path)
    return op.path, {k: unquote(v) for k, v in zip(names, found.groups())} if found else {}


def validate(openapi: Any, base: str, request: dict[str, Any], op: ir.Operation | None = None) -> str:
    from openapi_core.testing import MockRequest

    split = urlsplit(request["raw"])
    prefix = urlsplit(base).path.rstrip("/")
    args = {k: v if len(v) > 1 else v[0] for k, v in parse_qs(split.query).items()}
    headers = {k.lower(): v for k, v in request["headers"].items()}
    cookies = dict(part.strip().split("=", 1) for part in headers.get("cookie", "").split(";") if "=" in part)
    host = base[: len(base) - len(urlsplit(base).path)] if urlsplit(base).path else base
    pattern, view_args = path_args(op, split.path) if op else (None, None)
    mock = MockRequest(host, request["method"].lower(), split.path if split.path.startswith(prefix) else prefix + split.path,
                       path_pattern=prefix + pattern if pattern else None, view_args=view_args,
                       args=args, headers=headers, cookies={k: unquote(v) for k, v in cookies.items()},
                       data=request["body"] or None, content_type=headers.get("content-type", "application/json"))
    try:
        openapi.validate_request(mock)
    except Exception as exc:  # openapi-core's errors carry their reasons in __cause__ / schema_errors
        detail = getattr(exc, "schema_errors", None) or exc.__cause__ or ""
        return f"request does not validate: {type(exc).__name__} {str(detail)[:160]}"
    return ""


def call(client: Any, resource: ir.Resource, op: ir.Operation, args: tuple[list[Any], dict[str, Any]]) -> Any:
    target = client
    for name in resource.path:
        target = getattr(target, name)
    result = getattr(target, op.name)(*args[0], **args[1])
    return asyncio.run(_await(result)) if inspect.isawaitable(result) else result


async def _await(value: Any) -> Any:
    return await value


def check_operation(ctx: dict[str, Any], resource: ir.Resource, op: ir.Operation) -> str:
    """"" when the operation conforms, sync and async; else the first reason it does not."""
    values, server, pkg = ctx["values"], ctx["server"], ctx["pkg"]
    try:
        args = arguments(values, op)
        statuses = [(int(op.response.status) if op.response.status.isdigit() else 200, op.response.type),
                    *op.other_statuses]
        answers = [answer_for(values, op, s, t) for s, t in statuses]
    except NoValue as exc:
        return f"no valid value in the document ({exc}) at {op.location}"
    for is_async in (False, True):
        cls = pkg.AsyncClient if is_async else pkg.Client
        for answer in answers:
            # an async client's pool belongs to one event loop: one client per asyncio.run
            client = cls(base_url=server.url, max_retries=0, **ctx["credentials"], **own_servers(pkg, server.url))
            server.answer = answer
            try:
                result = call(client, resource, op, args)
            except Exception as exc:
                return f"{'async' if is_async else 'sync'} call failed: {type(exc).__name__}: {str(exc)[:160]}"
            if answer[2] == b"" and result is not None:
                return f"HTTP {answer[0]} without a body returned {type(result).__name__}, not None"
            # an operation with a server of its own is validated against that server's URL
            reason = validate(ctx["openapi"], op.server or ctx["base"], server.last, op) if ctx["openapi"] else ""
            if reason:
                return reason
    return ""


def own_servers(pkg: Any, url: str) -> dict[str, Any]:
    """The operations with servers of their own are sent to the test server too."""
    keys = [key for key in getattr(pkg._client, "SERVERS", {}) if key != "api"]
    return {"servers": {key: url for key in keys}} if keys else {}


def credentials(api: ir.Api) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for scheme in api.security_schemes:
        for arg in scheme.args:
            found[arg] = "secret1"
    return found


def openapi_for(data: dict[str, Any], report: Report) -> Any:
    """openapi-core's reading of the document; one its meta-schema check refuses (an `enum: []`, a
    `$ref` inside an example, a non-standard `content: {$ref}`) is read without that check."""
    from openapi_core import Config, OpenAPI

    # openapi-core decodes only application/json as JSON; `application/scim+json` is JSON too
    suffixed = set(re.findall(r'"([a-z]+/[a-z0-9.+-]+\+json)"', json.dumps(data)))
    extra = {media: json.loads for media in suffixed}
    try:
        return OpenAPI.from_dict(data, config=Config(extra_media_type_deserializers=extra))
    except Exception as exc:
        reason = f"{type(exc).__name__}: {str(exc).splitlines()[0][:120]}"
    try:
        openapi = OpenAPI.from_dict(data, config=Config(spec_validator_cls=None, extra_media_type_deserializers=extra))
    except Exception as exc:
        report.notes.append(f"openapi-core cannot read the document ({type(exc).__name__}); requests not validated")
        return None
    report.notes.append(f"openapi-core refuses the document ({reason}); requests validated without its meta-schema check")
    return openapi


def conform(spec: Path, root: Path, limit: int | None = None) -> Report:
    real = REAL_SPECS in spec.parents
    report = Report(next(p.name for p in spec.parents if p.parent == REAL_SPECS) if real else spec.stem)
    try:
        api, pkg, _ = generate(spec, root)
    except Exception as exc:
        errors = [str(p) for p in getattr(exc, "problems", ()) if p.severity == "error"] or [str(exc)]
        report.failures.append(f"does not generate: {'; '.join(errors)[:300]}")
        return report
    data = importlib.import_module("generator.load").load_document(str(spec)).data
    openapi = openapi_for(data, report)
    server = Answering()
    ctx = {"values": Values(api, data), "server": server, "pkg": pkg, "openapi": openapi, "base": server_url(data),
           "credentials": credentials(api)}
    try:
        ops = [(r, o) for r, o in iter_operations(api.resources) if o.kind != "url"]
        for resource, op in ops[:limit] if limit else ops:
            report.total += 1
            reason = check_operation(ctx, resource, op)
            if reason:
                report.failures.append(f"{op.qualified_name}: {reason}")
            else:
                report.ok += 1
    finally:
        server.close()
    return report


def documents() -> list[Path]:
    specs = sorted(p for p in CORPUS.iterdir() if p.suffix in (".yaml", ".yml", ".json"))
    if REAL_SPECS.is_dir():
        for folder in sorted(p for p in REAL_SPECS.iterdir() if p.is_dir()):
            found = sorted(f for f in folder.iterdir() if f.suffix in (".yaml", ".yml", ".json"))
            specs += found[:1] or [folder / "specification" / "DigitalOcean-public.v2.yaml"]
    return specs


def main(argv: list[str]) -> int:
    specs = [Path(a) for a in argv] or documents()
    with tempfile.TemporaryDirectory() as tmp:
        for spec in specs:
            report = conform(spec, Path(tmp))
            print(f"{report.spec}: {report.ok} of {report.total} operations conform")
            for note in report.notes:
                print(f"    note: {note}")
            for reason in report.failures[:8]:
                print(f"    {reason}")
            if len(report.failures) > 8:
                print(f"    ... and {len(report.failures) - 8} more")
            sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
