"""A small, safe expression language for conditions in content files.

Checklist conditions (`when`) and, later, worksheet rules (`relevant`, `constraint`, ...) are
written by content authors, not programmers, and are loaded from files an organisation may edit.
They are parsed with Python's `ast` and evaluated by walking a whitelist of node types: nothing is
ever passed to `eval`, no attribute access, no subscripts, no imports, only the functions below.

Semantics follow XLSForm where it matters: an unanswered value is `None`; comparing `None` with
anything but `None` is false; arithmetic with `None` gives `None` (like ODK's NaN), so a rule over
a missing answer never fires by accident. In a constraint, `.` is the value being checked
(`. >= 0`); it is read as the reserved name `_` (see `CURRENT`).

Nothing a content author writes can crash the program: `parse` and `Expression.evaluate` raise
`ExpressionError` and nothing else (a property test in tests/kb/test_expression_properties.py
holds them to that).
"""

from __future__ import annotations

import ast
import io
import operator
import tokenize
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

MAX_LENGTH = 2_000  # a condition longer than this is a content mistake, not a use case
CURRENT = "_"  # the name `.` (the value a constraint checks) is read as


class ExpressionError(ValueError):
    """A condition that does not parse or uses something the language does not allow."""

    def __init__(self, message: str, column: int | None = None) -> None:
        super().__init__(message if column is None else f"{message} (column {column})")
        self.column = column


def _answered(value: object) -> bool:
    return value is not None and value != "" and value != [] and value != ()


def _count(value: object) -> int:
    if isinstance(value, list | tuple | set | frozenset):
        return sum(1 for v in value if _answered(v))
    return 1 if _answered(value) else 0


def _sum(value: object) -> float | int:
    if isinstance(value, list | tuple):
        return sum(v for v in value if isinstance(v, int | float) and not isinstance(v, bool))
    return value if isinstance(value, int | float) and not isinstance(value, bool) else 0


def _coalesce(*values: object) -> object:
    return next((v for v in values if _answered(v)), None)


def _length(value: object) -> int | None:
    return len(value) if isinstance(value, str | list | tuple) else None


def _digits(value: object) -> int | None:
    return sum(c.isdigit() for c in value) if isinstance(value, str) else None


FUNCTIONS: dict[str, Callable[..., Any]] = {
    "answered": _answered,
    "count": _count,
    "sum": _sum,
    "coalesce": _coalesce,
    "length": _length,
    "digits": _digits,
}
# How many arguments each function takes: (at least, at most or None for any number).
ARITY: dict[str, tuple[int, int | None]] = {
    "answered": (1, 1),
    "count": (1, 1),
    "sum": (1, 1),
    "coalesce": (1, None),
    "length": (1, 1),
    "digits": (1, 1),
}

_CONSTANT_NAMES = {"true": True, "false": False, "null": None, "True": True, "False": False}

_COMPARE: dict[type[ast.cmpop], Callable[[Any, Any], bool]] = {
    ast.Eq: operator.eq,
    ast.NotEq: operator.ne,
    ast.Lt: operator.lt,
    ast.LtE: operator.le,
    ast.Gt: operator.gt,
    ast.GtE: operator.ge,
}

_ARITHMETIC: dict[type[ast.operator], Callable[[Any, Any], Any]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Mod: operator.mod,
}


@dataclass(frozen=True)
class Expression:
    """A parsed condition: its source text, the answer names it reads, and its tree."""

    source: str
    names: frozenset[str]
    tree: ast.expr = field(repr=False, compare=False)

    def evaluate(self, env: Mapping[str, object]) -> object:
        try:
            return _Evaluator(env).visit(self.tree)
        except ExpressionError:
            raise
        except RecursionError:
            raise ExpressionError("the condition is nested too deeply") from None
        except (ArithmeticError, TypeError, ValueError) as exc:
            raise ExpressionError(f"cannot be computed: {exc}") from None

    def holds(self, env: Mapping[str, object]) -> bool:
        """Evaluate as a condition: anything but a true-ish value (including `None`) is false."""
        return bool(self.evaluate(env))


