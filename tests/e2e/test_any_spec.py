"""Any sane OpenAPI 3.0/3.1 document: the corpus in tests/specs/ (one small spec per feature).

For each spec: generate a standalone package (in process), import it in a subprocess, run
`mypy --strict` on all the corpus packages at once, compare the document's (method, path) pairs
with the IR's operations (nothing dropped silently), and make real calls, sync and async, against
`MockServer(doc)` or, for what the fake Stripe cannot serve (non-JSON bodies, a literal `?` in a
path, a server URL with a path prefix), a tiny stdlib server with canned answers; each call checks
the parsed result's type and the request on the wire.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import json
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from generator.builder import HTTP_METHODS
from generator.generate import Output, generate_spec
from generator.load import load_document
from generator.mock import MockServer
from generator.ir import iter_operations
from generator.write import write_tree

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from .conftest import suite_param  # noqa: E402
import conformance  # noqa: E402  (bench/conformance.py generates the real documents once per session)

SPECS = Path(__file__).resolve().parents[1] / "specs"
SPEC_FILES = sorted(p for p in SPECS.iterdir() if p.suffix in (".yaml", ".yml", ".json"))
# Warnings a spec is expected to produce (substring): anything else fails the test.
EXPECTED_WARNINGS = {
    "empty_enum": ["an empty enum accepts no value; typed by its `type` instead"],
    "query_in_path": ["GET /v1/things?mode=fast would also be `things.retrieve`"],
    "params_names": ["the request-side TypedDict of this schema would be `WidgetParams`"],
}


def package_name(spec: Path) -> str:
    return "spec_" + spec.stem


@dataclass
class Corpus:
    root: Path
    outputs: dict[str, Output] = field(default_factory=dict)
    packages: dict[str, ModuleType] = field(default_factory=dict)

    def package(self, stem: str) -> ModuleType:
        import importlib

        name = "spec_" + stem
        if name not in self.packages:
            self.packages[name] = importlib.import_module(name)
        return self.packages[name]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Corpus]:
    root = tmp_path_factory.mktemp("corpus")
    result = Corpus(root)
    for spec in SPEC_FILES:
        name = package_name(spec)
        output = generate_spec(str(spec), name)
        write_tree(root / name, {p[len(name) + 1 :]: t for p, t in output.files.items() if p.startswith(name + "/")})
        result.outputs[spec.stem] = output
    sys.path.insert(0, str(root))
    try:
        yield result
    finally:
        sys.path.remove(str(root))
        for module in [m for m in sys.modules if m.startswith("spec_")]:
            del sys.modules[module]


def raw_operations(spec: Path) -> set[tuple[str, str]]:
    data = load_document(str(spec)).data
    return {(m, p) for p, item in (data.get("paths") or {}).items() for m in HTTP_METHODS if m in item}


# --- generation: nothing dropped, warnings only where expected -------------------------------------


@pytest.mark.parametrize("spec", SPEC_FILES, ids=lambda p: p.stem)
def test_every_operation_becomes_a_method(corpus: Corpus, spec: Path) -> None:
    output = corpus.outputs[spec.stem]
    (api,) = output.apis.values()
    ops = {(op.http_method, op.path) for _, op in iter_operations(api.resources)}
    assert ops == raw_operations(spec)
    expected = EXPECTED_WARNINGS.get(spec.stem, [])
    assert len(output.warnings) == len(expected), output.warnings
    for text, warning in zip(expected, sorted(output.warnings)):
        assert text in warning and f"{spec.name}:" in warning  # with its location


def test_packages_import_in_a_subprocess(corpus: Corpus) -> None:
    names = [package_name(s) for s in SPEC_FILES]
    code = (
        "import importlib, pkgutil, sys\n"
        f"for name in {names!r}:\n"
        "    pkg = importlib.import_module(name)\n"
        "    for info in pkgutil.walk_packages(pkg.__path__, name + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "    for model in pkg.models.__all__:\n"
        "        getattr(pkg.models, model).model_rebuild(force=True)\n"
        "    pkg.Client(base_url='http://x'); pkg.AsyncClient(base_url='http://x')\n"
        "print('ok')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=corpus.root, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr[-3000:]


def test_packages_pass_mypy_strict(corpus: Corpus) -> None:
    args = [arg for s in SPEC_FILES for arg in ("-p", package_name(s))]
    env = {**os.environ, "MYPYPATH": str(corpus.root)}
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *args],
        cwd=corpus.root, env=env, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stdout[-5000:] + done.stderr[-2000:]


def test_fail_on_warning_exits_1(tmp_path: Path) -> None:
    spec = SPECS / "empty_enum.yaml"
    base = [sys.executable, "-m", "generator", "generate", "--spec", str(spec), "--package", "spec_empty_enum"]
    failed = subprocess.run([*base, "--out", str(tmp_path / "a"), "--fail-on-warning"], capture_output=True, text=True)
    assert failed.returncode == 1
    assert "empty_enum.yaml:" in failed.stderr and "empty enum" in failed.stderr
    assert not (tmp_path / "a" / "spec_empty_enum").exists()
    passed = subprocess.run([*base, "--out", str(tmp_path / "b")], capture_output=True, text=True)
    assert passed.returncode == 0, passed.stderr
    assert "empty enum" in passed.stderr + passed.stdout
    assert (tmp_path / "b" / "spec_empty_enum" / "_client.py").is_file()


# --- names -----------------------------------------------------------------------------------------


def test_shared_titles_take_names_from_component_keys(corpus: Corpus) -> None:
    (api,) = corpus.outputs["shared_titles"].apis.values()
    assert sorted(m.name for m in api.models) == ["BillingAddress", "ShippingAddress"]


def test_enum_values_differing_only_in_case_are_kept(corpus: Corpus) -> None:
    resource = importlib.import_module("spec_enum_case.resources.accounts")
    annotation = inspect.signature(resource.AccountsResource.create).parameters["state"].annotation
    assert annotation == "Literal['Active', 'active', 'ACTIVE', 'in-active', '1st'] | None"


def test_webhooks_without_paths(corpus: Corpus) -> None:
    pkg = corpus.package("webhooks_only")
    events = importlib.import_module("spec_webhooks_only.events")
    event = events.parse_event(
        {"id": "evt_1", "type": "order.created", "data": {"object": {"id": "ord_1", "total": 5}}}
    )
    assert type(event).__name__ == "OrderEvent" and event.data.object.total == 5
    assert isinstance(event.data.object, pkg.models.Order)


# --- calls -----------------------------------------------------------------------------------------


async def run(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


def both(client_factory: Callable[[bool], Any], scenario: Callable[[Any], Any]) -> None:
    """Run a scenario with the sync client, then with the async one."""
    for is_async in (False, True):
        client = client_factory(is_async)
        asyncio.run(scenario(client))


def mock_client(pkg: ModuleType, server: Any, prefix: str = "") -> Callable[[bool], Any]:
    def make(is_async: bool) -> Any:
        cls = pkg.AsyncClient if is_async else pkg.Client
        # the fake Stripe wants a key on every request; these documents declare no security
        return cls(base_url=server.url + prefix, max_retries=0, default_headers={"Authorization": "Bearer sk_test_x"})

    return make


def spec_doc(stem: str) -> dict[str, Any]:
    path = next(p for p in SPEC_FILES if p.stem == stem)
    return load_document(str(path)).data


class Canned:
    """A tiny stdlib server: answers (method, path) with canned bytes and records every request."""

    def __init__(self, answers: dict[tuple[str, str], tuple[int, str, bytes]]):
        self.answers = answers
        self.requests: list[dict[str, Any]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def handle_one(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                split = urlsplit(self.path)
                outer.requests.append(
                    {"method": self.command, "raw": self.path, "path": split.path, "query": parse_qs(split.query),
                     "headers": {k.lower(): v for k, v in self.headers.items()}, "body": body}
                )
                status, ctype, payload = outer.answers.get((self.command, split.path), (404, "application/json", b"{}"))
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_DELETE = do_PUT = do_PATCH = handle_one

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def __enter__(self) -> "Canned":
        threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def test_call_composition(corpus: Corpus) -> None:
    pkg = corpus.package("composition")
    with MockServer(spec_doc("composition")) as server:

        async def scenario(client: Any) -> None:
            dog = await run(client.pets.create(name="Rex", bark="loud", owner={"email": "a@b.c"}))
            assert isinstance(dog, pkg.models.Dog)
            assert dog.id.startswith("pet_") and (dog.name, dog.bark, dog.tag) == ("Rex", "loud", None)  # allOf: Pet's fields too
            sent = server.requests[-1]
            assert (sent.method, sent.path) == ("POST", "/pets")
            assert sent.headers["Content-Type"] == "application/json"
            assert json.loads(sent.body) == {"name": "Rex", "bark": "loud", "owner": {"email": "a@b.c"}}
            found = await run(client.pets.lookup())
            assert isinstance(found, pkg.models.Dog) and found.name == "Fido"

        both(mock_client(pkg, server), scenario)


def test_call_discriminator_picks_the_mapped_model(corpus: Corpus) -> None:
    pkg = corpus.package("discriminator")
    with MockServer(spec_doc("discriminator")) as server:

        async def scenario(client: Any) -> None:
            shape = await run(client.shapes.retrieve())
            # {"kind": "square"} would also validate as a Circle: only the discriminator decides
            assert type(shape) is pkg.models.Square and shape.kind == "square"

        both(mock_client(pkg, server), scenario)


def test_call_nullable_and_type_arrays(corpus: Corpus) -> None:
    for stem in ("nullable_30", "type_arrays_31"):
        pkg = corpus.package(stem)
        with MockServer(spec_doc(stem)) as server:

            async def scenario(client: Any) -> None:
                if stem == "nullable_30":
                    profile = await run(client.profile.retrieve())
                    assert isinstance(profile, pkg.models.Profile)
                    assert (profile.name, profile.nickname, profile.age, profile.address) == ("Ann", None, None, None)
                    assert pkg.models.Profile.model_validate({"name": "A", "nickname": None, "address": {"city": "X"}}).address.city == "X"
                else:
                    item = await run(client.items.retrieve())
                    assert isinstance(item, pkg.models.Item)
                    assert (item.object, item.label, item.count, item.score, item.tags) == ("item", None, 3, "high", None)
                assert (server.requests[-1].method, server.requests[-1].path) == ("GET", "/profile" if stem == "nullable_30" else "/items")

            both(mock_client(pkg, server), scenario)


def test_call_recursive(corpus: Corpus) -> None:
    pkg = corpus.package("recursive")
    with MockServer(spec_doc("recursive")) as server:

        async def scenario(client: Any) -> None:
            tree = await run(client.tree.retrieve())
            assert isinstance(tree, pkg.models.TreeNode) and isinstance(tree.children[0], pkg.models.TreeNode)
            assert tree.children[1].parent.value == 1
            me = await run(client.people.me.retrieve())
            assert isinstance(me.employer, pkg.models.Company) and isinstance(me.employer.staff[0], pkg.models.Person)

        both(mock_client(pkg, server), scenario)


def test_call_shared_titles_and_enums(corpus: Corpus) -> None:
    for stem in ("shared_titles", "enum_case", "empty_enum", "formats", "maps", "defaults", "deprecated"):
        pkg = corpus.package(stem)
        with MockServer(spec_doc(stem)) as server:

            async def scenario(client: Any) -> None:
                if stem == "shared_titles":
                    assert isinstance(await run(client.billing.address.retrieve()), pkg.models.BillingAddress)
                    assert (await run(client.shipping.address.retrieve())).carrier == "ups"
                elif stem == "enum_case":
                    account = await run(client.accounts.create(state="active"))
                    assert isinstance(account, pkg.models.Account) and account.state == "active"  # the fake echoes it
                    assert json.loads(server.requests[-1].body) == {"state": "active"}
                elif stem == "empty_enum":
                    assert (await run(client.flags.retrieve())).mode == "anything"
                elif stem == "formats":
                    m = await run(client.measure.retrieve(since="2024-01-01T00:00:00Z", ratio=0.5))
                    assert isinstance(m, pkg.models.Measure)
                    assert (m.i32, m.i64, m.f, m.d, m.n) == (1, 9007199254740993, 1.5, 2.25, 4)
                    assert isinstance(m.i64, int) and isinstance(m.n, float)
                    assert server.requests[-1].query == "since=2024-01-01T00%3A00%3A00Z&ratio=0.5"
                elif stem == "maps":
                    inv = await run(client.inventory.put(counts={"apples": 3}))
                    assert isinstance(inv, pkg.models.Inventory) and inv.counts == {"apples": 3}
                    assert isinstance(inv.labels["a"], pkg.models.Label)
                    sent = server.requests[-1]
                    assert sent.method == "PUT" and json.loads(sent.body) == {"counts": {"apples": 3}}
                elif stem == "defaults":
                    settings = await run(client.settings.retrieve(page=2))
                    assert (settings.theme, settings.size, settings.enabled) == ("light", 10, True)
                    assert server.requests[-1].query == "page=2"
                else:
                    old = await run(client.old.retrieve(legacy="x"))
                    assert old.value == "x"
                    resource = importlib.import_module("spec_deprecated.resources.old")
                    assert (resource.OldResource.retrieve.__doc__ or "").startswith("Deprecated.")

            both(mock_client(pkg, server), scenario)


def test_call_bodies(corpus: Corpus) -> None:
    pkg = corpus.package("bodies")
    with MockServer(spec_doc("bodies")) as server:

        async def scenario(client: Any) -> None:
            result = await run(client.json.create(name="n", tags=["a", "b"], meta={"source": "s"}))
            assert isinstance(result, pkg.models.Result) and result.ok is True
            sent = server.requests[-1]
            assert sent.headers["Content-Type"] == "application/json"
            assert json.loads(sent.body) == {"name": "n", "tags": ["a", "b"], "meta": {"source": "s"}}

            await run(client.form.create(email="a@b.c", quantity=2))
            sent = server.requests[-1]
            assert sent.headers["Content-Type"] == "application/x-www-form-urlencoded"
            assert sent.body == b"email=a%40b.c&quantity=2"

            await run(client.upload.create(file=b"%PDF-1.4 data", purpose="dispute"))
            sent = server.requests[-1]
            assert sent.headers["Content-Type"].startswith("multipart/form-data; boundary=")
            assert b'name="file"; filename="upload"' in sent.body and b"%PDF-1.4 data" in sent.body
            assert b'name="purpose"' in sent.body and b"dispute" in sent.body

        both(mock_client(pkg, server), scenario)
    # the fake Stripe accepts only JSON objects as bodies: a JSON array body goes to a canned server
    ok = (200, "application/json", b'{"ok": true}')
    deleted = (204, "application/json", b"")
    with Canned({("POST", "/batch"): ok, ("PATCH", "/batch"): ok, ("DELETE", "/batch/items"): deleted}) as canned:

        async def batch(client: Any) -> None:
            assert (await run(client.batch.create(body=[1, 2, 3]))).ok is True
            sent = canned.requests[-1]
            assert (sent["path"], sent["headers"]["content-type"], json.loads(sent["body"])) == ("/batch", "application/json", [1, 2, 3])
            await run(client.batch.patch())  # an optional array body left out is not sent (not as `{}`)
            assert canned.requests[-1]["body"] == b"" and "content-type" not in canned.requests[-1]["headers"]
            await run(client.batch.patch(body=[]))
            assert json.loads(canned.requests[-1]["body"]) == []
            await run(client.batch.items.delete(ids=[1, 2]))  # a DELETE sends the body its document declares
            sent = canned.requests[-1]
            assert (sent["raw"], sent["headers"]["content-type"], json.loads(sent["body"])) == (
                "/batch/items", "application/json", {"ids": [1, 2]}
            )

        both(mock_client(pkg, canned), batch)


def test_call_read_write_only(corpus: Corpus) -> None:
    pkg = corpus.package("read_write_only")
    resource = importlib.import_module("spec_read_write_only.resources.users")
    names = set(inspect.signature(resource.UsersResource.create).parameters)
    assert "id" not in names and {"name", "password"} <= names  # readOnly: not a parameter
    # the fake Stripe would require the readOnly `id` in the request: a canned server instead
    with Canned({("POST", "/users"): (201, "application/json", b'{"id": "u1", "name": "Ann"}')}) as server:

        async def scenario(client: Any) -> None:
            user = await run(client.users.create(name="Ann", password="secret"))
            assert isinstance(user, pkg.models.User) and user.id == "u1" and user.password is None  # writeOnly
            assert json.loads(server.requests[-1]["body"]) == {"name": "Ann", "password": "secret"}

        both(mock_client(pkg, server), scenario)


def test_call_operation_ids_with_slashes(corpus: Corpus) -> None:
    pkg = corpus.package("operation_ids")
    answers = {
        ("GET", "/v1/widgets"): (200, "application/json", b'[{"id": "w1"}]'),  # the fake serves no bare arrays
        ("POST", "/v1/widgets"): (200, "application/json", b'{"id": "w2"}'),
    }
    with Canned(answers) as server:

        async def scenario(client: Any) -> None:
            widgets = await run(client.widgets.list())
            assert isinstance(widgets, list) and isinstance(widgets[0], pkg.models.Widget)
            created = await run(client.widgets.create(id="w2"))
            assert isinstance(created, pkg.models.Widget) and created.id == "w2"
            assert (server.requests[-1]["method"], server.requests[-1]["raw"]) == ("POST", "/v1/widgets")

        both(mock_client(pkg, server), scenario)


def test_call_non_json_responses(corpus: Corpus) -> None:
    pkg = corpus.package("non_json")
    pdf = b"%PDF-1.4\n\x00\xff binary"
    answers = {
        ("GET", "/report.txt"): (200, "text/plain; charset=utf-8", "héllo\n".encode()),
        ("GET", "/invoice.pdf"): (200, "application/pdf", pdf),
        ("DELETE", "/ping"): (204, "text/plain", b""),
    }
    with Canned(answers) as server:

        async def scenario(client: Any) -> None:
            text = await run(client.report_txt.retrieve())
            assert isinstance(text, str) and text == "héllo\n"
            body = await run(client.invoice_pdf.retrieve())
            assert isinstance(body, bytes) and body == pdf
            assert await run(client.ping.delete()) is None
            assert [(r["method"], r["raw"]) for r in server.requests[-3:]] == [
                ("GET", "/report.txt"), ("GET", "/invoice.pdf"), ("DELETE", "/ping")
            ]
            assert "stripe-version" not in server.requests[-1]["headers"]  # not a Stripe API

        both(mock_client(pkg, server), scenario)


def test_raw_request_bodies_are_sent_as_they_are(corpus: Corpus, tmp_path: Path) -> None:
    """An octet-stream or text/plain body: bytes, text (as UTF-8) or a binary file, under the
    document's media type; a file is read once, so a retry would resend the same bytes."""
    pkg = corpus.package("non_json")
    pdf = b"%PDF-1.4\n\x00\xff binary"
    upload = tmp_path / "scan.pdf"
    upload.write_bytes(pdf)
    answers = {("PUT", "/files/scan.pdf"): (204, "text/plain", b""), ("POST", "/notes"): (204, "text/plain", b"")}
    with Canned(answers) as server:

        async def scenario(client: Any) -> None:
            assert await run(client.files.update("scan.pdf", body=pdf)) is None
            with upload.open("rb") as stream:
                await run(client.files.update("scan.pdf", body=stream))
            await run(client.notes.create(body="héllo"))
            sent = [(r["method"], r["path"], r["headers"]["content-type"], r["body"]) for r in server.requests[-3:]]
            assert sent == [
                ("PUT", "/files/scan.pdf", "application/octet-stream", pdf),
                ("PUT", "/files/scan.pdf", "application/octet-stream", pdf),
                ("POST", "/notes", "text/plain", "héllo".encode()),
            ]

        both(mock_client(pkg, server), scenario)


