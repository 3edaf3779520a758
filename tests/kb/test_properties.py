"""Property tests: whatever bytes or front matter the loader gets, it only ever raises its own
validation error, and that error names the file and a line inside it."""

from __future__ import annotations

import contextlib
import datetime as dt
import tomllib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kb.loader import parse_article, parse_checklist, parse_glossary
from kb.problems import ContentError

SHOWN = "content/nl/wwft/random.md"


def _assert_located(exc: ContentError, shown: str, data: bytes) -> None:
    lines = max(1, data.count(b"\n") + 1)
    assert exc.problems
    for problem in exc.problems:
        assert problem.path == shown
        assert 1 <= problem.line <= lines
        assert str(problem).startswith(f"{shown}:{problem.line}: ")


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_random_bytes(data: bytes) -> None:
    for parse in (parse_article, parse_checklist, parse_glossary):
        try:
            parse(data, SHOWN)
        except ContentError as exc:
            _assert_located(exc, SHOWN, data)


toml_scalars = st.one_of(
    st.text(max_size=30),
    st.integers(),
    st.booleans(),
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 1, 1)),
    st.lists(st.text(max_size=10), max_size=3),
)
keys = st.sampled_from(
    [
        "id",
        "lang",
        "title",
        "summary",
        "kind",
        "audiences",
        "topics",
        "reviewed",
        "related",
        "sources",
        "extra",
    ]
)


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | dt.date):
        return str(value) if not isinstance(value, dt.date) else value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    escaped = str(value).replace("\\", "\\\\").replace('"', '\\"')
    escaped = "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in escaped)
    return f'"{escaped}"'


@settings(max_examples=300)
@given(st.dictionaries(keys, toml_scalars, max_size=11), st.text(max_size=200))
def test_random_front_matter(front: dict[str, object], body: str) -> None:
    toml_text = "\n".join(f"{k} = {_toml_value(v)}" for k, v in front.items())
    with contextlib.suppress(tomllib.TOMLDecodeError):  # still fine: the loader must report it
        tomllib.loads(toml_text)
    data = f"+++\n{toml_text}\n+++\n{body}".encode("utf-8", "surrogatepass")
    try:
        parse_article(data, SHOWN, expected_id="wwft/random")
    except ContentError as exc:
        _assert_located(exc, SHOWN, data)
