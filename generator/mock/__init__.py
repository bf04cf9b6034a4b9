"""A local fake Stripe driven by an OpenAPI document: `MockServer` for tests, `serve` for the CLI."""

from generator.mock.faults import FAULT_KINDS, Fault, Faults
from generator.mock.server import MockServer, RecordedRequest, serve
from generator.mock.store import Store

__all__ = ["FAULT_KINDS", "Fault", "Faults", "MockServer", "RecordedRequest", "Store", "serve"]
