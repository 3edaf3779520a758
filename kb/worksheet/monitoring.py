"""Ongoing monitoring: which accepted clients are due for review, and starting a review.

The next review date is set when the decision is recorded (the intervals per classification are
data in the definition, art. 3 lid 2 sub d Wwft); a review starts as a draft from the previous
record's answers and points back to it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from kb.worksheet.record import AuditEvent, PreviousRecord, Record, digest
from kb.worksheet.storage import Draft


@dataclass(frozen=True)
class DueReview:
    record_id: str
    client_reference: str
    definition_id: str
    due: dt.date
    overdue_days: int


def reviews_due(records: Iterable[Record], today: dt.date, within_days: int = 0) -> list[DueReview]:
    """Records whose next review falls on or before `today + within_days`, earliest first.

    A record that a later review record already follows up is not listed again.
    """
    records = list(records)
    followed = {r.previous_record.id for r in records if r.previous_record is not None}
    horizon = today + dt.timedelta(days=within_days)
    due = [
        DueReview(
            record_id=r.id,
            client_reference=r.client_reference,
            definition_id=r.definition.id,
            due=r.next_review,
            overdue_days=max(0, (today - r.next_review).days),
        )
        for r in records
        if r.next_review is not None and r.next_review <= horizon and r.id not in followed
    ]
    return sorted(due, key=lambda item: (item.due, item.client_reference))


def start_review(record: Record, definition_version: str, now: dt.datetime, who: str) -> Draft:
    """A new draft for the periodic review, pre-filled from the previous record's answers."""
    draft = Draft.new(record.definition.id, definition_version, now)
    draft.answers = {
        entry.id: entry.value for entry in record.answers if entry.status == "answered"
    }
    draft.previous_record = PreviousRecord(id=record.id, sha256=digest(record))
    draft.audit.append(AuditEvent(at=now, who=who, action="review-started", target=record.id))
    return draft
