"""The CLI: each command's output and exit code, as a user sees them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from generator.cli import main
from generator.versions import pinned_versions


def test_versions_marks_the_latest(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["versions"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == pinned_versions()
    assert "(default, latest)" in lines[-1] and "(default" not in lines[0]


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_spec_prints_a_full_document(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["spec", "2022-11-15", "--format", fmt]) == 0
    out = capsys.readouterr().out
    doc = json.loads(out) if fmt == "json" else yaml.load(out, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    assert doc["info"]["version"] == "2022-11-15"
    assert "/v1/payment_methods" in doc["paths"] and "/oauth/token" in doc["paths"]  # published + additions
    assert "payment_intent.succeeded" in doc["x-webhooks"]


def test_validate_a_pinned_version(capsys: pytest.CaptureFixture[str]) -> None:
    # one version: each is validated by openapi-spec-validator in test_curated_spec.py too
    assert main(["validate", "2022-11-15"]) == 0
    assert "2022-11-15: valid" in capsys.readouterr().out


def test_validate_reports_problems_with_location(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = tmp_path / "bad.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    get:\n"
        "      responses:\n        '200':\n          description: ok\n          content:\n"
        "            application/json:\n              schema: {$ref: '#/components/schemas/missing'}\n"
    )
    assert main(["validate", str(spec)]) == 1
    err = capsys.readouterr().err
    assert f"{spec}:11" in err and "#/components/schemas/missing" in err


def test_unknown_version_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["spec", "1999-01-01"]) == 1
    assert "1999-01-01 is not a pinned version" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["generate", "versions", "pin", "validate", "spec", "ir", "diff", "mock"])
def test_every_command_has_help_with_an_example(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([command, "--help"])
    assert exit_.value.code == 0
    assert "example" in capsys.readouterr().out


def test_generate_one_version_keeps_the_others(tmp_path: Path) -> None:
    out = tmp_path / "gen"
    assert main(["generate", "--out", str(out), "-q"]) == 0
    marker = out / "stripe_client" / "v2022_08_01" / "api.md"
    before = marker.read_bytes()
    assert main(["generate", "--out", str(out), "--version", "2023-08-16", "-q"]) == 0
    assert marker.read_bytes() == before
    assert main(["generate", "--out", str(out), "--check", "-q"]) == 0


MINI = Path(__file__).resolve().parents[1] / "golden" / "mini.yaml"


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_validate_locates_a_recursive_alias(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = tmp_path / "loop.yaml"
    spec.write_text("openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\nx-loop: &a [1, *a]\n")
    assert main(["validate", str(spec)]) == 1
    assert f"{spec}:4 #/x-loop/1" in capsys.readouterr().err


def test_generate_records_its_package_and_refuses_to_replace_another(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "generated"
    assert main(["generate", "--spec", str(MINI), "--out", str(out), "--package", "mini_one", "-q"]) == 0
    assert "package: mini_one" in (out / ".generated").read_text()
    before = tree(out)
    assert main(["generate", "--spec", str(MINI), "--out", str(out), "--package", "mini_two", "-q"]) == 1
    assert "holds the package mini_one; refusing to replace it with mini_two" in capsys.readouterr().err
    assert tree(out) == before
    assert main(["generate", "--spec", str(MINI), "--out", str(out), "--package", "mini_one", "-q"]) == 0


def test_generate_refuses_an_older_marker_folder_of_another_package(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    (out / "stripe_client").mkdir(parents=True)
    (out / "stripe_client" / "__init__.py").write_text("")
    (out / ".generated").write_text("This folder is written by `python -m generator generate`.\n")
    before = tree(out)
    assert main(["generate", "--spec", str(MINI), "--out", str(out), "--package", "petstore", "-q"]) == 1
    assert tree(out) == before


@pytest.mark.parametrize("package", ["sys", "json", "pydantic", "httpx", "typing_extensions", "a" * 300])
def test_generate_refuses_a_package_name_that_cannot_work(
    package: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["generate", "--spec", str(MINI), "--out", str(tmp_path / "out"), "--package", package, "-q"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "--package" in err
    assert list(tmp_path.iterdir()) == []


def test_generate_refuses_an_out_that_is_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.txt"
    out.write_text("mine\n")
    assert main(["generate", "--spec", str(MINI), "--out", str(out), "--package", "mini_api", "-q"]) == 1
    assert "is not a folder" in capsys.readouterr().err
    assert out.read_text() == "mine\n" and sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_generate_reads_an_endless_spec_only_up_to_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("generator.load.MAX_FILE_BYTES", 1 << 20)
    assert main(["generate", "--spec", "/dev/urandom", "--out", str(tmp_path / "o"), "--package", "x", "-q"]) == 1
    assert "/dev/urandom: error: the file is larger than 1 MiB" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_ir_prints_the_ir_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ir", str(MINI), "--only", "events"]) == 0
    (event,) = json.loads(capsys.readouterr().out)
    assert event["type"] == "widget.polished" and event["object_type"] == {**event["object_type"], "name": "Widget"}
