"""Security and dialect: the schemes a client can apply, each operation's requirements, and whether
the document is Stripe's (whose own rules replace OpenAPI's)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from generator import ir
from generator.builder.types import SchemaTypes
from generator.naming import snake, unique

# Client constructor arguments that are not credentials: a scheme may not take one of these names.
CLIENT_ARGS = frozenset({"self", "base_url", "servers", "max_retries", "timeout", "http_client", "default_headers"})


class Security(SchemaTypes):
    """`components/securitySchemes`, the global `security` and each operation's `security`."""

    def decide_dialect(self, wanted: str | None) -> ir.Dialect:
        if wanted in ("stripe", "openapi"):
            return wanted  # type: ignore[return-value]
        for server in self.data.get("servers") or []:
            host = urlsplit(str(server.get("url", "")) if isinstance(server, dict) else "").hostname or ""
            if host == "stripe.com" or host.endswith(".stripe.com"):
                return "stripe"
        return "openapi"

    def build_security_schemes(self) -> dict[str, ir.SecurityScheme]:
        """Stripe's dialect authenticates with its API key its own way: no schemes there."""
        if self.dialect == "stripe":
            return {}
        raw = ((self.data.get("components") or {}).get("securitySchemes")) or {}
        schemes: dict[str, ir.SecurityScheme] = {}
        taken = set(CLIENT_ARGS)
        api_keys = [k for k, v in raw.items() if isinstance(v, dict) and v.get("type") == "apiKey"]
        for key in raw:
            scheme, at = self.deref(raw[key], f"#/components/securitySchemes/{key}")
            built = self.security_scheme(str(key), scheme, at, taken, single_key=len(api_keys) == 1)
            if built is not None:
                schemes[str(key)] = built
        return schemes

    def security_scheme(
        self, key: str, scheme: Any, at: str, taken: set[str], single_key: bool
    ) -> ir.SecurityScheme | None:
        if not isinstance(scheme, dict):
            self.problem("warning", "a security scheme must be a mapping; it is ignored", at)
            return None
        kind, http = scheme.get("type"), str(scheme.get("scheme", "")).lower()
        description = str(scheme.get("description") or "")
        if kind == "apiKey" and scheme.get("in") in ("header", "query", "cookie") and scheme.get("name"):
            arg = unique("api_key" if single_key else snake(key, "api_key"), taken, ["key"])
            return ir.SecurityScheme(key, "api_key", (arg,), scheme["in"], str(scheme["name"]), description)
        if kind == "http" and http == "basic":
            prefix = "" if {"username", "password"}.isdisjoint(taken) else snake(key, "basic") + "_"
            args = (unique(prefix + "username", taken), unique(prefix + "password", taken))
            return ir.SecurityScheme(key, "basic", args, description=description)
        if (kind == "http" and http == "bearer") or kind in ("oauth2", "openIdConnect"):
            wanted = "bearer_token" if kind == "http" else "access_token"
            return ir.SecurityScheme(key, "bearer", (unique(wanted, taken, [snake(key, "auth")]),), description=description)
        self.problem("warning", f"security scheme {key!r} ({kind} {http}".rstrip() + ") is not supported; it is not sent", at)
        return None

    def operation_security(self, op: dict[str, Any], at: str) -> tuple[tuple[str, ...], ...]:
        """The operation's requirements, else the document's: alternatives of schemes applied together."""
        if self.dialect == "stripe":
            return ()
        declared = op.get("security") if "security" in op else self.data.get("security")
        where = at + "/security" if "security" in op else "#/security"
        alternatives: list[tuple[str, ...]] = []
        for index, requirement in enumerate(declared or []):
            if not isinstance(requirement, dict):
                continue
            missing = [k for k in requirement if k not in self.raw_scheme_keys]
            if missing:
                self.problem("warning", f"security requirement names unknown scheme(s) {missing}", f"{where}/{index}")
            if any(k not in self.security_schemes for k in requirement):
                continue  # a scheme this client cannot apply: not an alternative it can satisfy
            alternatives.append(tuple(str(k) for k in requirement))
        return tuple(dict.fromkeys(alternatives))

    @property
    def raw_scheme_keys(self) -> set[str]:
        return set(((self.data.get("components") or {}).get("securitySchemes")) or {})

    def idempotency_header(self, method: str, declared_headers: list[str]) -> str:
        """Stripe: every POST carries an Idempotency-Key; others: only where the document declares one."""
        if self.dialect == "stripe":
            return "Idempotency-Key" if method == "post" else ""
        return next((h for h in declared_headers if h.lower() == "idempotency-key"), "")
