import httpx, inspect
seen = {}
def handler(request):
    seen["query"] = dict(request.url.params)
    seen["headers"] = dict(request.headers)
    return httpx.Response(200, json={})
client = pkg.Client(base_url="http://test", http_client=httpx.Client(transport=httpx.MockTransport(handler)), max_retries=0)
names = [p for p in inspect.signature(client.things.retrieve).parameters if p != "request_options"]
assert len(names) == 4, names
client.things.retrieve(**{n: n for n in names})
assert sorted(k for k in seen["query"]) == ["X", "X<", "X>"], seen
assert len(set(seen["query"].values())) == 3 and seen["headers"]["x"] not in seen["query"].values()
