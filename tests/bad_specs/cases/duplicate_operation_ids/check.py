c = pkg.Client(api_key="k")
assert callable(c.things.list) and callable(c.others.list)