def parse(source: str) -> Expression:
    """Parse `source`, check it against the whitelist, and return an `Expression`."""
    if not isinstance(source, str):
        raise ExpressionError("a condition must be text")
    text = source.strip()
    if not text:
        raise ExpressionError("the condition is empty")
    if len(text) > MAX_LENGTH:
        raise ExpressionError(f"the condition is longer than {MAX_LENGTH} characters")
    try:
        module = ast.parse(_current_value_as_name(text), mode="eval")
    except SyntaxError as exc:
        # Python puts an unexpected end at column 0: point just past the text instead.
        column = exc.offset if exc.offset and exc.offset > 0 else len(text) + 1
        raise ExpressionError(f"does not parse: {exc.msg}", column) from None
    except (RecursionError, MemoryError):
        raise ExpressionError("the condition is nested too deeply") from None
    except ValueError as exc:  # for instance a NUL character
        raise ExpressionError(f"does not parse: {exc}") from None
    names: set[str] = set()
    try:
        _check(module.body, names)
    except RecursionError:
        raise ExpressionError("the condition is nested too deeply") from None
    return Expression(text, frozenset(names), module.body)


def _current_value_as_name(text: str) -> str:
    """Replace a stand-alone `.` (XLSForm's current value) by `_`: same length, same columns."""
    if "." not in text:
        return text
    chars = list(text)
    previous: tokenize.TokenInfo | None = None
    offsets = [0]
    for line in text.splitlines(keepends=True):
        offsets.append(offsets[-1] + len(line))
    try:
        for token in tokenize.generate_tokens(io.StringIO(text).readline):
            if token.type == tokenize.OP and token.string == "." and not _ends_operand(previous):
                row, col = token.start
                chars[offsets[row - 1] + col] = CURRENT
            if token.type not in (tokenize.NL, tokenize.NEWLINE, tokenize.COMMENT):
                previous = token
    except (tokenize.TokenError, SyntaxError, IndexError):
        return text  # ast.parse reports the problem with its position
    return "".join(chars)


def _ends_operand(token: tokenize.TokenInfo | None) -> bool:
    if token is None:
        return False
    if token.type in (tokenize.NAME, tokenize.NUMBER, tokenize.STRING):
        return token.string not in {"and", "or", "not", "in", "if", "else", "is"}
    return token.type == tokenize.OP and token.string in {")", "]", "}"}


def _check(node: ast.AST, names: set[str]) -> None:
    match node:
        case ast.BoolOp(values=values):
            for value in values:
                _check(value, names)
        case ast.UnaryOp(op=ast.Not() | ast.USub() | ast.UAdd(), operand=operand):
            _check(operand, names)
        case ast.BinOp(left=left, op=op, right=right) if type(op) in _ARITHMETIC:
            _check(left, names)
            _check(right, names)
        case ast.Compare(left=left, ops=ops, comparators=comparators):
            for cmp in ops:
                if type(cmp) not in _COMPARE and not isinstance(cmp, ast.In | ast.NotIn):
                    _reject(node, f"the comparison {type(cmp).__name__} is not allowed")
            _check(left, names)
            for comparator in comparators:
                _check(comparator, names)
        case ast.Name(id=name):
            if name.startswith("__"):
                _reject(node, f"{name} is not allowed: names cannot start with __")
            if name in FUNCTIONS:
                _reject(node, f"{name} is a function: call it as {name}(...)")
            if name not in _CONSTANT_NAMES:
                names.add(name)
        case ast.Constant(value=value):
            if not isinstance(value, str | int | float | bool | type(None)):
                _reject(node, "only text, numbers, true/false and null are allowed as values")
        case ast.List(elts=elts) | ast.Tuple(elts=elts):
            for elt in elts:
                _check(elt, names)
        case ast.Call(func=ast.Name(id=fname), args=args, keywords=[]) if fname in FUNCTIONS:
            least, most = ARITY[fname]
            if len(args) < least or (most is not None and len(args) > most):
                wanted = f"{least}" if least == most else f"at least {least}"
                _reject(node, f"{fname}() takes {wanted} argument{'s' if wanted != '1' else ''}")
            for arg in args:
                if isinstance(arg, ast.Starred):
                    _reject(arg, "Starred is not allowed in a condition")
                _check(arg, names)
        case ast.Call():
            allowed = ", ".join(sorted(FUNCTIONS))
            _reject(node, f"only these functions can be called: {allowed}")
        case ast.IfExp(test=test, body=body, orelse=orelse):
            for part in (test, body, orelse):
                _check(part, names)
        case _:
            _reject(node, f"{type(node).__name__} is not allowed in a condition")


