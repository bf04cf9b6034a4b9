c = pkg.Client(base_url="http://test")
assert callable(c.things.retrieve) and callable(c.others.retrieve)
