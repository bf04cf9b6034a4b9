"""Conformance: every operation of each corpus document, called sync and async through its generated
client with arguments synthesised from the schema; each request validated with openapi-core, each
declared 2xx answer synthesised and checked parsed. The work is bench/conformance.py's; real
documents are sampled to keep the run short (the bench runs them whole).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from .conftest import suite_param  # noqa: E402
import conformance  # noqa: E402

CORPUS = sorted(p for p in conformance.CORPUS.iterdir() if p.suffix in (".yaml", ".yml", ".json"))
REAL = [suite_param(p, conformance.REAL_SPECS) for p in conformance.documents() if conformance.REAL_SPECS in p.parents]
SAMPLE = 12  # operations per real document

# What does not conform yet, and why (a failing reason that is not listed here fails the test).
KNOWN: dict[str, list[str]] = {}


@pytest.mark.parametrize("spec", CORPUS, ids=lambda p: p.stem)
def test_corpus_document_conforms(spec: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    report = conformance.conform(spec, tmp_path_factory.mktemp("conformance"))
    known = KNOWN.get(spec.stem, [])
    unexpected = [reason for reason in report.failures if not any(reason.startswith(k) for k in known)]
    assert not [n for n in report.notes if "cannot read" in n], report.notes  # every request was validated
    assert not unexpected, f"{report.ok} of {report.total} conform:\n" + "\n".join(unexpected)


@pytest.mark.skipif(not conformance.REAL_SPECS.is_dir(), reason=f"{conformance.REAL_SPECS} is absent on this machine")
@pytest.mark.parametrize("spec", REAL)
def test_real_document_generates_and_answers(spec: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    root = tmp_path_factory.getbasetemp() / "real-specs"  # test_any_spec.py's packages, generated once
    root.mkdir(exist_ok=True)
    report = conformance.conform(spec, root, limit=SAMPLE)
    assert report.total, report.failures  # it generates, and its sampled operations were called
    assert not [r for r in report.failures if "does not generate" in r], report.failures
    # a request the validator refuses may be the harness's value; a client that raises is the client's
    assert not [r for r in report.failures if "call failed" in r], report.failures


def test_an_operation_without_a_valid_value_is_reported_with_its_location() -> None:
    from generator import ir

    values = conformance.Values(ir.Api("t", "1", "", (), (), (), (), (), ()))
    with pytest.raises(conformance.NoValue):
        values.of(ir.TypeRef("literal", values=()))
