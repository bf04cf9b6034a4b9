"""Validate: OpenAPI schema validation (openapi-spec-validator) plus the IR build's own checks."""

from __future__ import annotations

from generator.builder.api import Builder
from generator.load import Document
from generator.problems import Problem, SpecError, pointer


def validate_document(doc: Document) -> list[Problem]:
    """Every problem found in the document, each with its location."""
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    problems: list[Problem] = []
    version = str(doc.data.get("openapi", ""))
    validator_cls = OpenAPIV31SpecValidator if version.startswith("3.1") else OpenAPIV30SpecValidator
    try:
        errors = list(validator_cls(doc.data).iter_errors())
    except Exception as exc:  # the validator itself can fail on very broken input
        errors = []
        problems.append(Problem("error", f"OpenAPI validation could not run: {exc}", doc.path, "#"))
    for error in errors[:200]:
        at = pointer(*error.absolute_path) if error.absolute_path else "#"
        file, line, inner = doc.locate(at)
        message = error.message if len(error.message) < 300 else error.message[:300] + "..."
        problems.append(Problem("error", message, file, inner, line))
    builder = Builder(doc)
    try:
        builder.build()
    except SpecError:
        pass  # the builder keeps every problem it found, errors and warnings, each located
    return problems + builder.problems
