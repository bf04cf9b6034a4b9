# File copied from the generator's runtime (auth.py) by `python -m generator generate`.
# Do not edit: change the template and regenerate.
"""Authentication from the API's security schemes: which credentials a call sends, and where.

A generated client describes each scheme as ``(kind, location, name, arguments)`` and each call
names its requirements: alternatives, each a set of schemes applied together. The first alternative
whose credentials the client holds is applied; an empty alternative means auth is optional.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping, Sequence

__all__ = ["Scheme", "Credentials", "MissingCredentials", "apply_security"]

# kind ("api_key" | "basic" | "bearer"), location ("header" | "query" | "cookie"), wire name,
# the client arguments holding the credential(s)
Scheme = tuple[str, str, str, tuple[str, ...]]
Credentials = Mapping[str, str]


class MissingCredentials(Exception):
    """No alternative of an operation's security requirements can be satisfied."""


def apply_security(
    requirements: Sequence[Sequence[str]],
    schemes: Mapping[str, Scheme],
    credentials: Credentials,
    headers: dict[str, str],
    query: list[tuple[str, str]],
) -> tuple[str, ...]:
    """Add the credentials of the first satisfiable alternative; return the secrets sent (to redact)."""
    for alternative in sorted(requirements, key=lambda alt: not alt):  # an optional `{}` last
        if all(all(credentials.get(arg) for arg in schemes[key][3]) for key in alternative if key in schemes):
            secrets: list[str] = []
            for key in alternative:
                if key in schemes:
                    secrets += _apply(schemes[key], credentials, headers, query)
            return tuple(secrets)
    if not requirements:
        return ()
    wanted = " or ".join(
        " and ".join(arg for key in alt for arg in schemes[key][3] if key in schemes) for alt in requirements
    )
    raise MissingCredentials(f"this operation needs credentials: pass {wanted} when creating the client")


def _apply(scheme: Scheme, credentials: Credentials, headers: dict[str, str], query: list[tuple[str, str]]) -> list[str]:
    kind, location, name, args = scheme
    values = [credentials[arg] for arg in args]
    if kind == "basic":
        token = base64.b64encode(f"{values[0]}:{values[1]}".encode("utf-8")).decode("ascii")
        headers["Authorization"] = f"Basic {token}"
        return [values[1], token] if values[1] else [token]
    if kind == "bearer":
        headers["Authorization"] = f"Bearer {values[0]}"
    elif location == "query":
        query.append((name, values[0]))
    elif location == "cookie":
        cookie = headers.get("Cookie")
        headers["Cookie"] = f"{cookie}; {name}={values[0]}" if cookie else f"{name}={values[0]}"
    else:
        headers[name] = values[0]
    return [values[0]]