def test_server_variables_take_their_defaults_and_servers_replace_them(corpus: Corpus) -> None:
    pkg = corpus.package("server_variables")
    assert pkg._client.SERVERS == {"api": "https://acme.api.example.com/v2", "region": "https://eu.files.example.com"}
    answers = {("GET", "/v2/things"): (200, "application/json", b'[{"id": "t1"}]'),
               ("POST", "/uploads"): (201, "application/json", b'{"id": "u1"}')}
    with Canned(answers) as server:

        async def scenario(client: Any) -> None:
            assert [t.id for t in await run(client.things.list())] == ["t1"]
            assert (await run(client.uploads.create())).id == "u1"
            assert [r["path"] for r in server.requests[-2:]] == ["/v2/things", "/uploads"]

        for is_async in (False, True):
            cls = pkg.AsyncClient if is_async else pkg.Client
            client = cls(base_url=server.url + "/v2", servers={"region": server.url}, max_retries=0)
            asyncio.run(scenario(client))


def test_a_server_variable_without_a_default_is_a_warning_and_a_clear_error(tmp_path: Path) -> None:
    spec = tmp_path / "api.yaml"
    spec.write_text(
        "openapi: 3.0.3\ninfo: {title: T, version: '1'}\nservers:\n  - url: https://{domain}\n"
        "    variables:\n      domain: {enum: [a.example.com]}\npaths:\n  /ping:\n    get:\n"
        "      operationId: ping\n      responses:\n        '204': {description: ok}\n"
    )
    output = generate_spec(str(spec), "nodefault_api")
    assert any("#/servers/0/variables/domain" in w and "no default" in w for w in output.warnings), output.warnings
    name = "nodefault_api"
    write_tree(tmp_path / "out" / name, {p[len(name) + 1 :]: t for p, t in output.files.items() if p.startswith(name + "/")})
    sys.path.insert(0, str(tmp_path / "out"))
    try:
        import nodefault_api

        with pytest.raises(ValueError, match=r"variable the API's description gives no default: pass base_url="):
            nodefault_api.Client().ping.retrieve()
    finally:
        sys.path.remove(str(tmp_path / "out"))
        for module in [m for m in sys.modules if m.startswith("nodefault_api")]:
            del sys.modules[module]


