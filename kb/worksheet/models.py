"""Pydantic models of a worksheet definition (the TOML in `kb/worksheets/`).

A definition is data an organisation may adapt: pages of questions with XLSForm-style logic
(`relevant`, `required`, `constraint`, `calculate`), risk factors, classification rules, decision
options and grounds. Every model forbids unknown keys so a typo is reported, not ignored. What
only shows across the whole definition (expressions, names, article ids) is checked by
`kb.worksheet.definitions`.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from kb.models import ArticleId, NonEmpty, Slug, Text

# Question ids are names in expressions: lower-case words joined by underscores.
NAME_PATTERN = r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$"
Name = Annotated[str, StringConstraints(pattern=NAME_PATTERN)]
Value = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class QuestionType(StrEnum):
    CHOICE = "choice"
    MULTIPLE = "multiple"
    YESNO = "yesno"  # yes / no / unknown
    NUMBER = "number"
    MONEY = "money"  # euros, a number of at most two decimals
    DATE = "date"  # ISO YYYY-MM-DD
    TEXT = "text"
    EVIDENCE = "evidence"  # a checklist: item -> provided / alternative / missing / n-a
    CHECK = "check"  # a check done elsewhere: date, source, result, who


YESNO_VALUES: tuple[str, ...] = ("yes", "no", "unknown")
EVIDENCE_STATUSES: tuple[str, ...] = ("provided", "alternative", "missing", "not-applicable")


class Level(StrEnum):
    LOW = "low"
    STANDARD = "standard"
    HIGH = "high"


LEVEL_ORDER: dict[Level, int] = {Level.LOW: 0, Level.STANDARD: 1, Level.HIGH: 2}


class Measure(StrEnum):
    SIMPLIFIED = "simplified"
    STANDARD = "standard"
    ENHANCED = "enhanced"


MEASURE_OF: dict[Level, Measure] = {
    Level.LOW: Measure.SIMPLIFIED,
    Level.STANDARD: Measure.STANDARD,
    Level.HIGH: Measure.ENHANCED,
}


class Category(StrEnum):
    CLIENT = "client"
    PRODUCT = "product"
    GEOGRAPHY = "geography"
    CHANNEL = "channel"


class Decision(StrEnum):
    ACCEPT = "accept"
    ACCEPT_WITH_CONDITIONS = "accept-with-conditions"
    MORE_INFORMATION = "more-information"
    ESCALATE = "escalate"
    DECLINE = "decline"


class Choice(_Strict):
    value: Value
    label: Text
    article: ArticleId | None = None


class Question(_Strict):
    id: Name
    type: QuestionType
    label: Text
    help: Text | None = None
    articles: list[ArticleId] = []
    choices: list[Choice] = []
    # Evidence questions: items from `choices`, and/or the library checklist for the work form
    # given by the answer to this question (for instance "work_form").
    checklist_from: Name | None = None
    relevant: str | None = None
    required: bool | str = False
    required_message: Text | None = None
    constraint: str | None = None
    constraint_message: Text | None = None
    calculate: str | None = None
    # Enhanced due diligence: relevant only when the classification is high, or when one of the
    # named risk factors is present.
    edd: bool = False
    triggered_by: list[Slug] = []
    # The answer states the fact of sex work (work form, ...): a risk factor may not rest on
    # such answers alone.
    sex_work_fact: bool = False
    # Personal data the record must not hold in full (kept to what the law needs).
    minimise: bool = False

    @model_validator(mode="after")
    def _shape(self) -> Question:
        has_choices = self.type in {
            QuestionType.CHOICE,
            QuestionType.MULTIPLE,
            QuestionType.CHECK,
        }
        if has_choices and not self.choices:
            raise ValueError(f"a {self.type.value} question needs choices")
        if self.type is QuestionType.EVIDENCE and not (self.choices or self.checklist_from):
            raise ValueError("an evidence question needs choices or checklist_from")
        if self.type is QuestionType.YESNO and self.choices:
            raise ValueError("a yesno question has the fixed choices yes, no, unknown")
        values = [choice.value for choice in self.choices]
        if len(values) != len(set(values)):
            raise ValueError("duplicate choice values")
        if self.calculate is not None and (self.required is not False or self.constraint):
            raise ValueError("a calculated question cannot be required or constrained")
        return self

    def choice_values(self) -> tuple[str, ...]:
        if self.type is QuestionType.YESNO:
            return YESNO_VALUES
        return tuple(choice.value for choice in self.choices)

    def choice_label(self, value: str, lang: str) -> str:
        for choice in self.choices:
            if choice.value == value:
                return choice.label.get(lang)
        return value


class Page(_Strict):
    id: Slug
    title: Text
    intro: Text | None = None
    relevant: str | None = None
    articles: list[ArticleId] = []
    questions: Annotated[list[Question], Field(min_length=1)]


class RiskFactor(_Strict):
    id: Slug
    category: Category
    when: str
    weight: Annotated[int, Field(ge=-3, le=5)] = 1
    reason: Text
    article: ArticleId
    # A knock-out decides on its own: high risk and the proposed decision, whatever else.
    knockout: bool = False
    knockout_decision: Decision = Decision.ESCALATE
    # A sign of exploitation or third-party control: escalate and ask the reporting question.
    exploitation: bool = False

    @model_validator(mode="after")
    def _never_decline(self) -> RiskFactor:
        if self.knockout_decision is Decision.DECLINE:
            raise ValueError("a knock-out proposes escalate or more-information, never decline")
        return self


class Classification(_Strict):
    """From the weights of the factors present to low / standard / high."""

    low_at_most: int = -1  # total weight at most this: low
    high_from: int = 4  # total weight at least this: high
    # One factor this heavy makes the case high on its own: the highest factor can outweigh
    # the rest.
    single_factor_high: int = 4
    review_years: dict[Level, Annotated[int, Field(ge=1, le=10)]] = {
        Level.LOW: 3,
        Level.STANDARD: 2,
        Level.HIGH: 1,
    }
    measures: dict[Measure, Text] = {}

    @model_validator(mode="after")
    def _bands(self) -> Classification:
        if self.low_at_most >= self.high_from:
            raise ValueError("low_at_most must be below high_from")
        missing = [level.value for level in Level if level not in self.review_years]
        if missing:
            raise ValueError(f"review_years misses {', '.join(missing)}")
        return self


class Ground(_Strict):
    id: Slug
    label: Text
    reference: str | None = None
    article: ArticleId | None = None


class DecisionRules(_Strict):
    options: Annotated[list[Decision], Field(min_length=1)] = list(Decision)
    labels: dict[Decision, Text] = {}
    decline_grounds: Annotated[list[Ground], Field(min_length=1)]
    # Banks must say whether a basic payment account was considered before declining.
    basic_account_question: bool = True
    # The question that records whether a report to the FIU is made (asked on exploitation).
    reporting_question: Name
    articles: list[ArticleId] = []


class Definition(_Strict):
    id: Slug
    version: NonEmpty
    title: Text
    intro: Text
    audience: Annotated[str, StringConstraints(pattern=r"^(bank|insurer)$")]
    products: list[str] = []
    articles: list[ArticleId] = []
    checklists: list[Slug] = []
    # The question holding the client reference (a pseudonym instead of name and BSN).
    client_reference: Name
    special_category_notice: Text
    pages: Annotated[list[Page], Field(min_length=1)]
    factors: list[RiskFactor] = []
    classification: Classification = Classification()
    decision: DecisionRules

    def questions(self) -> list[tuple[Page, Question]]:
        return [(page, question) for page in self.pages for question in page.questions]

    def question(self, question_id: str) -> Question:
        for _, question in self.questions():
            if question.id == question_id:
                return question
        raise KeyError(question_id)

    def factor(self, factor_id: str) -> RiskFactor:
        for factor in self.factors:
            if factor.id == factor_id:
                return factor
        raise KeyError(factor_id)
