"""Schemathesis (property-based API testing) against the fake Stripe: no server errors, no response
that breaks the document, no undocumented content type. Bounded: fixed seed, two examples per
operation, fuzzing only, a sample of Stripe's paths. What its other checks report: SCHEMATHESIS.md."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.load import load_document
from generator.mock import MockServer

from ..conftest import REPO, STRIPE_SPECS, require_shared

CHECKS = "not_a_server_error,response_schema_conformance,content_type_conformance"
SAMPLE_EVERY = 12  # one Stripe path in 12 (27 of 318): every operation is covered by test_mock_stripe.py


def run_schemathesis(document: dict[str, Any], schema_file: Path) -> None:
    """Serve the document and fuzz it; fails with schemathesis' report on any failed check."""
    if shutil.which("st", path=str(Path(sys.executable).parent)) is None:
        pytest.skip("schemathesis is not installed (pip install -e '.[dev]')")
    schema_file.write_text(json.dumps(document))
    st = str(Path(sys.executable).parent / "st")
    with MockServer(document) as server:
        result = subprocess.run(
            [st, "run", str(schema_file), "--url", server.url, "-H", "Authorization: Bearer sk_test_schemathesis",
             "--checks", CHECKS, "--phases", "fuzzing", "-n", "2", "--seed", "1", "--no-shrink", "--workers", "2",
             "--request-timeout", "10"],
            capture_output=True, text=True, timeout=120, cwd=schema_file.parent,
        )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert " passed" in result.stdout.splitlines()[-1] or "passed" in result.stdout[-2000:], result.stdout[-2000:]


def test_schemathesis_on_a_curated_document(tmp_path):
    run_schemathesis(load_document(REPO / "tests" / "golden" / "mini.yaml").data, tmp_path / "mini.json")


def test_schemathesis_on_stripes_document(tmp_path):
    document = load_document(require_shared(STRIPE_SPECS / "2023-08-16.yaml")).data
    paths = dict(list(document["paths"].items())[::SAMPLE_EVERY])
    run_schemathesis({**document, "paths": paths}, tmp_path / "stripe.json")
