"""The generated package builds as a wheel that installs and works in a fresh environment, without the generator."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from generator.mock import MockServer
from generator.versions import latest_version, version_document

REPO = Path(__file__).resolve().parents[2]


def new_venv(folder: Path) -> Path:
    """A fresh environment without pip of its own (ensurepip takes seconds): this pip installs into it."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True)
    return folder / "bin" / "python"


def pip_install(python: Path, wheel: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-compile", str(wheel)],
        capture_output=True, text=True,
    )


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(REPO / "generated")],
        check=True, capture_output=True, text=True,
    )
    (built,) = dist.glob("stripe_client-*.whl")
    return built


def test_wheel_installs_and_works_without_the_generator(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    python = new_venv(venv)
    install = pip_install(python, wheel)
    if install.returncode != 0 and "No matching distribution" in install.stderr + install.stdout:
        pytest.skip("the package index is not reachable for httpx/pydantic")
    assert install.returncode == 0, install.stderr
    script = textwrap.dedent(
        """
        import importlib.util, sys
        assert importlib.util.find_spec("generator") is None, "the generator must not be needed"
        from stripe_client import StripeClient, VERSIONS
        client = StripeClient(api_key="sk_test_123", base_url=sys.argv[1], max_retries=0)
        customer = client.customers.create(email="jenny@example.com")
        print(customer.id, client.customers.retrieve(customer.id).email, len(VERSIONS))
        """
    )
    with MockServer(version_document(latest_version())) as server:
        result = subprocess.run(
            [str(python), "-c", script, server.url], capture_output=True, text=True, cwd=tmp_path,
            env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"},
        )
    assert result.returncode == 0, result.stderr
    customer_id, email, versions = result.stdout.split()
    assert customer_id.startswith("cus_") and email == "jenny@example.com" and int(versions) >= 3
    files = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "show", "-f", "stripe-client"], capture_output=True, text=True
    ).stdout
    assert "py.typed" in files and "api.md" in files


def test_the_generator_installs_as_a_wheel_and_generates(tmp_path: Path) -> None:
    """The generator's own wheel carries its Python target (templates and runtime) as package data."""
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(REPO)],
        check=True, capture_output=True, text=True,
    )
    (built,) = dist.glob("stripe_client_generator-*.whl")
    venv = tmp_path / "venv"
    python = new_venv(venv)
    install = pip_install(python, built)
    if install.returncode != 0 and "No matching distribution" in install.stderr + install.stdout:
        pytest.skip("the package index is not reachable for the generator's dependencies")
    assert install.returncode == 0, install.stderr
    work = tmp_path / "work"  # outside the repository: only the installed wheel can be found
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "GENERATOR_CACHE_DIR")}
    env["GENERATOR_CACHE_DIR"] = str(tmp_path / "cache")
    spec = REPO / "tests" / "golden" / "mini.yaml"
    generate = subprocess.run(
        [str(python), "-m", "generator", "generate", "--spec", str(spec), "--out", "out", "--package", "mini_api", "-q"],
        capture_output=True, text=True, cwd=work, env=env,
    )
    assert generate.returncode == 0, generate.stderr
    script = "import generator, mini_api; print(generator.__file__); print(mini_api.Client.__name__)"
    used = subprocess.run([str(python), "-c", script], capture_output=True, text=True, cwd=work / "out", env=env)
    assert used.returncode == 0, used.stderr
    assert str(venv) in used.stdout.splitlines()[0] and used.stdout.splitlines()[1] == "Client"
    assert (work / "out" / "mini_api" / "_runtime" / "client.py").is_file()
