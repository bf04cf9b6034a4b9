"""Property tests: any spec string becomes a safe identifier or a literal that reads back as written.

Names: any text gives a valid, ASCII, non-keyword identifier that is not reserved, and distinct texts
stay distinct through the builder's uniqueness logic (`field_name` + `unique` for model fields,
`safe_identifier(snake(...))` + `unique` for parameters, `pascal` + `unique` for classes).

Literals: `py_str`, `py_value`, `docstring` and `comment` give source that compiles; strings read back
unchanged, docstrings after the normalisation `docstring_body` documents (CRLF and CR to LF, strip the
ends, tabs to four spaces, no trailing spaces on a line).
"""

from __future__ import annotations

import io
import keyword
import math
import sys
import tokenize

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.literals import comment, docstring, docstring_body, py_str, py_value, toml_str
from generator.naming import (
    RESERVED_CLASS_NAMES,
    RESERVED_FIELD_NAMES,
    RESERVED_PARAM_NAMES,
    field_name,
    operation_name,
    pascal,
    safe_identifier,
    snake,
    unique,
)

BUDGET = settings(max_examples=300, deadline=None, derandomize=True)

# Any text, with the characters that break generators drawn often.
NASTY_CHARS = list('"\'\\{}#\n\r\t\x00\x07\x0b\x0c\x1b\x7f\x85\xa0\u2028\u2029\u200b\u202e\ufeff\ud800\udfffﬁｆß_-./ ')
TEXT = st.one_of(
    st.text(),
    st.text(alphabet=st.sampled_from(NASTY_CHARS), max_size=30),
    st.lists(
        st.sampled_from(['"""', '"', "\\", "\\N{", "\\u12", "\\x", "'''", "{{", "}}", "\r\n", "\u2028", "class",
                         "__init__", "model_dump", "None", "a-b", "a_b", "ﬁeld", "field", "1", "$", " "]),
        max_size=8,
    ).map("".join),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=40),
)


def _valid(name: str) -> None:
    assert name.isidentifier() and name.isascii(), repr(name)
    assert not keyword.iskeyword(name), repr(name)


# --- names --------------------------------------------------------------------------------------


@BUDGET
@given(TEXT)
def test_any_text_is_a_valid_identifier(text: str) -> None:
    assert snake(text).isidentifier() and snake(text).isascii()  # keywords are safe_identifier's job
    _valid(pascal(text))
    _valid(safe_identifier(snake(text, "param"), reserved=RESERVED_PARAM_NAMES))
    name = field_name(text)
    _valid(name)
    assert name not in RESERVED_FIELD_NAMES and not name.startswith("_")


@BUDGET
@given(st.lists(TEXT, unique=True, max_size=12))
def test_distinct_property_names_stay_distinct(wires: list[str]) -> None:
    """As Builder.build_model names the fields of one model."""
    taken: set[str] = set()
    names = [unique(field_name(wire), taken) for wire in wires]
    assert len(set(names)) == len(wires)
    for name in names:
        _valid(name)
        assert name not in RESERVED_FIELD_NAMES and not name.startswith("_")


@BUDGET
@given(st.lists(st.tuples(TEXT, st.sampled_from(["path", "query", "header", "body"])), unique=True, max_size=12))
def test_distinct_parameter_names_stay_distinct(wires: list[tuple[str, str]]) -> None:
    """As Builder.build_params / make_param name the arguments of one method."""
    taken: set[str] = set(RESERVED_PARAM_NAMES)
    names = [unique(safe_identifier(snake(w, "param"), reserved=RESERVED_PARAM_NAMES), taken, [loc]) for w, loc in wires]
    assert len(set(names)) == len(wires)
    for name in names:
        _valid(name)
        assert name not in RESERVED_PARAM_NAMES


