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

Each problem is a `kb.worksheet.messages.Message`: English text, a stable id, and Dutch.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, StringConstraints

from kb.worksheet.engine import WorksheetState
from kb.worksheet.messages import Message, message
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


def review_reasons(state: WorksheetState, decision: DecisionInput) -> list[Message]:
    """Why a second person must review this decision (empty: no review needed)."""
    reasons = []
    if final_level(state, decision) is Level.HIGH or state.proposal.level is Level.HIGH:
        reasons.append(message("review.high-risk"))
    if decision.override is not None:
        reasons.append(message("review.override"))
    if decision.decision is Decision.DECLINE:
        reasons.append(message("review.decline"))
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


def problems(
    definition: Definition, state: WorksheetState, decision: DecisionInput
) -> list[Message]:
    """Every reason this decision cannot be finalised; empty when it can.

    `state` must be computed with the decision's override (`Worksheet(..., override)`), so that
    an upward override to high asks the enhanced-due-diligence questions.
    """
    found: list[Message] = []
    rules = definition.decision
    choice = decision.decision
    if choice not in rules.options:
        found.append(
            message("finalise.not-an-option", decision=choice.value, definition=definition.id)
        )
    for question_id, problem in state.invalid.items():
        found.append(message("finalise.invalid", question=question_id, problem=problem))
    if state.missing and choice not in (Decision.MORE_INFORMATION, Decision.ESCALATE):
        found.append(message("finalise.missing", questions=list(state.missing)))
    if state.rule_errors:
        errors = "; ".join(state.rule_errors.values())
        found.append(message("finalise.rule-error", errors=errors))
    if not decision.motivation.strip():
        found.append(message("finalise.motivation"))

    proposal = state.proposal
    if decision.override is not None:
        if len(decision.override.reason.strip()) < MIN_REASON:
            found.append(message("finalise.override-reason", min=MIN_REASON))
        if decision.override.level is proposal.level:
            found.append(message("finalise.override-same"))
        lower = LEVEL_ORDER[decision.override.level] < LEVEL_ORDER[proposal.level]
        if proposal.knockouts and lower:
            found.append(message("finalise.knockout-override", factors=list(proposal.knockouts)))

    if choice is Decision.DECLINE:
        grounds = sorted(ground.id for ground in rules.decline_grounds)
        if not decision.ground:
            found.append(message("finalise.decline-ground", grounds=grounds))
        elif decision.ground not in grounds:
            found.append(
                message("finalise.decline-ground-unknown", ground=decision.ground, grounds=grounds)
            )
        if rules.basic_account_question and decision.basic_account_considered is None:
            found.append(message("finalise.basic-account"))
    elif decision.ground:
        found.append(message("finalise.ground-only-decline"))

    if proposal.exploitation:
        signs = list(proposal.exploitation)
        if choice is not Decision.ESCALATE:
            found.append(message("finalise.exploitation-escalate", signs=signs))
        reporting = state.questions.get(rules.reporting_question)
        if reporting is None or not reporting.answered:
            found.append(
                message(
                    "finalise.exploitation-reporting",
                    signs=signs,
                    question=rules.reporting_question,
                )
            )
    if proposal.knockouts and choice in (Decision.ACCEPT, Decision.ACCEPT_WITH_CONDITIONS):
        found.append(message("finalise.knockout-accept", factors=list(proposal.knockouts)))
    if choice is Decision.ACCEPT_WITH_CONDITIONS and not (decision.conditions or "").strip():
        found.append(message("finalise.conditions"))

    reasons = review_reasons(state, decision)
    review = decision.review
    if reasons:
        if review is None:
            found.append(message("finalise.review", reasons=reasons))
        else:
            if review.reviewer.name.casefold() == decision.officer.name.casefold():
                found.append(message("finalise.reviewer-same"))
            if review.verdict == "send-back":
                note = f": {review.note}" if review.note else ""
                found.append(message("finalise.sent-back", note=note))
    return found
