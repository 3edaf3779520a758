"""The officer's decision, the four-eyes review, and the rules a final decision must meet.

`Next` never blocks; finalising does. `problems()` lists every reason a decision cannot be
finalised yet, in plain words, so the wizard and the command line show the same list:

- required answers missing (except when asking for more information or escalating: the record
  then shows what is missing) or answers invalid;
- an override of the proposed classification needs a written reason; a knock-out cannot be
  overridden downwards;
- declining needs a ground and, for banks, whether a basic payment account was considered;
- signs of exploitation are escalated with the reporting question answered, never declined;
- a knock-out (for instance a sanctions hit) cannot be accepted;
- a second person must review (and agree) for high risk, an override or a decline.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, StringConstraints

from kb.worksheet.engine import WorksheetState
from kb.worksheet.models import LEVEL_ORDER, MEASURE_OF, Decision, Definition, Level, Measure

MIN_REASON = 20  # characters: a written reason is a sentence, not "ok"

Words = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4000)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Person(_Model):
    name: Words
    role: Words


class Override(_Model):
    level: Level
    reason: str


class Review(_Model):
    reviewer: Person
    verdict: Literal["agree", "send-back"]
    at: dt.datetime
    note: str | None = None


class DecisionInput(_Model):
    decision: Decision
    officer: Person
    motivation: Annotated[str, StringConstraints(max_length=4000)] = ""
    conditions: str | None = None
    override: Override | None = None
    ground: str | None = None
    basic_account_considered: Literal["yes", "no"] | None = None
    basic_account_note: str | None = None
    review: Review | None = None
    decided_at: dt.datetime | None = None


def final_level(state: WorksheetState, decision: DecisionInput) -> Level:
    return decision.override.level if decision.override else state.proposal.level


def final_measure(state: WorksheetState, decision: DecisionInput) -> Measure:
    return MEASURE_OF[final_level(state, decision)]


def review_reasons(state: WorksheetState, decision: DecisionInput) -> list[str]:
    """Why a second person must review this decision (empty: no review needed)."""
    reasons = []
    if final_level(state, decision) is Level.HIGH or state.proposal.level is Level.HIGH:
        reasons.append("high risk")
    if decision.override is not None:
        reasons.append("the proposed classification is overridden")
    if decision.decision is Decision.DECLINE:
        reasons.append("the client is declined")
    return reasons


def next_review(
    definition: Definition, state: WorksheetState, decision: DecisionInput, on: dt.date
) -> dt.date | None:
    """When the relationship must be reviewed again: only for an accepted client."""
    if decision.decision not in (Decision.ACCEPT, Decision.ACCEPT_WITH_CONDITIONS):
        return None
    years = definition.classification.review_years[final_level(state, decision)]
    try:
        return on.replace(year=on.year + years)
    except ValueError:  # 29 February
        return on.replace(year=on.year + years, day=28)


def problems(definition: Definition, state: WorksheetState, decision: DecisionInput) -> list[str]:
    """Every reason this decision cannot be finalised; empty when it can."""
    found: list[str] = []
    rules = definition.decision
    choice = decision.decision
    if choice not in rules.options:
        found.append(f"{choice.value} is not an option in {definition.id}")
    for question_id, problem in state.invalid.items():
        found.append(f"{question_id}: {problem}")
    if state.missing and choice not in (Decision.MORE_INFORMATION, Decision.ESCALATE):
        found.append(
            "required answers are missing: "
            + ", ".join(state.missing)
            + " (answer them, or decide to ask for more information or to escalate)"
        )
    if state.rule_errors:
        found.append("a rule could not be computed: " + "; ".join(state.rule_errors.values()))
    if not decision.motivation.strip():
        found.append("give the motivation of the decision")

    proposal = state.proposal
    if decision.override is not None:
        if len(decision.override.reason.strip()) < MIN_REASON:
            found.append(
                f"an override of the proposed classification needs a written reason "
                f"(at least {MIN_REASON} characters)"
            )
        if decision.override.level is proposal.level:
            found.append("the override gives the same classification as proposed: remove it")
        lower = LEVEL_ORDER[decision.override.level] < LEVEL_ORDER[proposal.level]
        if proposal.knockouts and lower:
            found.append(
                "a knock-out factor (" + ", ".join(proposal.knockouts) + ") cannot be overridden"
            )

    if choice is Decision.DECLINE:
        grounds = {ground.id for ground in rules.decline_grounds}
        if not decision.ground:
            found.append("declining needs a ground: " + ", ".join(sorted(grounds)))
        elif decision.ground not in grounds:
            found.append(
                f"{decision.ground!r} is not a decline ground here: " + ", ".join(sorted(grounds))
            )
        if rules.basic_account_question and decision.basic_account_considered is None:
            found.append("declining needs the answer: was a basic payment account considered?")
    elif decision.ground:
        found.append("a ground is only given when declining")

    if proposal.exploitation:
        signs = ", ".join(proposal.exploitation)
        if choice is not Decision.ESCALATE:
            found.append(
                f"signs of exploitation ({signs}) are escalated, not decided here: choose escalate"
            )
        reporting = state.questions.get(rules.reporting_question)
        if reporting is None or not reporting.answered:
            found.append(
                f"signs of exploitation ({signs}): answer the reporting question "
                f"{rules.reporting_question}"
            )
    if proposal.knockouts and choice in (Decision.ACCEPT, Decision.ACCEPT_WITH_CONDITIONS):
        found.append(
            "a knock-out factor (" + ", ".join(proposal.knockouts) + ") rules out accepting"
        )
    if choice is Decision.ACCEPT_WITH_CONDITIONS and not (decision.conditions or "").strip():
        found.append("accepting with conditions needs the conditions")

    reasons = review_reasons(state, decision)
    review = decision.review
    if reasons:
        why = ", ".join(reasons)
        if review is None:
            found.append(f"a second person must review this decision ({why})")
        else:
            if review.reviewer.name.casefold() == decision.officer.name.casefold():
                found.append("the reviewer must be someone other than the officer")
            if review.verdict == "send-back":
                note = f": {review.note}" if review.note else ""
                found.append(f"the reviewer sent the worksheet back{note}")
    return found
