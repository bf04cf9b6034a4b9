# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`python -m stripe_client`: send signed example webhook events to a local endpoint (see `_runtime.trigger`)."""

from ._runtime.trigger import main

if __name__ == "__main__":
    raise SystemExit(main())
