"""The sealed decision record: canonical JSON, a SHA-256 seal over it, verification on load.

The file is exactly `canonical({"record": ..., "seal": ...})` plus a newline: keys sorted, no
insignificant whitespace, UTF-8. `verify` re-derives both the canonical form and the digest, so
any edit of any byte (even one that leaves valid JSON) is rejected with a clear message.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Mapping
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from kb.models import Text
from kb.worksheet.decision import (
    DecisionInput,
    Override,
    Person,
    Review,
    final_level,
    next_review,
    review_reasons,
)
from kb.worksheet.definitions import LoadedDefinition
from kb.worksheet.engine import WorksheetState
from kb.worksheet.models import MEASURE_OF, Decision, Level, Measure, QuestionType

FORMAT: Literal["toegang-worksheet-record"] = "toegang-worksheet-record"
SCHEMA_VERSION = 1
ALGORITHM = "sha256"


class RecordError(ValueError):
    """A record file that is not intact: corrupt, edited, or not a record at all."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class AnswerEntry(_Model):
    id: str
    page: str
    label: Text
    type: str
    status: Literal["answered", "calculated", "not-applicable", "unanswered"]
    value: Any = None
    display: str | None = None
    not_applicable_reason: str | None = None


class FactorEntry(_Model):
    id: str
    category: str
    weight: int
    reason: Text
    article: str
    knockout: bool
    exploitation: bool


class ProposalEntry(_Model):
    classification: Level
    measure: Measure
    score: int
    highest_weight: int
    basis: str
    decision: Decision


class AuditEvent(_Model):
    at: dt.datetime
    who: str
    action: str
    target: str | None = None
    detail: Any = None


class DefinitionRef(_Model):
    id: str
    version: str
    sha256: str


class PreviousRecord(_Model):
    id: str
    sha256: str


class Record(_Model):
    format: Literal["toegang-worksheet-record"] = FORMAT
    schema_version: int = SCHEMA_VERSION
    id: str
    definition: DefinitionRef
    content_version: str
    client_reference: str
    special_category_notice: Text
    created_at: dt.datetime
    decided_at: dt.datetime
    answers: list[AnswerEntry]
    factors: list[FactorEntry]
    proposal: ProposalEntry
    override: Override | None
    classification: Level
    measure: Measure
    decision: Decision
    motivation: str
    conditions: str | None
    decline_ground: str | None
    basic_account_considered: str | None
    basic_account_note: str | None
    officer: Person
    review_required_for: list[str]
    review: Review | None
    next_review: dt.date | None
    previous_record: PreviousRecord | None
    audit: list[AuditEvent]


