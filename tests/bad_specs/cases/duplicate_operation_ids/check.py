c = pkg.Client(api_key="k")
assert callable(c.things.retrieve) and callable(c.others.retrieve)