def test_call_path_with_a_query_string(corpus: Corpus) -> None:
    pkg = corpus.package("query_in_path")
    answers = {("GET", "/v1/things"): (200, "application/json", b'{"mode": "fast"}')}
    with Canned(answers) as server:

        async def scenario(client: Any) -> None:
            plain = await run(client.things.retrieve(limit=3))
            assert isinstance(plain, pkg.models.ThingsRetrieveResponse)
            assert server.requests[-1]["raw"] == "/v1/things?limit=3"
            fast = await run(client.things.retrieve_things_mode_fast(limit=3))
            assert fast.mode == "fast"
            assert server.requests[-1]["query"] == {"mode": ["fast"], "limit": ["3"]}
            assert server.requests[-1]["raw"] in ("/v1/things?mode=fast&limit=3",)

        both(mock_client(pkg, server), scenario)


def test_call_petstore_with_a_server_prefix(corpus: Corpus) -> None:
    pkg = corpus.package("petstore")
    assert pkg._client.SERVERS["api"] == "https://api.example.com/v2"
    client = pkg.Client()
    assert client.base_url == "https://api.example.com/v2"
    assert client.build_url("/pets") == "https://api.example.com/v2/pets"
    answers = {
        ("GET", "/v2/pets"): (200, "application/json", b'[{"id": 1, "name": "Rex"}]'),
        ("POST", "/v2/pets"): (201, "application/json", b'{"id": 2, "name": "Tom"}'),
        ("GET", "/v2/pets/7"): (200, "application/json", b'{"id": 7, "name": "Rex"}'),
        ("DELETE", "/v2/pets/7"): (204, "application/json", b""),
    }
    with Canned(answers) as server:

        async def scenario(client: Any) -> None:
            pets = await run(client.pets.list(x_request_trace="t-1", tags=["a", "b"], limit=5))
            assert isinstance(pets, list) and isinstance(pets[0], pkg.models.Pet)
            sent = server.requests[-1]
            assert sent["path"] == "/v2/pets" and sent["headers"]["x-request-trace"] == "t-1"
            assert sent["query"]["limit"] == ["5"]
            created = await run(client.pets.create(name="Tom"))
            assert isinstance(created, pkg.models.Pet) and created.id == 2
            assert json.loads(server.requests[-1]["body"]) == {"name": "Tom"}
            pet = await run(client.pets.retrieve(7))  # a path-level parameter, int64
            assert pet.id == 7 and server.requests[-1]["raw"] == "/v2/pets/7"
            assert await run(client.pets.delete(7)) is None
            assert (server.requests[-1]["method"], server.requests[-1]["raw"]) == ("DELETE", "/v2/pets/7")

        both(mock_client(pkg, server, prefix="/v2"), scenario)
    (api,) = corpus.outputs["petstore"].apis.values()
    assert [op.deprecated for _, op in iter_operations(api.resources) if op.http_method == "delete"] == [True]


