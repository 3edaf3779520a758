"""Filling a worksheet interactively (the desktop wizard), without Qt.

The wizard keeps a `Draft` (answers, the decision as typed, an audit trail) and asks this module
what the engine says: which evidence items the checklist for the chosen work form and product
lists, how typed numbers become answers, how the decision form becomes a `DecisionInput`, and
whether the worksheet can be finalised (the same rules as `toegang worksheet fill`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from kb.checklist_apply import applicable_items, checklists_for
from kb.models import Checklist, Text
from kb.worksheet.decision import DecisionInput
from kb.worksheet.definitions import LoadedDefinition
from kb.worksheet.fill import FillResult, finalise_answers
from kb.worksheet.messages import Message, message
from kb.worksheet.models import Definition, Question
from kb.worksheet.storage import Draft

_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)$")
PRODUCT_QUESTION = "product"


@dataclass(frozen=True)
class EvidenceItem:
    id: str
    label: Text | None  # None: an item the officer added (shown by its id)
    why: Text | None = None
    article: str | None = None


def parse_number(text: str) -> object:
    """A typed number as an answer: '' -> None, '3200' -> 3200, '12,5' -> 12.5.

    Anything else is returned as typed, so that the engine reports it ("give a number").
    """
    cleaned = text.strip().replace(" ", "")
    if not cleaned:
        return None
    if not _NUMBER.match(cleaned):
        return text.strip()
    cleaned = cleaned.replace(",", ".")
    if "." not in cleaned:
        return int(cleaned)
    return float(cleaned)


def product_of(definition: Definition, answers: Mapping[str, object]) -> str | None:
    """The product the checklist applies to: the answer to `product`, or the only product."""
    answer = answers.get(PRODUCT_QUESTION)
    if isinstance(answer, str) and answer:
        return answer
    if len(definition.products) == 1:
        return definition.products[0]
    return None


def evidence_items(
    definition: Definition,
    question: Question,
    answers: Mapping[str, object],
    checklists: Iterable[Checklist],
) -> list[EvidenceItem]:
    """The items of an evidence question: its own choices, the applicable checklist items for
    the chosen work form and product, then items already answered that neither lists."""
    items = [EvidenceItem(c.value, c.label, None, c.article) for c in question.choices]
    work_form = answers.get(question.checklist_from) if question.checklist_from else None
    product = product_of(definition, answers)
    if isinstance(work_form, str) and product is not None:
        for checklist in checklists_for(checklists, work_form):
            for entry in applicable_items(checklist, product):
                found = entry.item
                items.append(EvidenceItem(found.id, found.label, found.why, found.article))
    seen: set[str] = set()
    unique = []
    for item in items:
        if item.id not in seen:
            seen.add(item.id)
            unique.append(item)
    current = answers.get(question.id)
    if isinstance(current, Mapping):
        for key in current:
            if isinstance(key, str) and key not in seen:
                seen.add(key)
                unique.append(EvidenceItem(key, None))
    return unique


def unlisted_evidence(
    definition: Definition, answers: Mapping[str, object], checklists: Iterable[Checklist]
) -> list[Message]:
    """Warnings for evidence items that are not items of the chosen work form's checklist.

    Not an error: the officer may add another document ("Other document" in the wizard). It
    catches ids that drifted from the checklists (`kvk` where the checklist says
    `kvk-inschrijving`).
    """
    checklists = list(checklists)
    warnings = []
    for _, question in definition.questions():
        given = answers.get(question.id)
        if question.checklist_from is None or not isinstance(given, Mapping):
            continue
        work_form = answers.get(question.checklist_from)
        if not isinstance(work_form, str):
            continue
        listed = {choice.value for choice in question.choices}
        for checklist in checklists_for(checklists, work_form):
            listed |= {item.id for item in checklist.items}
        unlisted = sorted(str(key) for key in given if key not in listed)
        if unlisted:
            warnings.append(
                message(
                    "evidence.not-in-checklist",
                    question=question.id,
                    items=unlisted,
                    work_form=work_form,
                )
            )
    return warnings


def slug(text: str) -> str:
    """An item id from what the officer typed ('Jaaropgave 2024' -> 'jaaropgave-2024')."""
    return "-".join(re.findall(r"[a-z0-9]+", text.lower()))


def decision_input(raw: Mapping[str, Any] | None) -> tuple[DecisionInput | None, list[str]]:
    """The decision as typed in the wizard, validated; or the problems, one line each."""
    data = {key: value for key, value in (raw or {}).items() if value not in (None, "")}
    if "decision" not in data:
        return None, [message("finalise.choose-decision")]
    try:
        return DecisionInput.model_validate(data), []
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            where = ".".join(str(part) for part in error["loc"])
            problems.append(f"{where}: {error['msg']}")
        return None, problems


def finalise(
    loaded: LoadedDefinition,
    content_version: str,
    draft: Draft,
    decision: DecisionInput,
    now: dt.datetime,
) -> FillResult:
    """The record of a draft, or every reason it cannot be finalised yet."""
    return finalise_answers(
        loaded,
        content_version,
        draft.answers,
        decision,
        draft.created_at,
        now,
        list(draft.audit),
        previous=draft.previous_record,
    )
