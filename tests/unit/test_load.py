"""Load: parsing, cross-file $ref bundling, and located errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.load import load_document, resolve_pointer
from generator.problems import SpecError


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_invalid_yaml_names_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, "api.yaml", "openapi: 3.1.0\ninfo:\n  title: [unclosed\n")
    with pytest.raises(SpecError) as err:
        load_document(path)
    text = str(err.value)
    assert f"{path}:" in text and "invalid YAML" in text


def test_invalid_json_names_line(tmp_path: Path) -> None:
    path = write(tmp_path, "api.json", '{\n "openapi": "3.1.0",\n "info": }\n')
    with pytest.raises(SpecError) as err:
        load_document(path)
    assert f"{path}:3" in str(err.value)


def test_yaml_bomb_is_refused(tmp_path: Path) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 9):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i-1}"] * 10) + "]")
    path = write(tmp_path, "bomb.yaml", "\n".join(lines) + "\n")
    with pytest.raises(SpecError, match="expand to more than"):
        load_document(path)


def test_integer_keys_become_strings(tmp_path: Path) -> None:
    path = write(tmp_path, "api.yaml", "openapi: 3.1.0\npaths:\n  /x:\n    get:\n      responses:\n        200: {description: ok}\n")
    doc = load_document(path)
    assert "200" in doc.data["paths"]["/x"]["get"]["responses"]


def test_cross_file_component_refs_are_hoisted_and_cycles_survive(tmp_path: Path) -> None:
    write(
        tmp_path,
        "api.yaml",
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n"
        "components:\n  schemas:\n    Pet: {$ref: 'schemas.yaml#/components/schemas/Pet'}\n",
    )
    write(
        tmp_path,
        "schemas.yaml",
        "components:\n  schemas:\n"
        "    Pet:\n      type: object\n      properties:\n        owner: {$ref: '#/components/schemas/Owner'}\n"
        "    Owner:\n      type: object\n      properties:\n        pets: {type: array, items: {$ref: '#/components/schemas/Pet'}}\n",
    )
    doc = load_document(tmp_path / "api.yaml")
    schemas = doc.data["components"]["schemas"]
    # the root's Pet entry points at the hoisted copy; refs inside it are internal now
    owner_ref = resolve_pointer(doc.data, schemas["Pet"]["$ref"])["properties"]["owner"]["$ref"]
    assert owner_ref.startswith("#/components/schemas/")
    pets = resolve_pointer(doc.data, owner_ref)["properties"]["pets"]["items"]["$ref"]
    assert pets.startswith("#/components/schemas/")


def test_whole_file_ref_is_inlined(tmp_path: Path) -> None:
    write(tmp_path, "api.yaml", "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /x: {$ref: 'paths/x.yaml'}\n")
    write(tmp_path, "paths/x.yaml", "get:\n  responses:\n    '200': {description: ok}\n")
    doc = load_document(tmp_path / "api.yaml")
    assert doc.data["paths"]["/x"]["get"]["responses"]["200"]["description"] == "ok"


def test_missing_file_ref_is_located(tmp_path: Path) -> None:
    path = write(tmp_path, "api.yaml", "openapi: 3.1.0\npaths:\n  /x: {$ref: 'nope.yaml'}\n")
    with pytest.raises(SpecError) as err:
        load_document(path)
    assert "no such file 'nope.yaml'" in str(err.value)
    assert "#/paths/~1x" in str(err.value)


def test_ref_leaving_the_spec_folder_is_refused(tmp_path: Path) -> None:
    write(tmp_path, "secret.yaml", "a: 1\n")
    path = write(tmp_path, "spec/api.yaml", "openapi: 3.1.0\npaths:\n  /x: {$ref: '../secret.yaml'}\n")
    with pytest.raises(SpecError, match="leaves the spec's folder"):
        load_document(path)


def test_remote_ref_is_not_fetched(tmp_path: Path) -> None:
    path = write(tmp_path, "api.yaml", "openapi: 3.1.0\npaths:\n  /x: {$ref: 'https://example.com/x.yaml'}\n")
    with pytest.raises(SpecError, match="remote \\$ref"):
        load_document(path)


def test_alias_bomb_of_large_strings_is_refused_by_size(tmp_path: Path) -> None:
    # 140 KB of YAML: one 100 KB string aliased 10,000 times is 1 GB once expanded (few nodes)
    aliases = ", ".join(["*s"] * 10_000)
    path = write(tmp_path, "bomb.yaml", f"openapi: 3.1.0\nx-s: &s {'x' * 100_000}\nx-bomb: [{aliases}]\n")
    with pytest.raises(SpecError, match="bytes of text") as err:
        load_document(path)
    assert f"{path}:3 #/x-bomb" in str(err.value)


def test_anchors_of_a_normal_size_are_fine(tmp_path: Path) -> None:
    path = write(tmp_path, "api.yaml", "openapi: 3.1.0\nx-a: &a {type: string, description: " + "d" * 1000 + "}\nx-b: [*a, *a, *a]\n")
    assert load_document(path).data["x-b"][2]["type"] == "string"


@pytest.mark.parametrize(
    ("text", "line", "at"),
    [
        ("openapi: 3.1.0\nx-loop: &a [1, *a]\n", 2, "#/x-loop/1"),
        ("openapi: 3.1.0\ncomponents:\n  schemas:\n    A: &s\n      type: object\n      properties:\n        me: *s\n",
         7, "#/components/schemas/A/properties/me"),
    ],
)
def test_recursive_alias_is_located(tmp_path: Path, text: str, line: int, at: str) -> None:
    path = write(tmp_path, "loop.yaml", text)
    with pytest.raises(SpecError, match="repeat forever") as err:
        load_document(path)
    assert f"{path}:{line} {at}" in str(err.value)


def test_endless_file_is_read_up_to_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("generator.load.MAX_FILE_BYTES", 4096)
    with pytest.raises(SpecError, match="larger than"):
        load_document("/dev/zero")  # no size to ask first, and no end


def test_a_large_file_is_parsed_once_then_read_from_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator import cache, load

    monkeypatch.setattr(cache, "CACHE_DIR", tmp_path / "cache")
    monkeypatch.setattr(load, "CACHED_PARSE_BYTES", 64)
    path = write(tmp_path, "api.yaml", "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\nx-n: [1, 2.5, null, true]\n")
    parses: list[str] = []
    real_parse = load.parse_text
    monkeypatch.setattr(load, "parse_text", lambda text, file: parses.append(file) or real_parse(text, file))
    first = load.read_file(path)
    assert load.read_file(path) == first and len(parses) == 1
    (stored,) = (tmp_path / "cache" / "parsed").iterdir()
    stored.write_bytes(b"not marshal")  # a damaged entry is parsed again, never trusted
    assert load.read_file(path) == first and len(parses) == 2
    path.write_text(path.read_text().replace("[1,", "[7,"))  # new bytes, new key
    assert load.read_file(path)["x-n"][0] == 7 and len(parses) == 3


def test_a_large_file_with_an_error_is_not_cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator import cache, load

    monkeypatch.setattr(cache, "CACHE_DIR", tmp_path / "cache")
    monkeypatch.setattr(load, "CACHED_PARSE_BYTES", 8)
    path = write(tmp_path, "api.yaml", "openapi: 3.1.0\ninfo:\n  title: [unclosed\n")
    for _ in range(2):
        with pytest.raises(SpecError, match="invalid YAML"):
            load.read_file(path)
    assert not (tmp_path / "cache" / "parsed").exists()
