"""Build: a loaded OpenAPI document -> the IR, in layers: state -> types -> operations -> events -> api."""

from generator.builder.api import build_api, spec_hash
from generator.builder.state import HTTP_METHODS, iter_resource_operations

__all__ = ["HTTP_METHODS", "build_api", "iter_resource_operations", "spec_hash"]
