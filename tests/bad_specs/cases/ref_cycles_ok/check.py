Node = pkg.models.Node
n = Node.model_validate({"id": "a", "parent": {"id": "b", "parent": {"id": "c"}}, "children": [{"id": "d"}],
                         "partner": {"node": {"id": "e"}, "next": {"node": {"id": "f"}}}})
assert n.parent.parent.id == "c" and n.children[0].id == "d" and n.partner.next.node.id == "f"
t = pkg.models.Tree.model_validate({"name": "t", "branches": [{"name": "u", "branches": []}]})
assert t.branches[0].name == "u"
e = pkg.models.Extended.model_validate({"id": "x", "extra": {"id": "y"}})
assert e.extra.id == "y"
