"""Check one answer against its question's type, and turn it into the value expressions see.

An answer of the wrong shape never raises: it becomes a problem shown beside the question, and
the question counts as invalid (finalising is blocked) and as unanswered for the rules.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

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


def check(question: Question, raw: object) -> tuple[object, str | None]:
    """(value for expressions, problem or None). A blank answer is `(None, None)`."""
    if is_blank(raw):
        return None, None
    kind = question.type
    if kind in (QuestionType.CHOICE, QuestionType.YESNO):
        allowed = question.choice_values()
        if isinstance(raw, str) and raw in allowed:
            return raw, None
        return None, f"choose one of: {', '.join(allowed)}"
    if kind is QuestionType.MULTIPLE:
        allowed = question.choice_values()
        if (
            isinstance(raw, list)
            and all(isinstance(v, str) and v in allowed for v in raw)
            and len(set(raw)) == len(raw)
        ):
            return list(raw), None
        return None, f"choose any of: {', '.join(allowed)} (a list, without repeats)"
    if kind is QuestionType.NUMBER:
        return (raw, None) if _is_number(raw) else (None, "give a number")
    if kind is QuestionType.MONEY:
        if _is_number(raw) and isinstance(raw, int | float) and round(raw, 2) == raw:
            return raw, None
        return None, "give an amount in euros (at most two decimals)"
    if kind is QuestionType.DATE:
        return (raw, None) if _is_date(raw) else (None, "give a date as YYYY-MM-DD")
    if kind is QuestionType.TEXT:
        if isinstance(raw, str) and len(raw) <= MAX_TEXT:
            return raw.strip() or None, None
        return None, f"give text of at most {MAX_TEXT} characters"
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


def _evidence(question: Question, raw: object) -> tuple[object, str | None]:
    message = (
        "give each item's status: " + ", ".join(EVIDENCE_STATUSES) + ' (or {"status", "note"})'
    )
    if not isinstance(raw, Mapping):
        return None, message
    known = question.choice_values()
    present: list[str] = []
    for item, entry in raw.items():
        status = _status(entry)
        if not isinstance(item, str) or status not in EVIDENCE_STATUSES:
            return None, message
        if known and not question.checklist_from and item not in known:
            return None, f"unknown item {item!r} (items: {', '.join(known)})"
        if not _SLUG.match(item):
            return None, f"unknown item {item!r}"
        if status in ("provided", "alternative"):
            present.append(item)
    return sorted(present), None


def _check_elsewhere(question: Question, raw: object) -> tuple[object, str | None]:
    message = (
        "record the check with date (YYYY-MM-DD), source, result "
        f"({', '.join(question.choice_values())}) and by (who did it)"
    )
    if not isinstance(raw, Mapping) or set(raw) != set(CHECK_FIELDS):
        return None, message
    if not _is_date(raw["date"]) or raw["result"] not in question.choice_values():
        return None, message
    if not all(isinstance(raw[key], str) and raw[key].strip() for key in ("source", "by")):
        return None, message
    return raw["result"], None
