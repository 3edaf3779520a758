"""The worksheet state: answers in; relevance, validation, risk factors and proposal out.

Every rule in a definition becomes a node in a dependency graph (`build_graph`):

    answer:X    what the officer entered (a source, never computed)
    page:P      is the page relevant
    relevant:X  is question X relevant (its page, its `relevant`, EDD triggers)
    value:X     what expressions see as X: the (calculated) answer, or None when not relevant
    required:X  is X required now
    valid:X     X's problem: wrong type, or its constraint fails (None when fine)
    factor:F    is risk factor F present
    risk        the proposed classification (from all factors)
    edd         does enhanced due diligence apply: the proposed classification, or the final
                one (the officer's override, a source like an answer), is high

Enhanced-due-diligence questions (`edd = true`) are relevant when the proposed or the final
classification is high: an upward override asks them too (`Worksheet.set_override`).

`Worksheet.set_answer` re-evaluates only the nodes downstream of the changed answer, in
topological order; `evaluate` computes everything from scratch. Both give the same state (a test
holds them to it). Semantics follow XLSForm: a constraint is not checked on a blank answer; a
question that is not relevant counts as blank for every rule; its answer is kept aside, shown in
the state, and left out of the final record.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from kb import expressions
from kb.expressions import Expression
from kb.models import Text
from kb.worksheet import answers as answer_types
from kb.worksheet.messages import Message, from_text, message
from kb.worksheet.models import Definition, Level, Question, RiskFactor
from kb.worksheet.risk import Proposal, classify

RISK = "risk"
EDD = "edd"
OVERRIDE = "answer:@override"  # a source, like an answer: the officer's override


class DefinitionCycle(ValueError):
    """Rules that depend on themselves: the definition cannot be evaluated."""


@dataclass(frozen=True)
class Graph:
    order: tuple[str, ...]
    deps: Mapping[str, frozenset[str]]
    dependents: Mapping[str, frozenset[str]]
    exprs: Mapping[str, Expression]


def _names(expression: Expression | None) -> set[str]:
    if expression is None:
        return set()
    return {f"value:{name}" for name in expression.names if name != expressions.CURRENT}


def build_graph(definition: Definition) -> Graph:
    """The dependency graph of every rule; raises `DefinitionCycle` or `ExpressionError`."""
    exprs: dict[str, Expression] = {}
    deps: dict[str, set[str]] = {}

    def parsed(key: str, source: str | bool | None) -> Expression | None:
        if not isinstance(source, str):
            return None
        exprs[key] = expressions.parse(source)
        return exprs[key]

    for page in definition.pages:
        deps[f"page:{page.id}"] = _names(parsed(f"page:{page.id}", page.relevant))
        for q in page.questions:
            relevant = {f"page:{page.id}"} | _names(parsed(f"relevant:{q.id}", q.relevant))
            if q.edd:
                relevant.add(EDD)
            relevant |= {f"factor:{factor_id}" for factor_id in q.triggered_by}
            deps[f"relevant:{q.id}"] = relevant
            calc = parsed(f"value:{q.id}", q.calculate)
            deps[f"value:{q.id}"] = {f"relevant:{q.id}"} | (
                _names(calc) if calc else {f"answer:{q.id}"}
            )
            deps[f"required:{q.id}"] = {f"relevant:{q.id}"} | _names(
                parsed(f"required:{q.id}", q.required)
            )
            deps[f"valid:{q.id}"] = {f"value:{q.id}", f"answer:{q.id}"} | _names(
                parsed(f"valid:{q.id}", q.constraint)
            )
    for factor in definition.factors:
        deps[f"factor:{factor.id}"] = _names(parsed(f"factor:{factor.id}", factor.when))
    deps[RISK] = {f"factor:{factor.id}" for factor in definition.factors}
    deps[EDD] = {RISK, OVERRIDE}
    deps[OVERRIDE] = set()
    for q_page, q in definition.questions():
        del q_page
        deps.setdefault(f"answer:{q.id}", set())
    return Graph(
        order=_topological(deps),
        deps={key: frozenset(value) for key, value in deps.items()},
        dependents=_invert(deps),
        exprs=exprs,
    )


def _invert(deps: Mapping[str, set[str]]) -> dict[str, frozenset[str]]:
    inverse: dict[str, set[str]] = defaultdict(set)
    for node, needs in deps.items():
        for need in needs:
            inverse[need].add(node)
    return {key: frozenset(value) for key, value in inverse.items()}


def _topological(deps: Mapping[str, set[str]]) -> tuple[str, ...]:
    remaining = {node: {d for d in needs if d in deps} for node, needs in deps.items()}
    order: list[str] = []
    ready = sorted(node for node, needs in remaining.items() if not needs)
    dependents = _invert(remaining)
    while ready:
        node = ready.pop()
        order.append(node)
        for user in sorted(dependents.get(node, ())):
            remaining[user].discard(node)
            if not remaining[user]:
                ready.append(user)
        del remaining[node]
    if len(order) != len(deps):
        stuck = sorted(node for node in deps if node not in set(order) and node not in (RISK, EDD))
        shown = ", ".join(stuck[:6]) + (" ..." if len(stuck) > 6 else "")
        raise DefinitionCycle(
            f"rules depend on themselves (a calculation, relevance or EDD question that "
            f"feeds its own condition): {shown}"
        )
    return tuple(order)


# -- state ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class QuestionState:
    id: str
    page: str
    relevant: bool
    required: bool
    value: object
    problem: Message | None  # its English text; `problem.text(lang)` in another language
    calculated: bool
    answered: bool

    @property
    def missing(self) -> bool:
        return self.relevant and self.required and not self.answered and self.problem is None


@dataclass(frozen=True)
class PageState:
    id: str
    status: str  # complete | missing | invalid | not-applicable
    relevant: bool = True


@dataclass(frozen=True)
class FactorHit:
    id: str
    category: str
    weight: int
    reason: Text
    article: str
    knockout: bool
    exploitation: bool

    @classmethod
    def of(cls, factor: RiskFactor) -> FactorHit:
        return cls(
            id=factor.id,
            category=factor.category.value,
            weight=factor.weight,
            reason=factor.reason,
            article=factor.article,
            knockout=factor.knockout,
            exploitation=factor.exploitation,
        )


@dataclass(frozen=True)
class WorksheetState:
    questions: Mapping[str, QuestionState]
    pages: tuple[PageState, ...]
    factors: tuple[FactorHit, ...]
    proposal: Proposal
    set_aside: Mapping[str, object]
    rule_errors: Mapping[str, str] = field(default_factory=dict)
    override: Level | None = None  # the officer's override the state was computed with

    @property
    def missing(self) -> list[str]:
        return [q.id for q in self.questions.values() if q.missing]

    @property
    def invalid(self) -> dict[str, Message]:
        return {q.id: q.problem for q in self.questions.values() if q.relevant and q.problem}

    @property
    def complete(self) -> bool:
        return not self.missing and not self.invalid

    @property
    def final_level(self) -> Level:
        return self.override or self.proposal.level

    @property
    def edd_triggered(self) -> bool:
        return Level.HIGH in (self.proposal.level, self.final_level)


class _Env(Mapping[str, object]):
    """What an expression sees: question ids mapped to their current values."""

    def __init__(self, values: Mapping[str, Any], current: object = None) -> None:
        self._values = values
        self._current = current

    def __getitem__(self, name: str) -> object:
        if name == expressions.CURRENT:
            return self._current
        return self._values.get(f"value:{name}")

    def __iter__(self) -> Iterator[str]:
        return (key.removeprefix("value:") for key in self._values if key.startswith("value:"))

    def __len__(self) -> int:
        return sum(1 for _ in self)


class Worksheet:
    """A worksheet being filled in: set answers one by one, read the state at any time."""

    def __init__(
        self,
        definition: Definition,
        answers: Mapping[str, object] | None = None,
        override: Level | None = None,
    ):
        self.definition = definition
        self._override = override
        self.graph = build_graph(definition)
        self._questions = {q.id: (page.id, q) for page, q in definition.questions()}
        self._factors = {f.id: f for f in definition.factors}
        self._answers: dict[str, object] = {}
        self._unknown: dict[str, object] = {}
        for key, value in (answers or {}).items():
            if key in self._questions:
                self._answers[key] = value
            else:
                self._unknown[key] = value
        self._nodes: dict[str, Any] = {}
        self._errors: dict[str, str] = {}
        self.evaluations = 0  # how many rules were evaluated; tests use it
        for node in self.graph.order:
            self._compute(node)

    @property
    def answers(self) -> dict[str, object]:
        return dict(self._answers)

    @property
    def unknown_answers(self) -> dict[str, object]:
        """Answers to ids the definition does not have (for instance from an older version)."""
        return dict(self._unknown)

    def set_answer(self, question_id: str, value: object) -> frozenset[str]:
        """Change one answer; re-evaluate what depends on it; return the nodes re-evaluated."""
        if question_id not in self._questions:
            raise KeyError(f"no question {question_id!r} in {self.definition.id}")
        if answer_types.is_blank(value):
            self._answers.pop(question_id, None)
        else:
            self._answers[question_id] = value
        dirty = self._downstream(f"answer:{question_id}")
        for node in self.graph.order:
            if node in dirty:
                self._compute(node)
        return frozenset(dirty)

    @property
    def override(self) -> Level | None:
        return self._override

    def set_override(self, level: Level | None) -> frozenset[str]:
        """The officer overrides the proposed classification (None: no override)."""
        if level == self._override:
            return frozenset()
        self._override = level
        dirty = self._downstream(OVERRIDE)
        for node in self.graph.order:
            if node in dirty:
                self._compute(node)
        return frozenset(dirty)

    def _downstream(self, start: str) -> set[str]:
        seen: set[str] = set()
        stack = [start]
        while stack:
            node = stack.pop()
            for user in self.graph.dependents.get(node, ()):
                if user not in seen:
                    seen.add(user)
                    stack.append(user)
        return seen

    # -- one node ---------------------------------------------------------------------
    def _holds(self, key: str, current: object = None, default: bool = True) -> bool:
        expression = self.graph.exprs.get(key)
        if expression is None:
            return default
        self.evaluations += 1
        try:
            result = expression.holds(_Env(self._nodes, current))
        except expressions.ExpressionError as exc:
            self._errors[key] = str(exc)
            return False
        self._errors.pop(key, None)
        return result

    def _compute(self, node: str) -> None:
        kind, _, name = node.partition(":")
        nodes = self._nodes
        if kind == "answer":
            return
        if kind == "page":
            nodes[node] = self._holds(node)
        elif kind == "relevant":
            page_id, question = self._questions[name]
            nodes[node] = (
                nodes[f"page:{page_id}"] and self._holds(node) and self._triggered(question)
            )
        elif kind == "value":
            nodes[node] = self._value(name)
        elif kind == "required":
            question = self._questions[name][1]
            required = question.required
            nodes[node] = bool(
                nodes[f"relevant:{name}"]
                and (required is True or (isinstance(required, str) and self._holds(node)))
            )
        elif kind == "valid":
            nodes[node] = self._problem(name)
        elif kind == "factor":
            nodes[node] = self._holds(node, default=False)
        elif node == RISK:
            present = [f for f in self.definition.factors if nodes[f"factor:{f.id}"]]
            nodes[node] = classify(self.definition.classification, present)
        elif node == EDD:
            proposed = nodes[RISK].level
            nodes[node] = Level.HIGH in (proposed, self._override or proposed)

    def _triggered(self, question: Question) -> bool:
        if not (question.edd or question.triggered_by):
            return True
        if question.edd and self._nodes[EDD]:
            return True
        return any(self._nodes[f"factor:{factor_id}"] for factor_id in question.triggered_by)

    def _value(self, name: str) -> object:
        question = self._questions[name][1]
        if not self._nodes[f"relevant:{name}"]:
            return None
        if question.calculate is not None:
            expression = self.graph.exprs[f"value:{name}"]
            self.evaluations += 1
            try:
                return expression.evaluate(_Env(self._nodes))
            except expressions.ExpressionError as exc:
                self._errors[f"value:{name}"] = str(exc)
                return None
        value, _problem = answer_types.check(question, self._answers.get(name))
        return value

    def _problem(self, name: str) -> Message | None:
        question = self._questions[name][1]
        if question.calculate is not None or not self._nodes[f"relevant:{name}"]:
            return None
        value, problem = answer_types.check(question, self._answers.get(name))
        if problem is not None or value is None or question.constraint is None:
            return problem
        if self._holds(f"valid:{name}", current=value):
            return None
        if question.constraint_message is not None:
            return from_text("answer.constraint", question.constraint_message, question=name)
        return message("answer.rule", rule=question.constraint)

    # -- the whole state ---------------------------------------------------------------
    def state(self) -> WorksheetState:
        nodes = self._nodes
        questions: dict[str, QuestionState] = {}
        set_aside: dict[str, object] = {}
        for page_id, question in self._questions.values():
            relevant = bool(nodes[f"relevant:{question.id}"])
            value = nodes[f"value:{question.id}"]
            raw = self._answers.get(question.id)
            answered = relevant and (
                not answer_types.is_blank(value)
                if question.calculate is not None
                else not answer_types.is_blank(raw) and value is not None
            )
            questions[question.id] = QuestionState(
                id=question.id,
                page=page_id,
                relevant=relevant,
                required=bool(nodes[f"required:{question.id}"]),
                value=value,
                problem=nodes[f"valid:{question.id}"],
                calculated=question.calculate is not None,
                answered=answered,
            )
            if not relevant and question.id in self._answers:
                set_aside[question.id] = self._answers[question.id]
        pages = []
        for page in self.definition.pages:
            states = [questions[q.id] for q in page.questions]
            if not any(s.relevant for s in states):
                status = "not-applicable"
            elif any(s.relevant and s.problem for s in states):
                status = "invalid"
            elif any(s.missing for s in states):
                status = "missing"
            else:
                status = "complete"
            pages.append(PageState(page.id, status, bool(nodes[f"page:{page.id}"])))
        factors = tuple(FactorHit.of(f) for f in self.definition.factors if nodes[f"factor:{f.id}"])
        return WorksheetState(
            questions=questions,
            pages=tuple(pages),
            factors=factors,
            proposal=nodes[RISK],
            set_aside=set_aside,
            rule_errors=dict(self._errors),
            override=self._override,
        )

    def message(self, question_id: str, lang: str) -> str | None:
        """The problem of a question in `lang`."""
        problem = self._nodes[f"valid:{question_id}"]
        if not self._nodes[f"relevant:{question_id}"] or problem is None:
            return None
        return str(problem.text(lang)) if isinstance(problem, Message) else str(problem)


def evaluate(
    definition: Definition, answers: Mapping[str, object], override: Level | None = None
) -> WorksheetState:
    """The state for a set of answers (and the officer's override), computed from scratch."""
    return Worksheet(definition, answers, override).state()