def test_query_array_form_explode(corpus: Corpus) -> None:
    pkg = corpus.package("petstore")
    with Canned({("GET", "/v2/pets"): (200, "application/json", b"[]")}) as server:
        pkg.Client(base_url=server.url + "/v2").pets.list(x_request_trace="t", tags=["a", "b"])
        assert server.requests[-1]["query"] == {"tags": ["a", "b"]}


def test_call_path_templates(corpus: Corpus) -> None:
    pkg = corpus.package("path_templates")
    answers = {
        ("GET", "/Accounts/AC1/Calls/CA%202.json"): (200, "application/json", b'{"sid": "CA 2"}'),
        ("GET", "/files/f1/thumbnail.png"): (200, "image/png", b"\x89PNG"),
        ("PUT", "/files/f1"): (200, "application/json", b'{"id": "f1", "shared_link": "https://x"}'),
        ("GET", "/responses/r1"): (200, "application/json", b'{"id": "r1"}'),
    }
    with Canned(answers) as server:

        async def scenario(client: Any) -> None:
            call = await run(client.accounts.calls.retrieve("AC1", "CA 2"))  # a suffix after the parameter
            assert isinstance(call, pkg.models.Call) and call.sid == "CA 2"
            assert server.requests[-1]["raw"] == "/Accounts/AC1/Calls/CA%202.json"
            assert await run(client.files.thumbnail.retrieve("f1", "png")) == b"\x89PNG"  # a literal prefix
            linked = await run(client.files.get_shared_link("f1", fields="shared_link"))  # the fragment names it
            assert linked.shared_link == "https://x"
            assert server.requests[-1]["raw"] == "/files/f1?fields=shared_link"  # the fragment is never sent
            assert (await run(client.responses.retrieve("r1"))).id == "r1"
            assert server.requests[-1]["raw"] == "/responses/r1?beta=true"  # the fixed query is sent

        both(mock_client(pkg, server), scenario)


