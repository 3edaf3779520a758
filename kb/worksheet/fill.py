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
from kb.worksheet.record import AuditEvent, Record, build_record


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
    override = data.decision.override.level if data.decision.override else None
    worksheet = Worksheet(loaded.definition, data.answers, override)
    state = worksheet.state()
    problems: list[str] = [
        message("finalise.unknown-question", question=key, definition=loaded.definition.id)
        for key in worksheet.unknown_answers
    ]
    problems += decisions.problems(loaded.definition, state, data.decision)
    if problems:
        return FillResult(state, problems, None)
    decided_at = data.decision.decided_at or now
    created_at = data.created_at or decided_at
    who = data.decision.officer.name
    audit = [
        AuditEvent(at=created_at, who=who, action="answered", target=question_id)
        for question_id in worksheet.answers
    ]
    if data.decision.review is not None:
        review = data.decision.review
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
        data.decision,
        created_at=created_at,
        decided_at=decided_at,
        audit=audit,
    )
    return FillResult(state, [], record)
