import json
WEIRD = json.loads(open(CASE_DIR / "names.json", encoding="utf-8").read())
def distinct(model):
    aliases = [name if f.alias is None else f.alias for name, f in model.model_fields.items()]
    assert sorted(aliases) == sorted(WEIRD), (sorted(aliases), sorted(WEIRD))
    data = {w: i for i, w in enumerate(WEIRD)}
    m = model.model_validate(data)
    assert m.model_dump(by_alias=True, exclude_none=True) == data, m.model_dump(by_alias=True)
    for name in model.model_fields:
        assert name.isidentifier() and not keyword.iskeyword(name), name
import keyword
distinct(pkg.models.Weird)