def test_examples_are_data_not_references(corpus: Corpus) -> None:
    doc = spec_doc("examples_are_data")
    media = doc["paths"]["/scim/v2/Groups"]["post"]["requestBody"]["content"]["application/scim+json"]
    assert media["example"]["members"][0]["$ref"].startswith("https://example.com/v2/Users/")  # kept, not fetched
    member = doc["components"]["schemas"]["Member"]
    assert (member["default"]["$ref"], member["example"]["$ref"]) == ("../Users/u0", "other.yaml#/nothing")
    pkg = corpus.package("examples_are_data")
    assert pkg.models.Group.model_fields["default"].annotation is not None  # a property named `default` is a schema
    body = b'{"id": "g1", "displayName": "Guides", "members": [{"value": "u1", "$ref": "https://x/u1"}]}'
    with Canned({("POST", "/scim/v2/Groups"): (201, "application/scim+json", body)}) as server:

        async def scenario(client: Any) -> None:
            group = await run(client.scim.v2.groups.create(display_name="Guides", members=[{"value": "u1", "$ref": "https://x/u1"}]))
            assert isinstance(group, pkg.models.Group) and group.members[0].ref == "https://x/u1"
            assert json.loads(server.requests[-1]["body"])["members"] == [{"value": "u1", "$ref": "https://x/u1"}]

        both(mock_client(pkg, server), scenario)


