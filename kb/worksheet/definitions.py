"""Load worksheet definitions from TOML and check them, reporting problems as `path:line: message`.

Beyond the pydantic models this checks what only shows across the whole definition: every
expression parses and names only questions that exist; a choice compared with a value it does
not have; article and checklist ids that the library does not hold; calculations that depend on
themselves; enhanced-due-diligence questions feeding the factors that trigger them; and the
principle that a risk factor may never rest on the fact of sex work alone.
"""

from __future__ import annotations

import ast
import hashlib
import itertools
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kb import expressions, loader
from kb.library import Library
from kb.problems import ContentError, Problem
from kb.tomlpos import locate
from kb.worksheet.models import Definition, Question, QuestionType

WORKSHEETS = "worksheets"
CHOICE_TYPES = {
    QuestionType.CHOICE,
    QuestionType.MULTIPLE,
    QuestionType.YESNO,
    QuestionType.CHECK,
}


@dataclass(frozen=True)
class KnownIds:
    """The article and checklist ids a definition may link to."""

    articles: frozenset[str]
    checklists: frozenset[str]

    @classmethod
    def of(cls, library: Library) -> KnownIds:
        return cls(frozenset(library.ids()), frozenset(library.checklists))

    @classmethod
    def of_files(cls, root: Path) -> KnownIds:
        """The ids the content folder's file names imply, when the library does not load."""
        articles = frozenset(i for _, i in loader.article_paths(root) if i is not None)
        checklists: set[str] = set()
        for path in sorted((root / "checklists").glob("*.toml")):
            try:
                checklist_id = tomllib.loads(path.read_text("utf-8")).get("id")
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
                continue
            if isinstance(checklist_id, str):
                checklists.add(checklist_id)
        return cls(articles, frozenset(checklists))


@dataclass(frozen=True)
class LoadedDefinition:
    """A checked definition, where it came from, and the SHA-256 of its file."""

    definition: Definition
    path: str
    digest: str


def definition_paths(root: Path) -> list[Path]:
    folder = root / WORKSHEETS
    return sorted(folder.glob("*.toml")) if folder.is_dir() else []


def load_definitions(known: KnownIds | None, root: Path) -> dict[str, LoadedDefinition]:
    """Every definition under `root/worksheets/`, by id."""
    problems: list[Problem] = []
    loaded: dict[str, LoadedDefinition] = {}
    for path in definition_paths(root):
        try:
            item = load_definition(path, known, loader.display_path(path, root))
        except ContentError as exc:
            problems.extend(exc.problems)
            continue
        if item.definition.id in loaded:
            other = loaded[item.definition.id].path
            message = f"duplicate worksheet id {item.definition.id!r}: also in {other}"
            problems.append(Problem(item.path, 1, message))
            continue
        loaded[item.definition.id] = item
    if problems:
        raise ContentError(problems)
    return loaded


def load_definition(
    path: Path, known: KnownIds | None, shown: str | None = None
) -> LoadedDefinition:
    """Read and check one definition file; raise `ContentError` listing every problem."""
    shown = shown or path.as_posix()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ContentError([Problem(shown, 1, f"cannot read the file: {exc.strerror}")]) from None
    return parse_definition(data, shown, known)


def parse_definition(data: bytes, shown: str, known: KnownIds | None) -> LoadedDefinition:
    text = loader.decode(data, shown)
    raw = loader.parse_toml(text, shown)
    definition = loader.validate(Definition, raw, text, shown, first=1)
    problems = list(_Checker(definition, text, shown, known).problems())
    if problems:
        raise ContentError(problems)
    return LoadedDefinition(definition, shown, hashlib.sha256(data).hexdigest())


