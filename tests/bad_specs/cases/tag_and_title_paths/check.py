import tomllib
tomllib.loads((OUT_DIR / "pyproject.toml").read_text(encoding="utf-8"))
assert pkg._client.SERVERS["api"] == "https://api.example.com/\"'\\{}\u2028", pkg._client.SERVERS
assert "https://other.example.com/'\"\n" in pkg._client.SERVERS.values()
