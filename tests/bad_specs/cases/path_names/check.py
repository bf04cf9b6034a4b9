import httpx
paths = []
def handler(request):
    paths.append(request.url.raw_path.decode())
    return httpx.Response(200, json={})
client = pkg.Client(base_url="http://test", http_client=httpx.Client(transport=httpx.MockTransport(handler)), max_retries=0)
count = 0
def walk(res, depth):
    global count
    for name in dir(res):
        if name.startswith("_") or name in ("close", "build_url", "request", "request_list", "iter_items"):
            continue
        value = getattr(res, name)
        if callable(value):
            import inspect
            args = [p for p in inspect.signature(value).parameters.values() if p.kind == p.POSITIONAL_OR_KEYWORD]
            value(*["v"] * len(args))
            count += 1
        elif hasattr(value, "_client") and depth < 4:
            walk(value, depth + 1)
walk(client, 0)
assert count == 13, (count, paths)