class _Checker:
    def __init__(self, definition: Definition, text: str, shown: str, known: KnownIds | None):
        self.definition = definition
        self.text = text
        self.shown = shown
        self.known = known
        self.questions = {q.id: q for _, q in definition.questions()}

    def problem(self, loc: tuple[str | int, ...], message: str) -> Problem:
        return Problem(self.shown, locate(self.text, loc), message)

    def problems(self) -> Iterator[Problem]:
        found = [*self._unique_ids(), *self._expressions(), *self._references()]
        yield from found
        if not found:
            yield from self._cycles()

    # -- ids ------------------------------------------------------------------------------
    def _unique_ids(self) -> Iterator[Problem]:
        seen_pages: set[str] = set()
        seen: set[str] = set()
        for p, page in enumerate(self.definition.pages):
            if page.id in seen_pages:
                yield self.problem(("pages", p, "id"), f"duplicate page id {page.id!r}")
            seen_pages.add(page.id)
            for q, question in enumerate(page.questions):
                if question.id in seen:
                    loc = ("pages", p, "questions", q, "id")
                    yield self.problem(loc, f"duplicate question id {question.id!r}")
                seen.add(question.id)
        factors: set[str] = set()
        for f, factor in enumerate(self.definition.factors):
            if factor.id in factors:
                yield self.problem(("factors", f, "id"), f"duplicate factor id {factor.id!r}")
            factors.add(factor.id)

    # -- expressions ----------------------------------------------------------------------
    def _expressions(self) -> Iterator[Problem]:
        for p, page in enumerate(self.definition.pages):
            if page.relevant is not None:
                yield from self._expression(page.relevant, ("pages", p, "relevant"), "relevant")
            for q, question in enumerate(page.questions):
                base: tuple[str | int, ...] = ("pages", p, "questions", q)
                for key in ("relevant", "required", "constraint", "calculate"):
                    source = getattr(question, key)
                    if isinstance(source, str):
                        yield from self._expression(
                            source,
                            (*base, key),
                            f"{question.id}.{key}",
                            current=key == "constraint",
                        )
        edd = {q.id for q in self.questions.values() if q.edd or q.triggered_by}
        facts = {q.id for q in self.questions.values() if q.sex_work_fact}
        for f, factor in enumerate(self.definition.factors):
            loc: tuple[str | int, ...] = ("factors", f, "when")
            found = list(self._expression(factor.when, loc, f"factors.{factor.id}.when"))
            yield from found
            if found:
                continue
            names = expressions.parse(factor.when).names
            fed = names & edd
            if fed:
                message = (
                    f"factors.{factor.id}.when: uses {', '.join(sorted(fed))}, which is only "
                    "asked when the risk is already raised (a circle)"
                )
                yield self.problem(loc, message)
            if names and names <= facts and factor.weight > 0:
                message = (
                    f"factors.{factor.id}.when: rests only on the fact of sex work "
                    f"({', '.join(sorted(names))}); a risk factor must name a concrete risk"
                )
                yield self.problem(loc, message)

    def _expression(
        self, source: str, loc: tuple[str | int, ...], what: str, *, current: bool = False
    ) -> Iterator[Problem]:
        try:
            expression = expressions.parse(source)
        except expressions.ExpressionError as exc:
            yield self.problem(loc, f"{what}: {exc}")
            return
        names = set(expression.names)
        if current:
            names.discard(expressions.CURRENT)
        unknown = sorted(names - set(self.questions))
        if unknown:
            yield self.problem(
                loc, f"{what}: unknown name {', '.join(unknown)} (not a question id)"
            )
        for name, value in _compared_literals(expression):
            if name == expressions.CURRENT and current:
                question = self._question_at(loc)
            else:
                question = self.questions.get(name)
            if question is None or question.type not in CHOICE_TYPES:
                continue
            if value not in question.choice_values():
                allowed = ", ".join(question.choice_values())
                message = f"{what}: {value!r} is not a choice of {question.id} ({allowed})"
                yield self.problem(loc, message)

    def _question_at(self, loc: tuple[str | int, ...]) -> Question | None:
        page, index = loc[1], loc[3]
        if isinstance(page, int) and isinstance(index, int):
            return self.definition.pages[page].questions[index]
        return None

    # -- references -----------------------------------------------------------------------
    def _references(self) -> Iterator[Problem]:
        definition = self.definition
        factor_ids = {factor.id for factor in definition.factors}
        refs: list[tuple[tuple[str | int, ...], str | None]] = [
            (("articles", i), a) for i, a in enumerate(definition.articles)
        ]
        refs += [
            (("decision", "articles", i), a) for i, a in enumerate(definition.decision.articles)
        ]
        for g, ground in enumerate(definition.decision.decline_grounds):
            refs.append((("decision", "decline_grounds", g, "article"), ground.article))
        for f, factor in enumerate(definition.factors):
            refs.append((("factors", f, "article"), factor.article))
        for p, page in enumerate(definition.pages):
            refs += [(("pages", p, "articles", i), a) for i, a in enumerate(page.articles)]
            for q, question in enumerate(page.questions):
                base: tuple[str | int, ...] = ("pages", p, "questions", q)
                refs += [((*base, "articles", i), a) for i, a in enumerate(question.articles)]
                for c, choice in enumerate(question.choices):
                    refs.append(((*base, "choices", c, "article"), choice.article))
                for i, factor_id in enumerate(question.triggered_by):
                    if factor_id not in factor_ids:
                        message = f"{question.id}.triggered_by: no risk factor {factor_id!r}"
                        yield self.problem((*base, "triggered_by", i), message)
                if question.checklist_from is not None:
                    source = self.questions.get(question.checklist_from)
                    if source is None or source.type is not QuestionType.CHOICE:
                        message = (
                            f"{question.id}.checklist_from: {question.checklist_from!r} "
                            "is not a choice question"
                        )
                        yield self.problem((*base, "checklist_from"), message)
        if self.known is not None:
            for loc, article_id in refs:
                if article_id is not None and article_id not in self.known.articles:
                    yield self.problem(loc, f"{_dotted(loc)}: no article {article_id!r}")
            for i, checklist_id in enumerate(definition.checklists):
                if checklist_id not in self.known.checklists:
                    yield self.problem(
                        ("checklists", i), f"checklists: no checklist {checklist_id!r}"
                    )
        reference = self.questions.get(definition.client_reference)
        if reference is None or reference.type is not QuestionType.TEXT:
            message = f"client_reference: {definition.client_reference!r} is not a text question"
            yield self.problem(("client_reference",), message)
        reporting = definition.decision.reporting_question
        if reporting not in self.questions:
            message = f"decision.reporting_question: no question {reporting!r}"
            yield self.problem(("decision", "reporting_question"), message)
        if "escalate" not in definition.decision.options:
            message = "decision.options: escalate must be an option (signs of exploitation need it)"
            yield self.problem(("decision", "options"), message)

    # -- cycles ---------------------------------------------------------------------------
    def _cycles(self) -> Iterator[Problem]:
        from kb.worksheet.engine import DefinitionCycle, build_graph

        try:
            build_graph(self.definition)
        except DefinitionCycle as exc:
            yield Problem(self.shown, 1, str(exc))
        except expressions.ExpressionError:
            return  # already reported with its line


def _dotted(loc: tuple[str | int, ...]) -> str:
    return ".".join(str(part) for part in loc)


def _compared_literals(expression: expressions.Expression) -> Iterator[tuple[str, str]]:
    """(name, text) for `name == 'text'`, `name != 'text'`, `name in [...]`, `'text' in name`."""
    for node in ast.walk(expression.tree):
        if not isinstance(node, ast.Compare):
            continue
        operands = [node.left, *node.comparators]
        for left, right in itertools.pairwise(operands):
            for a, b in ((left, right), (right, left)):
                if isinstance(a, ast.Name):
                    for value in _strings(b):
                        yield a.id, value


def _strings(node: ast.expr) -> Iterator[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.List | ast.Tuple):
        for element in node.elts:
            if isinstance(element, ast.Constant) and isinstance(element.value, str):
                yield element.value
