import json, keyword
NAMES = json.loads(open(CASE_DIR / "names.json", encoding="utf-8").read())
classes = {n: getattr(pkg.models, n) for n in pkg.models.__all__}
assert len(classes) >= len(NAMES), sorted(classes)
found = {}
for cls_name, cls in classes.items():
    assert cls_name.isidentifier() and not keyword.iskeyword(cls_name)
    cls.model_rebuild(force=True)
    if "name" in cls.model_fields:
        found[cls.model_fields["name"].annotation.__args__[0].__args__[0]] = cls
assert sorted(found) == sorted(NAMES), sorted(found)
for n, cls in found.items():
    m = cls.model_validate({"name": n, "self": {"name": n}})
    assert type(m.self_ if hasattr(m, "self_") else m.self) is cls
