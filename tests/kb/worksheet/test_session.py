"""The Qt-free helpers behind the desktop wizard."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from kb import load_library
from kb.loader import default_root
from kb.worksheet.definitions import LoadedDefinition
from kb.worksheet.record import verify
from kb.worksheet.session import (
    decision_input,
    evidence_items,
    finalise,
    parse_number,
    product_of,
    slug,
)
from kb.worksheet.storage import Draft, RecordStore

SCENARIOS = Path(__file__).parents[2] / "fixtures" / "scenarios"
NOW = dt.datetime(2025, 3, 4, 10, 0, tzinfo=dt.UTC)


def test_parse_number() -> None:
    assert parse_number("") is None
    assert parse_number(" 3200 ") == 3200
    assert parse_number("12,5") == 12.5
    assert parse_number("0.25") == 0.25
    assert parse_number("drie") == "drie"  # the engine says: give a number


def test_slug() -> None:
    assert slug("Jaaropgave 2024!") == "jaaropgave-2024"


def test_evidence_items_follow_work_form_and_product(
    bank: LoadedDefinition, aov: LoadedDefinition
) -> None:
    checklists = load_library(default_root()).checklists.values()
    question = bank.definition.question("documents")
    assert evidence_items(bank.definition, question, {}, checklists) == []
    answers = {"work_form": "zelfstandig", "product": "zakelijke-rekening"}
    ids = [i.id for i in evidence_items(bank.definition, question, answers, checklists)]
    assert "ib-aangifte" in ids and "kvk-inschrijving" in ids
    answers["documents"] = {"eigen-stuk": "provided"}
    items = evidence_items(bank.definition, question, answers, checklists)
    assert items[-1].id == "eigen-stuk" and items[-1].label is None
    assert product_of(aov.definition, {}) == "aov"
    assert product_of(bank.definition, {}) is None


def test_decision_input_problems() -> None:
    assert decision_input(None) == (None, ["choose a decision"])
    decision, problems = decision_input({"decision": "accept", "officer": {"name": "", "role": ""}})
    assert decision is None and any("officer" in p for p in problems)
    decision, problems = decision_input(
        {"decision": "accept", "officer": {"name": "A", "role": "B"}, "ground": ""}
    )
    assert decision is not None and problems == []


def test_finalise_a_draft(bank: LoadedDefinition, tmp_path: Path) -> None:
    scenario = json.loads((SCENARIOS / "bank-zelfstandig-transparant.json").read_text("utf-8"))
    draft = Draft.new(bank.definition.id, bank.definition.version, NOW)
    for key, value in scenario["answers"].items():
        draft.set_answer(key, value, "A. Jansen", NOW)
    decision, _ = decision_input(scenario["decision"])
    assert decision is not None
    result = finalise(bank, "v1", draft, decision, NOW)
    assert result.problems == [] and result.record is not None
    assert result.record.client_reference == "DOS-2025-0141"
    assert sum(1 for e in result.record.audit if e.action == "answered") == len(draft.answers)
    path = RecordStore(tmp_path).save(result.record)
    assert verify(path.read_bytes()) == result.record

    draft.set_answer("client_ref", None, "A. Jansen", NOW)
    blocked = finalise(bank, "v1", draft, decision, NOW)
    assert blocked.record is None
    assert any("client_ref" in problem for problem in blocked.problems)
