# File generated from mini.yaml by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""Request parameter types (TypedDicts) for nested arguments: pass plain dicts, checked by mypy."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, Required, TypedDict


class WidgetsCreateDimensionsParams(TypedDict, total=False):
    width: Required[int]
    height: int
