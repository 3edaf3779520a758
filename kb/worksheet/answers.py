"""Check one answer against its question's type, and turn it into the value expressions see.

An answer of the wrong shape never raises: it becomes a problem shown beside the question, and
the question counts as invalid (finalising is blocked) and as unanswered for the rules.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from kb.worksheet.messages import Message, message
from kb.worksheet.models import EVIDENCE_STATUSES, Question, QuestionType

MAX_TEXT = 4_000
CHECK_FIELDS = ("date", "source", "result", "by")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def is_blank(raw: object) -> bool:
    return raw is None or raw == "" or raw == [] or raw == {}


def _is_number(raw: object) -> bool:
    return isinstance(raw, int | float) and not isinstance(raw, bool) and raw == raw  # not NaN


def _is_date(raw: object) -> bool:
    if not isinstance(raw, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
        return False
    try:
        dt.date.fromisoformat(raw)
    except ValueError:
        return False
    return True


def check(question: Question, raw: object) -> tuple[object, Message | None]:
    """(value for expressions, problem or None). A blank answer is `(None, None)`."""
    if is_blank(raw):
        return None, None
    kind = question.type
    if kind in (QuestionType.CHOICE, QuestionType.YESNO):
        allowed = question.choice_values()
        if isinstance(raw, str) and raw in allowed:
            return raw, None
        return None, message("answer.choose-one", choices=list(allowed))
    if kind is QuestionType.MULTIPLE:
        allowed = question.choice_values()
        if (
            isinstance(raw, list)
            and all(isinstance(v, str) and v in allowed for v in raw)
            and len(set(raw)) == len(raw)
        ):
            return list(raw), None
        return None, message("answer.choose-any", choices=list(allowed))
    if kind is QuestionType.NUMBER:
        return (raw, None) if _is_number(raw) else (None, message("answer.number"))
    if kind is QuestionType.MONEY:
        if _is_number(raw) and isinstance(raw, int | float) and round(raw, 2) == raw:
            return raw, None
        return None, message("answer.money")
    if kind is QuestionType.DATE:
        return (raw, None) if _is_date(raw) else (None, message("answer.date"))
    if kind is QuestionType.TEXT:
        if isinstance(raw, str) and len(raw) <= MAX_TEXT:
            return raw.strip() or None, None
        return None, message("answer.text", max=MAX_TEXT)
    if kind is QuestionType.EVIDENCE:
        return _evidence(question, raw)
    return _check_elsewhere(question, raw)


def _status(entry: object) -> str | None:
    if isinstance(entry, str):
        return entry
    if isinstance(entry, Mapping) and set(entry) <= {"status", "note"}:
        status = entry.get("status")
        note = entry.get("note")
        if isinstance(status, str) and (note is None or isinstance(note, str)):
            return status
    return None


def _evidence(question: Question, raw: object) -> tuple[object, Message | None]:
    problem = message("answer.evidence", statuses=list(EVIDENCE_STATUSES))
    if not isinstance(raw, Mapping):
        return None, problem
    known = question.choice_values()
    present: list[str] = []
    for item, entry in raw.items():
        status = _status(entry)
        if not isinstance(item, str) or status not in EVIDENCE_STATUSES:
            return None, problem
        if known and not question.checklist_from and item not in known:
            return None, message("answer.unknown-item", item=item, items=list(known))
        if not _SLUG.match(item):
            return None, message("answer.bad-item", item=item)
        if status in ("provided", "alternative"):
            present.append(item)
    return sorted(present), None


def _check_elsewhere(question: Question, raw: object) -> tuple[object, Message | None]:
    problem = message("answer.check", choices=list(question.choice_values()))
    if not isinstance(raw, Mapping) or set(raw) != set(CHECK_FIELDS):
        return None, problem
    if not _is_date(raw["date"]) or raw["result"] not in question.choice_values():
        return None, problem
    if not all(isinstance(raw[key], str) and raw[key].strip() for key in ("source", "by")):
        return None, problem
    return raw["result"], None
