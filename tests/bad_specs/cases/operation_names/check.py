import httpx
paths = []
def handler(request):
    paths.append(request.url.path)
    return httpx.Response(200, json={})
client = pkg.Client(base_url="http://test", http_client=httpx.Client(transport=httpx.MockTransport(handler)), max_retries=0)
methods = {}
def walk(res, chain):
    for name in dir(res):
        if name.startswith("_"):
            continue
        value = getattr(res, name)
        if callable(value):
            methods[chain + name] = value
        elif hasattr(value, "_client"):
            walk(value, chain + name + ".")
for name in dir(client):
    if not name.startswith("_") and hasattr(getattr(client, name), "_client"):
        walk(getattr(client, name), name + ".")
for name, method in sorted(methods.items()):
    method()
assert sorted(paths) == ["/things/" + c for c in "abcdefghijk"], (sorted(paths), sorted(methods))
