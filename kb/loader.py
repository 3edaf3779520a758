"""Read the content folder into validated models, collecting every problem with file and line.

The loader is the one door between files an organisation edits and the rest of the program: a
bad file never raises anything but `ContentError`, whose problems read `path:line: message`.
"""

from __future__ import annotations

import ast
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from kb import expressions
from kb.files import article_paths as article_paths  # re-exported
from kb.files import default_root as default_root  # re-exported
from kb.models import (
    LANGUAGES,
    SECTIONS,
    Article,
    Checklist,
    FrontMatter,
    Glossary,
    Product,
    WorkForm,
)
from kb.problems import ContentError, Problem
from kb.tomlpos import locate

FENCE = "+++"
CHECKLIST_NAMES = frozenset({"product", "work_form"})
# `[text](kb:section/slug#anchor)` and reference definitions `[ref]: kb:section/slug`.
KB_LINK = re.compile(r"(?:\]\(\s*|^\s*\[[^\]]+\]:\s*)kb:([^)\s#]*)(#[^)\s]*)?", re.MULTILINE)

M = TypeVar("M", bound=BaseModel)


def display_path(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def decode(data: bytes, shown: str) -> str:
    """UTF-8 text of a content file, or a problem naming the line of the first bad byte."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ContentError(
            [Problem(shown, line, "the file is not valid UTF-8 text (save it as UTF-8)")]
        ) from None
    return text.removeprefix("\ufeff")


def parse_toml(text: str, shown: str, first_line: int = 1) -> dict[str, Any]:
    """Parse TOML; a syntax error becomes a problem on the line tomllib names."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        line = int(match.group(1)) if match else 1
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc)) or "invalid TOML"
        problem = Problem(shown, first_line + line - 1, f"bad TOML: {message}")
    except RecursionError:
        problem = Problem(shown, first_line, "bad TOML: nested too deeply")
    raise ContentError([problem])


def validate(model: type[M], data: dict[str, Any], toml_text: str, shown: str, first: int) -> M:
    """Validate `data` against `model`; each pydantic error becomes a problem on its line."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            loc = tuple(error["loc"])
            line = first + locate(toml_text, loc) - 1
            problems.append(Problem(shown, line, _describe(loc, error)))
        raise ContentError(problems) from None


def _describe(loc: tuple[Any, ...], error: Any) -> str:
    field = ".".join(str(part) for part in loc) or "front matter"
    kind = error["type"]
    if loc == ("sources",) and kind in {"missing", "too_short"}:
        return "the article has no source: add at least one [[sources]] with title and issuer"
    if kind == "missing":
        return f"missing field {field!r}"
    if kind == "extra_forbidden":
        return f"unknown field {field!r} (check its spelling)"
    message = str(error["msg"]).removeprefix("Value error, ")
    return f"{field}: {message}"


def split_front_matter(text: str, shown: str) -> tuple[str, str, int]:
    """Split an article into (TOML text, Markdown body, body's first line number)."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != FENCE:
        raise ContentError(
            [Problem(shown, 1, f"the file must start with a {FENCE} line, then TOML front matter")]
        )
    for index in range(1, len(lines)):
        if lines[index].strip() == FENCE:
            toml_text = "\n".join(lines[1:index])
            body = "\n".join(lines[index + 1 :])
            return toml_text, body, index + 2
    raise ContentError([Problem(shown, 1, f"the front matter is not closed by a second {FENCE}")])


def parse_article(data: bytes, shown: str, expected_id: str | None = None) -> Article:
    """Parse one article file; raise `ContentError` naming file and line on any problem."""
    text = decode(data, shown)
    toml_text, body, body_line = split_front_matter(text, shown)
    raw = parse_toml(toml_text, shown, first_line=2)
    meta = validate(FrontMatter, raw, toml_text, shown, first=2)
    if expected_id is not None and meta.id != expected_id:
        line = 1 + locate(toml_text, ("id",))
        raise ContentError(
            [
                Problem(
                    shown, line, f"id {meta.id!r} does not match its path: expected {expected_id!r}"
                )
            ]
        )
    return Article(meta=meta, body=body, path=shown, body_line=body_line, front_matter=toml_text)


def parse_checklist(data: bytes, shown: str) -> Checklist:
    text = decode(data, shown)
    raw = parse_toml(text, shown)
    checklist = validate(Checklist, raw, text, shown, first=1)
    problems = []
    for index, item in enumerate(checklist.items):
        if item.when is None:
            continue
        line = locate(text, ("items", index, "when"))
        try:
            expression = expressions.parse(item.when)
        except expressions.ExpressionError as exc:
            problems.append(Problem(shown, line, f"items.{item.id}.when: {exc}"))
            continue
        unknown = expression.names - CHECKLIST_NAMES
        if unknown:
            names = ", ".join(sorted(unknown))
            problems.append(
                Problem(
                    shown,
                    line,
                    f"items.{item.id}.when: unknown name {names} "
                    f"(a checklist condition can use: {', '.join(sorted(CHECKLIST_NAMES))})",
                )
            )
        for value in _string_literals(expression):
            if value not in _CONDITION_VALUES:
                problems.append(
                    Problem(
                        shown,
                        line,
                        f"items.{item.id}.when: {value!r} is not a product or work form",
                    )
                )
    if problems:
        raise ContentError(problems)
    return checklist


_CONDITION_VALUES = frozenset(p.value for p in Product) | frozenset(w.value for w in WorkForm)


def _string_literals(expression: expressions.Expression) -> Iterator[str]:
    for node in ast.walk(expression.tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.value


def parse_glossary(data: bytes, shown: str) -> Glossary:
    text = decode(data, shown)
    raw = parse_toml(text, shown)
    return validate(Glossary, raw, text, shown, first=1)


def path_problem(path: Path, root: Path) -> Problem | None:
    """Is an article file where the conventions say it must be?"""
    parts = path.relative_to(root / "content").parts
    shown = display_path(path, root)
    if len(parts) != 3:
        return Problem(shown, 1, "an article must be at content/<lang>/<section>/<slug>.md")
    lang, section, _ = parts
    if lang not in LANGUAGES:
        return Problem(shown, 1, f"unknown language folder {lang!r} (use {', '.join(LANGUAGES)})")
    if section not in SECTIONS:
        return Problem(shown, 1, f"unknown section {section!r} (use {', '.join(SECTIONS)})")
    if not re.match(r"^[a-z0-9]+(?:-[a-z0-9]+)*$", path.stem):
        return Problem(shown, 1, "a file name must be lower-case words joined by hyphens")
    return None


def kb_links(article: Article) -> Iterator[tuple[str, str | None, int]]:
    """Every `kb:` link in the body: (target id, anchor or None, line in the file)."""
    for match in KB_LINK.finditer(article.body):
        line = article.body_line + article.body.count("\n", 0, match.start())
        anchor = match.group(2)[1:] if match.group(2) else None
        yield match.group(1), anchor, line
