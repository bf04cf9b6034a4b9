import typing, httpx, urllib.parse
P = [getattr(pkg.params, n) for n in dir(pkg.params) if n.endswith("Params")]
keys = sorted(k for p in P for k in typing.get_type_hints(p) if True) if False else None
nested = [p for p in P if "class" in p.__annotations__][0]
assert set(nested.__annotations__) == {"class", "for", "__init__", "Any", "str", "a-b", "", "ﬁ"}, nested.__annotations__
seen = {}
def handler(request):
    seen["body"] = request.content.decode()
    return httpx.Response(200, json={})
client = pkg.Client(base_url="http://test", http_client=httpx.Client(transport=httpx.MockTransport(handler)), max_retries=0)
client.things.create(nested={"class": "c", "for": "f"}, plain={"str": 1})
body = dict(urllib.parse.parse_qsl(seen["body"]))
assert body == {"nested[class]": "c", "nested[for]": "f", "plain[str]": "1"}, body