def test_auth_from_security_schemes(corpus: Corpus, monkeypatch: pytest.MonkeyPatch) -> None:
    pkg = corpus.package("auth")
    monkeypatch.setenv("STRIPE_API_KEY", "sk_env_must_not_be_read")
    ok = (200, "application/json", b'{"ok": true}')
    paths = ["/me", "/health", "/keys/header", "/keys/query", "/keys/cookie", "/basic", "/either", "/optional"]
    with Canned({("GET", p): ok for p in paths}) as server:
        creds = dict(bearer_token="tok", username="ann", password="pw", header_key="hk", query_key="qk", cookie_key="ck")

        async def scenario(client: Any) -> None:
            def last() -> dict[str, Any]:
                return server.requests[-1]

            await run(client.me.retrieve())
            assert last()["headers"]["authorization"] == "Bearer tok"  # the document's global security
            await run(client.health.retrieve())
            assert "authorization" not in last()["headers"]  # security: [] sends nothing
            await run(client.keys.header.retrieve())
            assert last()["headers"]["x-api-key"] == "hk" and "authorization" not in last()["headers"]
            await run(client.keys.query.retrieve())
            assert last()["raw"] == "/keys/query?api_key=qk"
            await run(client.keys.cookie.retrieve(theme="dark mode;"))  # cookie parameters after the key
            assert last()["headers"]["cookie"] == "session=ck; theme=dark%20mode%3B"
            await run(client.basic.retrieve())
            assert last()["headers"]["authorization"] == "Basic YW5uOnB3"
            await run(client.either.retrieve())  # no oauth token: the second alternative, both keys
            assert last()["headers"]["x-api-key"] == "hk" and last()["query"] == {"api_key": ["qk"]}
            await run(client.optional.retrieve())
            assert last()["headers"]["authorization"] == "Bearer tok"
            assert not any("stripe" in k for r in server.requests for k in r["headers"])  # no Stripe header

        both(lambda a: (pkg.AsyncClient if a else pkg.Client)(base_url=server.url, **creds), scenario)

        async def anonymous(client: Any) -> None:
            await run(client.optional.retrieve())  # `{}`: auth is optional
            assert "authorization" not in server.requests[-1]["headers"]
            assert (await run(client.health.retrieve())).ok is True
            with pytest.raises(importlib.import_module("spec_auth.errors").AuthenticationError, match="Auth Demo.*bearer_token"):
                await run(client.me.retrieve())

        both(lambda a: (pkg.AsyncClient if a else pkg.Client)(base_url=server.url), anonymous)


