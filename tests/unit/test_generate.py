"""The generate command end to end: determinism, --check, atomic writes, located errors."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cache import CACHE_DIR
from generator.cli import main
from generator.generate import generate_spec, generate_pinned
from generator.write import read_tree

REPO = Path(__file__).resolve().parents[2]


def run(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    # a copy of the project shares the repository's cache: its keys are the same for the same files
    env = {**os.environ, "GENERATOR_CACHE_DIR": str(CACHE_DIR)}
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True, check=False, env=env
    )


def test_generated_is_up_to_date() -> None:
    result = run("generate", "--check")
    assert result.returncode == 0, result.stderr + "\nrun: python -m generator generate"


def test_generation_is_deterministic() -> None:
    first = generate_pinned(use_cache=False).files
    second = generate_pinned(use_cache=True).files
    assert first == second


def test_every_file_has_the_generated_header() -> None:
    for path, data in read_tree(REPO / "generated").items():
        if path.endswith(".py"):
            head = data.decode().splitlines()[0]
            assert head.startswith("# File generated from") or head.startswith("# File copied from"), path


def copy_project(tmp_path: Path) -> Path:
    project = tmp_path / "project"
    for name in ("generator", "spec", "generated"):
        shutil.copytree(REPO / name, project / name, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    return project


def test_check_names_stale_files_after_a_description_edit(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    oauth = project / "spec" / "additions" / "oauth.yaml"  # an addition: small, and its text reaches code
    text = oauth.read_text()
    marker = "description: "
    index = text.index(marker, text.index("oauth_token:"))
    oauth.write_text(text[: index + len(marker)] + "Edited. " + text[index + len(marker) :])
    result = run("generate", "--check", cwd=project)
    assert result.returncode == 1
    assert "out of date" in result.stderr and ".py" in result.stderr
    assert read_tree(project / "generated") == read_tree(REPO / "generated")  # --check writes nothing


def test_broken_ref_exits_1_with_location_and_leaves_generated_byte_identical(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    before = read_tree(project / "generated")
    oauth = project / "spec" / "additions" / "oauth.yaml"
    text = oauth.read_text()
    oauth.write_text(text.replace("#/components/schemas/oauth_token", "#/components/schemas/oauth_tokn", 1))
    result = run("generate", cwd=project)
    assert result.returncode == 1
    assert "oauth.yaml" in result.stderr and "oauth_tokn" in result.stderr
    assert "Traceback" not in result.stderr
    assert read_tree(project / "generated") == before


def test_stale_files_are_pruned(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    stray = project / "generated" / "stripe_client" / "v2022_08_01" / "models" / "gone.py"
    stray.write_text("x = 1\n")
    assert run("generate", "--check", cwd=project).returncode == 1
    result = run("generate", cwd=project)
    assert result.returncode == 0, result.stderr
    assert not stray.exists()
    assert read_tree(project / "generated") == read_tree(REPO / "generated")


def test_refuses_to_replace_a_folder_it_did_not_write(tmp_path: Path) -> None:
    target = tmp_path / "mine"
    target.mkdir()
    (target / "notes.txt").write_text("keep me")
    code = main(["generate", "--out", str(target), "-q"])
    assert code == 1
    assert (target / "notes.txt").read_text() == "keep me"


def test_ruff_and_black_give_the_same_tree() -> None:
    # on the golden spec: black takes minutes on the pinned versions' 330,000 lines
    spec = str(REPO / "tests" / "golden" / "mini.yaml")
    black = generate_spec(spec, "mini_api", formatter="black", use_cache=False).files
    ruff = generate_spec(spec, "mini_api", formatter="ruff", use_cache=False).files
    differing = [p for p in black if black[p] != ruff.get(p)]
    assert black and not differing, differing[:10]
