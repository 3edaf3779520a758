"""Fill a worksheet in one go from a file of answers (the `toegang worksheet fill` command).

The answers file is JSON: `answers` (question id -> answer), `decision` (see
`kb.worksheet.decision.DecisionInput`), optionally `created_at`; `description` and `expect` are
for people and tests and are ignored here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict

from kb.worksheet import decision as decisions
from kb.worksheet.decision import DecisionInput
from kb.worksheet.definitions import LoadedDefinition
from kb.worksheet.engine import Worksheet, WorksheetState
from kb.worksheet.messages import message
from kb.worksheet.record import AuditEvent, PreviousRecord, Record, build_record


class FillInput(BaseModel):
    model_config = ConfigDict(extra="forbid")

    answers: dict[str, Any]
    decision: DecisionInput
    created_at: dt.datetime | None = None
    description: str | None = None
    definition: str | None = None  # which definition the answers are for (informative)
    expect: dict[str, Any] | None = None


@dataclass(frozen=True)
class FillResult:
    state: WorksheetState
    problems: list[str]
    record: Record | None


def fill(
    loaded: LoadedDefinition, content_version: str, data: FillInput, now: dt.datetime
) -> FillResult:
    """Fill from an answers file: every answer is audited as given by the officer."""
    decided_at = data.decision.decided_at or now
    created_at = data.created_at or decided_at
    who = data.decision.officer.name
    audit = [
        AuditEvent(at=created_at, who=who, action="answered", target=question_id)
        for question_id in data.answers
    ]
    return finalise_answers(
        loaded, content_version, data.answers, data.decision, created_at, now, audit
    )


def finalise_answers(
    loaded: LoadedDefinition,
    content_version: str,
    answers: dict[str, Any],
    decision: DecisionInput,
    created_at: dt.datetime | None,
    now: dt.datetime,
    audit: list[AuditEvent],
    previous: PreviousRecord | None = None,
) -> FillResult:
    """The sealed record of these answers and this decision, or every reason it cannot be yet.

    Shared by `toegang worksheet fill` and the wizard's Finalise, so both apply the same rules.
    """
    override = decision.override.level if decision.override else None
    worksheet = Worksheet(loaded.definition, answers, override)
    state = worksheet.state()
    problems: list[str] = [
        message("finalise.unknown-question", question=key, definition=loaded.definition.id)
        for key in worksheet.unknown_answers
    ]
    problems += decisions.problems(loaded.definition, state, decision)
    if problems:
        return FillResult(state, problems, None)
    decided_at = decision.decided_at or now
    audit = list(audit)
    if decision.review is not None:
        review = decision.review
        audit.append(
            AuditEvent(
                at=review.at,
                who=review.reviewer.name,
                action=f"review-{review.verdict}",
                detail=review.note,
            )
        )
    record = build_record(
        loaded,
        content_version,
        state,
        worksheet.answers,
        decision,
        created_at=created_at or decided_at,
        decided_at=decided_at,
        audit=audit,
        previous=previous,
    )
    return FillResult(state, [], record)