def test_openapi_dialect_retries_only_what_is_safe(corpus: Corpus) -> None:
    pkg = corpus.package("auth")
    fail = (500, "application/json", b'{"message": "boom"}')
    with Canned({("POST", "/notes"): fail, ("PUT", "/notes"): fail, ("POST", "/orders"): fail}) as server:
        client = pkg.Client(base_url=server.url, max_retries=1, bearer_token="t")
        client._sleep = lambda seconds: None
        for call, attempts in ((lambda: client.notes.create(text="x"), 1), (lambda: client.notes.put(text="x"), 2),
                               (lambda: client.orders.create(sku="s"), 2)):
            before = len(server.requests)
            with pytest.raises(importlib.import_module("spec_auth.errors").APIError) as caught:
                call()
            assert len(server.requests) - before == attempts
            assert "Auth Demo" in str(caught.value) and "Stripe" not in str(caught.value)
        keys = {r["headers"].get("idempotency-key") for r in server.requests[-2:]}
        assert len(keys) == 1 and None not in keys  # declared Idempotency-Key: one key, reused on the retry
        assert "idempotency-key" not in server.requests[0]["headers"]


def test_discriminated_response_parser_is_built_once(corpus: Corpus) -> None:
    pkg = corpus.package("discriminator")
    runtime = importlib.import_module("spec_discriminator._runtime.client")
    with MockServer(spec_doc("discriminator")) as server:
        client = mock_client(pkg, server)(False)
        client.shapes.retrieve()
        before = len(runtime._PARSERS)
        for _ in range(5):
            assert type(client.shapes.retrieve()) is pkg.models.Square
        assert len(runtime._PARSERS) == before  # one parser per type, not one per call


def test_call_statuses_and_bodies(corpus: Corpus) -> None:
    pkg = corpus.package("statuses")
    jobs = importlib.import_module("spec_statuses.resources.jobs")
    assert inspect.signature(jobs.JobsResource.create).return_annotation == "Job | Ticket | None"
    answers: dict[tuple[str, str], tuple[int, str, bytes]] = {
        ("DELETE", "/jobs/j1"): (205, "application/json", b""),
        ("POST", "/jobs/j1/restart"): (204, "application/json", b""),
        ("POST", "/jobs/j1/pause"): (204, "application/json", b""),
        ("PUT", "/labels"): (204, "application/json", b""),
        ("GET", "/jobs/j1/log"): (200, "text/csv", b"a,b\n1,2\n"),
    }
    with Canned(answers) as server:

        async def scenario(client: Any) -> None:
            answers[("POST", "/jobs")] = (200, "application/json", b'{"id": "j1", "state": "done"}')
            job = await run(client.jobs.create(name="n"))
            assert isinstance(job, pkg.models.Job) and job.id == "j1"
            assert json.loads(server.requests[-1]["body"]) == {"name": "n"}  # NOT_GIVEN: left out
            answers[("POST", "/jobs")] = (202, "application/json", b'{"ticket": "t1", "eta": 3}')
            ticket = await run(client.jobs.create(note=None, owner={"email": "a@b.c"}))  # None: JSON null
            assert isinstance(ticket, pkg.models.Ticket) and ticket.ticket == "t1"
            assert json.loads(server.requests[-1]["body"]) == {"note": None, "owner": {"email": "a@b.c"}}
            answers[("POST", "/jobs")] = (204, "application/json", b"")
            assert await run(client.jobs.create()) is None
            assert await run(client.jobs.delete("j1")) is None  # 205
            assert await run(client.labels.put(body={"a": "b"})) is None  # a map body is an argument
            assert json.loads(server.requests[-1]["body"]) == {"a": "b"}
            assert await run(client.jobs.restart("j1")) is None
            assert await run(client.jobs.pause("j1")) is None
            sent = server.requests[-1]
            assert sent["headers"]["content-type"] == "application/json" and sent["body"] == b"{}"  # required: sent
            assert await run(client.jobs.log("j1")) == "a,b\n1,2\n"

        both(mock_client(pkg, server), scenario)


def test_lists_are_recognised_by_shape(corpus: Corpus) -> None:
    (api,) = corpus.outputs["lists"].apis.values()
    by_path = {(op.http_method, op.path): (".".join(r.path), op.name, op.response.paging) for r, op in iter_operations(api.resources)}
    assert by_path[("get", "/assistants")][:2] == ("assistants", "list")  # not `retrieve`
    assert by_path[("get", "/assistants/{assistant_id}")][:2] == ("assistants", "retrieve")  # not retrieve_assistant_id
    styles = {path: paging and (paging.items, paging.style, paging.request_param, paging.response_field)
              for (_, path), (_, _, paging) in by_path.items()}
    assert styles["/assistants"] == ("data", "cursor", "after", "last_id")
    assert styles["/records"] == ("results", "cursor", "cursor", "next_cursor")
    assert styles["/calls"] == ("items", "url", "", "next_page_uri")
    assert styles["/pets"] == ("", "page", "page", "")
    assert styles["/tasks"] == ("data", "cursor", "offset", "next_page/offset")
    assert styles["/emails"] == ("data", "cursor", "after", "")
    assert styles["/letters"] == ("data", "url", "", "next_url")


def test_params_typeddicts_never_take_a_model_name(corpus: Corpus) -> None:
    (api,) = corpus.outputs["params_names"].apis.values()
    models, params = {m.name for m in api.models}, {m.name for m in api.params_models}
    assert not models & params and "WidgetParamsRequest" in params  # mypy --strict checks the imports


