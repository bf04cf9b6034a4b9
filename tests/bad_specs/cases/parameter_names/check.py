import json, inspect, keyword, httpx
WEIRD = json.loads(open(CASE_DIR / "names.json", encoding="utf-8").read())
seen = {}
def handler(request):
    seen["query"] = dict(request.url.params)
    seen["body"] = request.content.decode()
    return httpx.Response(200, json={"ok": True})
client = pkg.Client(base_url="http://test", http_client=httpx.Client(transport=httpx.MockTransport(handler)), max_retries=0)
sig = inspect.signature(client.weird.retrieve)
names = [p for p in sig.parameters if p != "request_options"]
assert len(names) == len(WEIRD), names
assert all(n.isidentifier() and not keyword.iskeyword(n) for n in names)
client.weird.retrieve(**{n: f"v{i}" for i, n in enumerate(names)})
assert sorted(seen["query"]) == sorted(WEIRD), seen
values = sorted(seen["query"].values(), key=lambda v: int(v[1:]))
assert values == [f"v{i}" for i in range(len(WEIRD))]
sig = inspect.signature(client.weird.update)
names = [p for p in sig.parameters if p != "request_options"]
assert len(names) == len(WEIRD), names
client.weird.update(**{n: f"v{i}" for i, n in enumerate(names)})
import urllib.parse
body = dict(urllib.parse.parse_qsl(seen["body"], keep_blank_values=True))
assert sorted(body) == sorted(WEIRD), body