def canonical(data: Any) -> bytes:
    """The one byte form of a JSON value: sorted keys, no spaces, UTF-8, no NaN."""
    return json.dumps(
        data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def digest(record: Record) -> str:
    return hashlib.sha256(canonical(record.model_dump(mode="json"))).hexdigest()


def seal(record: Record) -> bytes:
    """The bytes of the record file."""
    body = record.model_dump(mode="json")
    envelope = {
        "record": body,
        "seal": {"algorithm": ALGORITHM, "sha256": hashlib.sha256(canonical(body)).hexdigest()},
    }
    return canonical(envelope) + b"\n"


def verify(data: bytes) -> Record:
    """Check a record file byte for byte; return the record or raise `RecordError`."""
    try:
        envelope = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise RecordError(f"not a readable record (damaged JSON: {exc})") from None
    if not isinstance(envelope, dict) or set(envelope) != {"record", "seal"}:
        raise RecordError("not a worksheet record: it has no record and seal")
    body, stamp = envelope["record"], envelope["seal"]
    if not isinstance(stamp, dict) or stamp.get("algorithm") != ALGORITHM:
        raise RecordError("the seal is missing or uses an unknown algorithm")
    try:
        expected = hashlib.sha256(canonical(body)).hexdigest()
    except ValueError as exc:
        raise RecordError(f"not a readable record: {exc}") from None
    if stamp.get("sha256") != expected:
        raise RecordError(
            "the record was changed after it was sealed: its SHA-256 does not match the seal"
        )
    if data != canonical(envelope) + b"\n":
        raise RecordError(
            "the record file was edited: it is not in the canonical form it was sealed in"
        )
    try:
        record = Record.model_validate(body)
    except ValidationError as exc:
        raise RecordError(f"the record does not have the expected fields: {exc}") from None
    if seal(record) != data:
        raise RecordError("the record does not round-trip: it was not written by Toegang")
    return record


# -- building a record ------------------------------------------------------------------------


def _display(question_type: str, value: Any, labels: Mapping[str, str]) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        return ", ".join(labels.get(str(v), str(v)) for v in value)
    if isinstance(value, str):
        return labels.get(value, value)
    return None if question_type in ("check", "evidence") else str(value)


def answer_entries(
    loaded: LoadedDefinition, state: WorksheetState, raw: Mapping[str, object]
) -> list[AnswerEntry]:
    """Every question, with its answer or why it was not applicable; set-aside answers omitted."""
    entries = []
    definition = loaded.definition
    for page, question in definition.questions():
        q = state.questions[question.id]
        labels = {choice.value: choice.label.nl for choice in question.choices}
        value: Any = None
        reason = None
        if not q.relevant:
            status: Any = "not-applicable"
            if not state.pages[definition.pages.index(page)].relevant:
                reason = f"page not relevant: {page.relevant}"
            elif question.edd or question.triggered_by:
                reason = "only asked when enhanced due diligence is triggered"
            else:
                reason = f"not relevant: {question.relevant}"
        elif q.calculated:
            status, value = "calculated", q.value
        elif q.answered:
            status = "answered"
            value = raw.get(question.id)
            if isinstance(value, str):
                value = value.strip()
        else:
            status = "unanswered"
        display = _display(question.type.value, value, labels)
        if question.type is QuestionType.YESNO and isinstance(value, str):
            display = {"yes": "ja", "no": "nee", "unknown": "onbekend"}[value]
        entries.append(
            AnswerEntry(
                id=question.id,
                page=page.id,
                label=question.label,
                type=question.type.value,
                status=status,
                value=value,
                display=display,
                not_applicable_reason=reason,
            )
        )
    return entries


def build_record(
    loaded: LoadedDefinition,
    content_version: str,
    state: WorksheetState,
    raw_answers: Mapping[str, object],
    decision: DecisionInput,
    *,
    created_at: dt.datetime,
    decided_at: dt.datetime,
    audit: list[AuditEvent],
    previous: PreviousRecord | None = None,
    record_id: str | None = None,
) -> Record:
    """The record of a finalised decision (check `decision.problems` first)."""
    definition = loaded.definition
    proposal = state.proposal
    level = final_level(state, decision)
    reference = state.questions[definition.client_reference].value
    set_aside = sorted(state.set_aside)
    trail = list(audit)
    if set_aside:
        trail.append(
            AuditEvent(
                at=decided_at,
                who=decision.officer.name,
                action="set-aside",
                target=None,
                detail={
                    "questions": set_aside,
                    "why": "no longer relevant; left out of the record",
                },
            )
        )
    trail.append(
        AuditEvent(
            at=decided_at,
            who=decision.officer.name,
            action="finalised",
            detail={"decision": decision.decision.value, "classification": level.value},
        )
    )
    return Record(
        id=record_id or str(uuid.uuid4()),
        definition=DefinitionRef(
            id=definition.id, version=definition.version, sha256=loaded.digest
        ),
        content_version=content_version,
        client_reference=str(reference or ""),
        special_category_notice=definition.special_category_notice,
        created_at=created_at,
        decided_at=decided_at,
        answers=answer_entries(loaded, state, raw_answers),
        factors=[
            FactorEntry(
                id=f.id,
                category=f.category,
                weight=f.weight,
                reason=f.reason,
                article=f.article,
                knockout=f.knockout,
                exploitation=f.exploitation,
            )
            for f in state.factors
        ],
        proposal=ProposalEntry(
            classification=proposal.level,
            measure=proposal.measure,
            score=proposal.score,
            highest_weight=proposal.highest,
            basis=proposal.basis,
            decision=proposal.decision,
        ),
        override=decision.override,
        classification=level,
        measure=MEASURE_OF[level],
        decision=decision.decision,
        motivation=decision.motivation,
        conditions=decision.conditions,
        decline_ground=decision.ground,
        basic_account_considered=decision.basic_account_considered,
        basic_account_note=decision.basic_account_note,
        officer=decision.officer,
        review_required_for=[str(reason) for reason in review_reasons(state, decision)],
        review=decision.review,
        next_review=next_review(definition, state, decision, decided_at.date()),
        previous_record=previous,
        audit=trail,
    )
