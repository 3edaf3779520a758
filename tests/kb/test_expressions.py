"""The condition language: what it computes, and everything it refuses."""

from __future__ import annotations

import pytest

from kb.expressions import ExpressionError, parse


@pytest.mark.parametrize(
    ("source", "env", "expected"),
    [
        ("product == 'hypotheek'", {"product": "hypotheek"}, True),
        ("product in ['hypotheek', 'aov']", {"product": "aov"}, True),
        ("product not in ['hypotheek', 'aov']", {"product": "aov"}, False),
        ("income > 1000 and not cash", {"income": 1500, "cash": False}, True),
        ("income > 1000 or cash", {"income": None, "cash": False}, False),
        ("a + b * 2", {"a": 1, "b": 3}, 7),
        ("count(docs) >= 2", {"docs": ["ib", "", "kvk"]}, True),
        ("answered(x)", {"x": ""}, False),
        ("sum(amounts) / 2", {"amounts": [10, 20]}, 15),
        ("coalesce(a, b, 'none')", {"a": None, "b": ""}, "none"),
        ("'yes' if flag == true else 'no'", {"flag": True}, "yes"),
        ("1 < x <= 3", {"x": 3}, True),
    ],
)
def test_evaluates(source: str, env: dict[str, object], expected: object) -> None:
    assert parse(source).evaluate(env) == expected


def test_missing_answers_never_fire_a_rule() -> None:
    # XLSForm semantics: blank compared with a number is false both ways; maths gives None.
    assert parse("income > 1000").holds({}) is False
    assert parse("income <= 1000").holds({}) is False
    assert parse("income * 2").evaluate({}) is None
    assert parse("income / 0").evaluate({"income": 5}) is None


def test_names_are_collected() -> None:
    assert parse("a and b or count(c) > 1 and true").names == {"a", "b", "c"}


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("", "empty"),
        ("product ==", "does not parse"),
        ("__import__('os')", "only these functions"),
        ("product.upper()", "only these functions"),
        ("product.__class__", "Attribute is not allowed"),
        ("docs[0]", "Subscript is not allowed"),
        ("lambda: 1", "Lambda is not allowed"),
        ("[x for x in docs]", "ListComp is not allowed"),
        ("count", "is a function"),
        ("a is None", "comparison Is is not allowed"),
        ("{'a': 1}", "Dict is not allowed"),
        ("b'bytes'", "only text, numbers"),
        ("x" * 2001, "longer than"),
    ],
)
def test_refuses(source: str, message: str) -> None:
    with pytest.raises(ExpressionError, match=message):
        parse(source)
