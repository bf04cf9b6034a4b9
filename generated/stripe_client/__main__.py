# File generated from spec/ (API version 2024-02-15, spec sha256 28d2af1d96921294) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`python -m stripe_client`: send signed example webhook events to a local endpoint (see `_runtime.trigger`)."""

from ._runtime.trigger import main

if __name__ == "__main__":
    raise SystemExit(main())