@BUDGET
@given(st.lists(TEXT, unique=True, max_size=12))
def test_distinct_schema_names_give_distinct_classes(keys: list[str]) -> None:
    """As Builder.register_components names component schemas."""
    taken: set[str] = set(RESERVED_CLASS_NAMES)
    names = [unique(pascal(key), taken, ["schema"]) for key in keys]
    assert len(set(names)) == len(keys)
    for name in names:
        _valid(name)
        assert name not in RESERVED_CLASS_NAMES


@BUDGET
@given(st.sampled_from(["get", "post", "delete", "put", "patch"]), TEXT, st.one_of(st.none(), TEXT))
def test_operation_names_are_identifiers(method: str, path: str, extension: str | None) -> None:
    name = operation_name(method, "/" + path, extension=extension)
    for part in (*name.resource, name.method):
        _valid(part)


# --- literals -----------------------------------------------------------------------------------


def _run(source: str) -> dict[str, object]:
    source.encode("utf-8")  # every generated file is written as UTF-8
    namespace: dict[str, object] = {}
    exec(compile(source, "<generated>", "exec"), namespace)
    return namespace


def normalised(text: str) -> str:
    """What a docstring reads back as (the normalisation docstring_body documents)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip().replace("\t", "    ")
    return "\n".join(line.rstrip(" ") for line in text.split("\n"))


@BUDGET
@given(TEXT)
def test_py_str_reads_back(text: str) -> None:
    assert _run(f"x = {py_str(text)}\n")["x"] == text


JSON_SCALAR = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True), TEXT
)


@BUDGET
@given(JSON_SCALAR)
def test_py_value_reads_back(value: object) -> None:
    got = _run(f"x = {py_value(value)}\n")["x"]
    if isinstance(value, float) and math.isnan(value):
        assert isinstance(got, float) and math.isnan(got)
    else:
        assert got == value and type(got) is type(value)


@BUDGET
@given(TEXT)
def test_module_docstring_reads_back(text: str) -> None:
    source = docstring(text)
    namespace = _run(source + "\nx = 1\n")
    expected = normalised(text)
    expected += "\n" if "\n" in expected else ""  # a multi-line docstring closes on a line of its own
    assert (namespace.get("__doc__") or "") == expected


@pytest.mark.skipif(sys.version_info >= (3, 13), reason="3.13 dedents docstrings at compile time")
@BUDGET
@given(TEXT)
def test_indented_docstring_reads_back(text: str) -> None:
    source = docstring(text, "        ")
    namespace = _run(f"class C:\n    def f(self):\n        {source or 'pass'}\n        return 1\n")
    doc = namespace["C"].f.__doc__ or ""  # type: ignore[attr-defined]
    lines = doc.split("\n")
    undone = "\n".join([lines[0]] + [line.removeprefix("        ") for line in lines[1:]])
    expected = normalised(text)
    expected += "\n" if "\n" in expected else ""
    assert undone == expected


@BUDGET
@given(TEXT)
def test_docstring_body_cannot_close_a_literal(text: str) -> None:
    """docstring_body also goes inside larger docstrings (e.g. `\"\"\"{title}, API version ...\"\"\"`)."""
    body = docstring_body(text)
    assert _run(f'x = """{body} and more"""\n')["x"] == normalised(text) + " and more"


@BUDGET
@given(TEXT)
def test_comment_stays_one_line(text: str) -> None:
    line = comment(text)
    namespace = _run(f"x = 1  # {line}\ny = 2\n")
    assert namespace["y"] == 2
    tokens = list(tokenize.generate_tokens(io.StringIO(f"x = 1  # {line}\n").readline))
    comments = [t.string for t in tokens if t.type == tokenize.COMMENT]
    assert comments == [f"# {line}"]
    # comments are also used inside docstrings (the module docstring names the API title)
    assert isinstance(_run(f'"""{line}, API version 1."""\n')["__doc__"], str)


@BUDGET
@given(TEXT)
def test_toml_str_reads_back(text: str) -> None:
    import tomllib

    if any("\ud800" <= c <= "\udfff" for c in text):
        return  # not valid Unicode: the loader rejects such documents
    assert tomllib.loads(f"x = {toml_str(text)}\n")["x"] == text