def _reject(node: ast.AST, message: str) -> None:
    column = getattr(node, "col_offset", None)
    raise ExpressionError(message, None if column is None else column + 1)


class _Evaluator:
    def __init__(self, env: Mapping[str, object]) -> None:
        self.env = env

    def visit(self, node: ast.expr) -> Any:
        match node:
            case ast.BoolOp(op=ast.And(), values=values):
                result: Any = True
                for value in values:
                    result = self.visit(value)
                    if not result:
                        return result
                return result
            case ast.BoolOp(values=values):
                result = False
                for value in values:
                    result = self.visit(value)
                    if result:
                        return result
                return result
            case ast.UnaryOp(op=ast.Not(), operand=operand):
                return not self.visit(operand)
            case ast.UnaryOp(op=op, operand=operand):
                number = self.visit(operand)
                if not _is_number(number):
                    return None
                return -number if isinstance(op, ast.USub) else number
            case ast.BinOp(left=left, op=op, right=right):
                return _arithmetic(op, self.visit(left), self.visit(right))
            case ast.Compare(left=left, ops=ops, comparators=comparators):
                current = self.visit(left)
                for cmp, comparator in zip(ops, comparators, strict=True):
                    other = self.visit(comparator)
                    if not _compare(cmp, current, other):
                        return False
                    current = other
                return True
            case ast.Name(id=name):
                if name in _CONSTANT_NAMES:
                    return _CONSTANT_NAMES[name]
                return self.env.get(name)
            case ast.Constant(value=value):
                return value
            case ast.List(elts=elts) | ast.Tuple(elts=elts):
                return [self.visit(elt) for elt in elts]
            case ast.Call(func=ast.Name(id=fname), args=args):
                return FUNCTIONS[fname](*(self.visit(arg) for arg in args))
            case ast.IfExp(test=test, body=body, orelse=orelse):
                return self.visit(body) if self.visit(test) else self.visit(orelse)
        raise ExpressionError(f"{type(node).__name__} is not allowed in a condition")


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _arithmetic(op: ast.operator, left: object, right: object) -> object:
    function = _ARITHMETIC[type(op)]
    if isinstance(op, ast.Add) and isinstance(left, str) and isinstance(right, str):
        return left + right
    if not (_is_number(left) and _is_number(right)):
        return None
    if isinstance(op, ast.Div | ast.Mod) and right == 0:
        return None
    return function(left, right)


def _compare(op: ast.cmpop, left: object, right: object) -> bool:
    if isinstance(op, ast.In | ast.NotIn):
        if not isinstance(right, list | tuple | str):
            return False
        if isinstance(right, str) and not isinstance(left, str):
            return False
        found = left in right
        return found if isinstance(op, ast.In) else not found
    if isinstance(op, ast.Eq):
        return left == right
    if isinstance(op, ast.NotEq):
        return left != right
    if left is None or right is None:
        return False
    try:
        return bool(_COMPARE[type(op)](left, right))
    except TypeError:
        return False
