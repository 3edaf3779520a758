"""The model worksheet answers of a case: the answers and decision that reproduce its model answer.

Each case in `content/*/casussen/` has a file `cases/<slug>.toml` with the answers a careful
officer would give on the worksheet, the decision (with override, conditions and review where
the model answer has them) and what must come out: the classification the rules propose, the
final classification, the factors, the proposed and the final decision. A test runs every file
through the engine; the exercise mode compares a participant's assessment with it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict

from kb import loader
from kb.models import ArticleId, Slug, Text
from kb.problems import ContentError, Problem
from kb.tomlpos import locate
from kb.worksheet.decision import DecisionInput, final_level
from kb.worksheet.definitions import LoadedDefinition
from kb.worksheet.fill import FillInput, FillResult, fill
from kb.worksheet.models import MEASURE_OF, Decision, Level, Measure

CASES = "cases"
CASE_SECTION = "casussen"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Expected(_Strict):
    """What the model answers must give when they run through the engine."""

    proposed_classification: Level
    classification: Level  # final: the proposal, or the override the model answer makes
    measure: Measure
    factors: list[Slug]
    proposed_decision: Decision
    decision: Decision


class CaseModelAnswer(_Strict):
    case: ArticleId
    definition: Slug
    # Why the answers are what they are: facts the case leaves open, and any override.
    note: Text
    answers: dict[str, Any]
    decision: DecisionInput
    expect: Expected

    @property
    def slug(self) -> str:
        return self.case.split("/", 1)[1]


@dataclass(frozen=True)
class LoadedCaseAnswer:
    model: CaseModelAnswer
    path: str
    text: str

    def line(self, *loc: str | int) -> int:
        return locate(self.text, loc)


def case_answer_paths(root: Path) -> list[Path]:
    folder = root / CASES
    return sorted(folder.glob("*.toml")) if folder.is_dir() else []


def parse_case_answer(data: bytes, shown: str) -> LoadedCaseAnswer:
    text = loader.decode(data, shown)
    raw = loader.parse_toml(text, shown)
    model = loader.validate(CaseModelAnswer, raw, text, shown, first=1)
    return LoadedCaseAnswer(model, shown, text)


def load_case_answers(
    root: Path,
    article_ids: Iterable[str] | None = None,
    definitions: dict[str, LoadedDefinition] | None = None,
) -> dict[str, LoadedCaseAnswer]:
    """Every `cases/*.toml` under `root`, by case id; raise `ContentError` listing all problems.

    With `article_ids`, each file must name a case that exists; with `definitions`, its
    definition must exist and its answers and factors must be that definition's.
    """
    known = set(article_ids) if article_ids is not None else None
    problems: list[Problem] = []
    loaded: dict[str, LoadedCaseAnswer] = {}
    for path in case_answer_paths(root):
        shown = loader.display_path(path, root)
        try:
            item = parse_case_answer(path.read_bytes(), shown)
        except ContentError as exc:
            problems.extend(exc.problems)
            continue
        problems += references(item, known, definitions)
        if path.stem != item.model.slug:
            message = f"the file name must be the case's slug: {item.model.slug}.toml"
            problems.append(Problem(shown, item.line("case"), message))
        if item.model.case in loaded:
            other = loaded[item.model.case].path
            message = f"duplicate model answers for {item.model.case!r}: also in {other}"
            problems.append(Problem(shown, item.line("case"), message))
            continue
        loaded[item.model.case] = item
    if problems:
        raise ContentError(problems)
    return loaded


def references(
    item: LoadedCaseAnswer,
    article_ids: set[str] | None,
    definitions: dict[str, LoadedDefinition] | None,
) -> list[Problem]:
    model = item.model
    problems: list[Problem] = []
    if not model.case.startswith(f"{CASE_SECTION}/"):
        message = f"case: {model.case!r} is not in the {CASE_SECTION}/ section"
        problems.append(Problem(item.path, item.line("case"), message))
    elif article_ids is not None and model.case not in article_ids:
        problems.append(Problem(item.path, item.line("case"), f"case: no article {model.case!r}"))
    if definitions is None:
        return problems
    loaded = definitions.get(model.definition)
    if loaded is None:
        message = f"definition: no worksheet {model.definition!r}"
        problems.append(Problem(item.path, item.line("definition"), message))
        return problems
    definition = loaded.definition
    questions = {question.id for _, question in definition.questions()}
    for key in model.answers:
        if key not in questions:
            message = f"answers.{key}: no question {key!r} in {definition.id}"
            problems.append(Problem(item.path, item.line("answers", key), message))
    factor_ids = {factor.id for factor in definition.factors}
    for index, factor_id in enumerate(model.expect.factors):
        if factor_id not in factor_ids:
            message = f"expect.factors: no risk factor {factor_id!r} in {definition.id}"
            problems.append(Problem(item.path, item.line("expect", "factors", index), message))
    return problems


@dataclass(frozen=True)
class CaseRun:
    """The model answers run through the engine."""

    result: FillResult
    proposed: Level
    final: Level
    measure: Measure
    factors: tuple[str, ...]
    proposed_decision: Decision
    decision: Decision

    @property
    def problems(self) -> list[str]:
        return self.result.problems


def run_case(
    model: CaseModelAnswer, loaded: LoadedDefinition, content_version: str = "cases"
) -> CaseRun:
    now = model.decision.decided_at or dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    result = fill(
        loaded,
        content_version,
        FillInput(answers=dict(model.answers), decision=model.decision),
        now,
    )
    state = result.state
    final = final_level(state, model.decision)
    return CaseRun(
        result=result,
        proposed=state.proposal.level,
        final=final,
        measure=MEASURE_OF[final],
        factors=tuple(sorted(hit.id for hit in state.factors)),
        proposed_decision=state.proposal.decision,
        decision=model.decision.decision,
    )


def mismatches(model: CaseModelAnswer, run: CaseRun) -> list[str]:
    """Where the engine's outcome differs from what the model answer expects (empty: none)."""
    expect = model.expect
    found = [f"cannot be finalised: {problem}" for problem in run.problems]
    pairs: list[tuple[str, object, object]] = [
        ("proposed classification", expect.proposed_classification, run.proposed),
        ("classification", expect.classification, run.final),
        ("measure", expect.measure, run.measure),
        ("factors", tuple(sorted(expect.factors)), run.factors),
        ("proposed decision", expect.proposed_decision, run.proposed_decision),
        ("decision", expect.decision, run.decision),
    ]
    for what, wanted, got in pairs:
        if wanted != got:
            found.append(f"{what}: expected {wanted}, the engine gives {got}")
    return found