@pytest.mark.parametrize("spec", SPEC_FILES, ids=lambda p: p.stem)
def test_fake_server_routes_by_the_generators_names(corpus: Corpus, spec: Path) -> None:
    from generator.mock.routes import Router
    from generator.mock.schemas import Schemas

    data = spec_doc(spec.stem)
    (api,) = corpus.outputs[spec.stem].apis.values()
    ours = {(op.http_method.upper(), op.path): (r.path, op.name) for r, op in iter_operations(api.resources)}
    router = Router(data, Schemas(data))
    assert {(o.http_method, o.path): (o.name.resource, o.name.method) for o in router.operations} == ours


# --- what real documents do: small reproductions -------------------------------------------------


def test_a_ref_in_a_description_becomes_its_text_with_a_warning(tmp_path: Path) -> None:
    # DigitalOcean's tags take their Markdown from other files (`description: {$ref: intro.yml#/text}`)
    (tmp_path / "intro.yml").write_text("text: |\n  Hello **there**\n")
    (tmp_path / "root.yaml").write_text(
        "openapi: 3.0.3\ninfo: {title: T, version: '1'}\n"
        "tags: [{name: things, description: {$ref: 'intro.yml#/text'}}]\n"
        "paths:\n  /things:\n    get: {responses: {'204': {description: ok}}}\n"
    )
    assert load_document(str(tmp_path / "root.yaml")).data["tags"][0]["description"] == "Hello **there**\n"
    output = generate_spec(str(tmp_path / "root.yaml"), "spec_described")
    assert [w for w in output.warnings if "root.yaml:3 #/tags/0/description" in w and "OpenAPI allows none" in w]


def test_a_method_named_like_a_sub_resource_becomes_a_method_of_it(tmp_path: Path) -> None:
    # DigitalOcean's POST+DELETE /firewalls/{id}/droplets; Resend's POST /domains/claim beside
    # POST /domains/{id}/claim/verify
    ok = "{responses: {'204': {description: ok}}}"
    (tmp_path / "spec.yaml").write_text(
        "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n"
        f"  /firewalls/{{id}}:\n    parameters: [{{name: id, in: path, required: true, schema: {{type: string}}}}]\n"
        f"    get: {ok}\n"
        f"  /firewalls/{{id}}/droplets:\n    parameters: [{{name: id, in: path, required: true, schema: {{type: string}}}}]\n"
        f"    post: {ok}\n    delete: {ok}\n"
        f"  /domains/claim:\n    post: {ok}\n"
        f"  /domains/{{id}}/claim/verify:\n    parameters: [{{name: id, in: path, required: true, schema: {{type: string}}}}]\n"
        f"    post: {ok}\n"
    )
    output = generate_spec(str(tmp_path / "spec.yaml"), "spec_clash")
    (api,) = output.apis.values()
    names = {(op.http_method, op.path): ".".join((*r.path, op.name)) for r, op in iter_operations(api.resources)}
    assert names[("post", "/firewalls/{id}/droplets")] == "firewalls.droplets.create"
    assert names[("delete", "/firewalls/{id}/droplets")] == "firewalls.droplets.delete"
    assert names[("post", "/domains/claim")] == "domains.claim.create"
    assert names[("post", "/domains/{id}/claim/verify")].startswith("domains.claim.verify")
    assert len([w for w in output.warnings if "which is also a sub-resource" in w and "spec.yaml:" in w]) == 2


# --- the real documents in ../shared/real-specs: each generates, imports and type-checks ------

REAL = [suite_param(p, conformance.REAL_SPECS) for p in conformance.documents() if conformance.REAL_SPECS in p.parents]


def real_name(spec: Path) -> str:
    return next(q.name for q in spec.parents if q.parent == conformance.REAL_SPECS)


@pytest.fixture(scope="session")
def real_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One folder for every real document's package (test_conformance.py reuses them) and mypy's cache."""
    root = tmp_path_factory.getbasetemp() / "real-specs"
    root.mkdir(exist_ok=True)
    return root


@pytest.mark.skipif(not conformance.REAL_SPECS.is_dir(), reason=f"{conformance.REAL_SPECS} is absent on this machine")
@pytest.mark.parametrize("spec", REAL)
def test_real_document_generates_imports_and_passes_mypy_strict(spec: Path, real_root: Path) -> None:
    api, _, name, warnings = conformance.generate_once(spec, real_root)  # a SpecError fails the test
    ops = {(op.http_method, op.path) for _, op in iter_operations(api.resources)}
    missing = [f"{m.upper()} {p}" for m, p in raw_operations(spec) - ops]
    # an operation left out must say so, with its location
    assert all(any(m in w for w in warnings) for m in missing), missing
    code = (
        "import importlib, pkgutil\n"
        f"pkg = importlib.import_module({name!r})\n"
        "for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "    importlib.import_module(info.name)\n"
        "pkg.Client(base_url='http://x'); pkg.AsyncClient(base_url='http://x')\n"
        "print('ok')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=real_root, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr[-3000:]
    env = {**os.environ, "MYPYPATH": str(real_root)}
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(real_root / ".mypy_cache"), "-p", name],
        cwd=real_root, env=env, capture_output=True, text=True, timeout=900,
    )
    assert done.returncode == 0, done.stdout[-5000:] + done.stderr[-2000:]
