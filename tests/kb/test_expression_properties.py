"""Property tests: no text makes the expression language crash, hang or reach Python."""

from __future__ import annotations

import ast
import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kb.expressions import CURRENT, ExpressionError, parse

TOKENS = [
    "a",
    "b",
    "docs",
    "_",
    ".",
    "1",
    "0",
    "2.5",
    "-",
    "+",
    "*",
    "/",
    "%",
    "**",
    "//",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ",",
    ":",
    "==",
    "!=",
    "<",
    "<=",
    ">",
    ">=",
    "and",
    "or",
    "not",
    "in",
    "is",
    "if",
    "else",
    "lambda",
    "'x'",
    '"y"',
    "true",
    "null",
    "count",
    "answered",
    "sum",
    "coalesce",
    "length",
    "digits",
    "__import__",
    "__class__",
    "os",
    "open",
    "eval",
    "exec",
    ";",
    "=",
    ":=",
    "@",
    "~",
    "`",
    "\\",
    "\n",
    "#",
    " ",
    "9" * 30,
    "1e308",
    "yield",
    "await",
    "f'{a}'",
    "b'z'",
    "...",
]
VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3),
    max_leaves=6,
)
ALLOWED = (
    ast.BoolOp, ast.And, ast.Or, ast.UnaryOp, ast.Not, ast.USub, ast.UAdd, ast.BinOp,
    ast.Add, ast.Sub, ast.Mult, ast.Div, ast.Mod, ast.Compare, ast.Eq, ast.NotEq, ast.Lt,
    ast.LtE, ast.Gt, ast.GtE, ast.In, ast.NotIn, ast.Name, ast.Load, ast.Constant, ast.List,
    ast.Tuple, ast.Call, ast.IfExp,
)  # fmt: skip


def _run(source: str, env: dict[str, object]) -> None:
    try:
        expression = parse(source)
    except ExpressionError:
        return
    # Whatever was accepted is made only of whitelisted nodes, and calls only named functions.
    for node in ast.walk(expression.tree):
        assert isinstance(node, ALLOWED), type(node).__name__
        if isinstance(node, ast.Call):
            assert isinstance(node.func, ast.Name) and not node.keywords
        if isinstance(node, ast.Name):
            assert not node.id.startswith("__")
    with contextlib.suppress(ExpressionError):
        expression.evaluate(env)


@settings(max_examples=600, deadline=None)
@given(
    st.lists(st.sampled_from(TOKENS), max_size=25).map(" ".join),
    st.dictionaries(st.sampled_from(["a", "b", "docs", CURRENT]), VALUES),
)
def test_token_soup_never_crashes_or_escapes(source: str, env: dict[str, object]) -> None:
    _run(source, env)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80), st.dictionaries(st.sampled_from(["a", "b"]), VALUES))
def test_any_text_never_crashes(source: str, env: dict[str, object]) -> None:
    _run(source, env)


@pytest.mark.parametrize(
    "source",
    [
        "not " * 450 + "a",
        "-" * 1900 + "1",
        "(" * 150 + "1" + ")" * 150,
        "9" * 1500 + " / 3",
        "[" * 99 + "]" * 99,
        "1e308 * 1e308 > 1",
        "count()",
        "coalesce(*a)",
    ],
)
def test_pathological_expressions(source: str) -> None:
    _run(source, {"a": [1]})


@pytest.mark.parametrize(
    ("source", "column"),
    [("a == ", 5), ("a and (b", 7), ("a.b", 1), ("count(a, b)", 1), ("a == 1 +* 2", 10)],
)
def test_invalid_expressions_name_the_position(source: str, column: int) -> None:
    with pytest.raises(ExpressionError) as caught:
        parse(source)
    assert caught.value.column is not None
    assert f"(column {caught.value.column})" in str(caught.value)
    assert abs(caught.value.column - column) <= 2, str(caught.value)


def test_the_current_value() -> None:
    assert parse(". >= 0 and . <= 3").evaluate({CURRENT: 2}) is True
    assert parse("not ('geen' in . and count(.) > 1)").evaluate({CURRENT: ["geen", "x"]}) is False
    assert parse(".5 + 1").evaluate({}) == 1.5
    assert parse("length(.) == 9 and digits(.) == 9").holds({CURRENT: "123456789"})
