"""The worksheet state: relevance, validation, risk, incremental re-evaluation."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from kb.models import WorkForm
from kb.worksheet.definitions import LoadedDefinition
from kb.worksheet.engine import Worksheet, evaluate
from kb.worksheet.models import Level

SCENARIOS = Path(__file__).parents[2] / "fixtures" / "scenarios"


def _answers(name: str) -> dict[str, Any]:
    data = json.loads((SCENARIOS / f"{name}.json").read_text("utf-8"))
    answers: dict[str, Any] = data["answers"]
    return answers


def test_relevance_follows_answers_and_irrelevant_answers_are_set_aside(
    bank: LoadedDefinition,
) -> None:
    answers = _answers("bank-escort-contant-gedocumenteerd")
    state = evaluate(bank.definition, answers)
    assert state.questions["cash_documented"].relevant
    answers["cash_share"] = "geen"
    state = evaluate(bank.definition, answers)
    assert not state.questions["cash_documented"].relevant
    assert state.questions["cash_documented"].value is None  # blank for every rule
    assert state.set_aside == {"cash_documented": "yes"}  # kept, not lost
    assert "contant-gedocumenteerd" not in {f.id for f in state.factors}


def test_required_missing_and_constraints(bank: LoadedDefinition) -> None:
    state = evaluate(bank.definition, {})
    assert "client_ref" in state.missing
    assert not state.questions["kvk_check"].relevant  # no product or work form yet
    state = evaluate(
        bank.definition,
        {"client_ref": "123456789", "expected_monthly_turnover": -5, "product": "spaarrekening"},
    )
    assert state.invalid["client_ref"] == "This looks like a BSN: use a client reference."
    assert state.invalid["expected_monthly_turnover"] == "An amount of zero or more."
    assert state.invalid["product"].startswith("choose one of: betaalrekening")
    assert state.pages[0].status == "invalid"
    worksheet = Worksheet(bank.definition, {"client_ref": "123456789"})
    assert (
        worksheet.message("client_ref", "nl") == "Dit lijkt een BSN: gebruik een cliëntreferentie."
    )


def test_a_constraint_is_not_checked_on_a_blank_answer(bank: LoadedDefinition) -> None:
    state = evaluate(bank.definition, {"expected_monthly_turnover": None})
    assert "expected_monthly_turnover" not in state.invalid
    assert "expected_monthly_turnover" in state.missing


def test_calculations(aov: LoadedDefinition) -> None:
    state = evaluate(aov.definition, _answers("aov-online-oververzekerd-gat"))
    assert state.questions["ib_average"].value == (22000 + 8000 + 20000) / 3
    assert state.questions["insured_share"].value == 20000 / state.questions["ib_average"].value  # type: ignore[operator]
    assert state.questions["ib_average"].calculated


def test_edd_questions_appear_only_when_triggered(bank: LoadedDefinition) -> None:
    answers = _answers("bank-zelfstandig-transparant")
    state = evaluate(bank.definition, answers)
    assert not state.questions["edd_source_of_funds"].relevant
    assert next(p for p in state.pages if p.id == "verscherpt").status == "not-applicable"
    answers["pep_check"] = {**answers["pep_check"], "result": "pep"}
    state = evaluate(bank.definition, answers)
    assert state.proposal.level is Level.HIGH
    assert state.proposal.basis == "single-factor"  # the highest factor outweighs the sum
    assert "edd_source_of_funds" in state.missing


def test_sex_work_alone_never_raises_the_risk(
    bank: LoadedDefinition, aov: LoadedDefinition
) -> None:
    for form in WorkForm:
        for product in ("betaalrekening", "zakelijke-rekening", "hypotheek"):
            answers = {**_answers("bank-zelfstandig-transparant"), "work_form": form.value}
            answers["product"] = product
            state = evaluate(bank.definition, answers)
            assert all(f.weight <= 0 for f in state.factors), (form, product, state.factors)
            assert state.proposal.level is Level.LOW
        answers = {**_answers("aov-zelfstandig-drie-jaar"), "work_form": form.value}
        # Each work form shows its income its own way; relevance picks the ones that apply.
        answers |= {"opting_in_annual": 50000, "starter_forecast": 50000}
        answers["starter_evidence"] = ["btw-aangiften"]
        state = evaluate(aov.definition, answers)
        assert all(f.weight <= 0 for f in state.factors), (form, state.factors)


def test_a_change_re_evaluates_only_what_depends_on_it(bank: LoadedDefinition) -> None:
    worksheet = Worksheet(bank.definition, _answers("bank-escort-contant-gedocumenteerd"))
    total = len(worksheet.graph.order)
    touched = worksheet.set_answer("cash_documented", "no")
    assert "factor:contant-onverklaard" in touched and "risk" in touched
    assert "relevant:client_ref" not in touched and "factor:pep" not in touched
    assert len(touched) < total / 3
    assert {f.id for f in worksheet.state().factors} == {"contant-onverklaard"}


CHANGES: dict[str, list[object]] = {
    "product": ["betaalrekening", "zakelijke-rekening", "hypotheek", None],
    "work_form": [*(f.value for f in WorkForm), None],
    "cash_share": ["geen", "beperkt", "hoog", None, 3],
    "cash_documented": ["yes", "no", "unknown", None],
    "usual_documents": ["yes", "no", None],
    "alternatives_sufficient": ["yes", "no"],
    "income_consistent": ["yes", "no", "maybe"],
    "control_signals": [["geen"], ["derde-spreekt"], ["geen", "derde-spreekt"], None],
    "own_funds_clear": ["yes", "no"],
    "id_channel": ["in-persoon", "op-afstand-zonder-extra"],
    "expected_monthly_turnover": [0, -1, 10.5, "veel"],
    "@override": [Level.HIGH, Level.LOW, None],  # the officer's override, not an answer
}


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(sorted(CHANGES)).flatmap(
            lambda key: st.tuples(st.just(key), st.sampled_from(CHANGES[key]))
        ),
        max_size=12,
    )
)
def test_incremental_equals_full_evaluation(changes: list[tuple[str, object]]) -> None:
    from kb.loader import default_root
    from kb.worksheet.definitions import KnownIds, load_definition

    bank = load_definition(
        default_root() / "worksheets" / "bank-acceptatie.toml", KnownIds.of_files(default_root())
    )
    worksheet = Worksheet(bank.definition, _answers("bank-zelfstandig-transparant"))
    for key, value in changes:
        if key == "@override":
            assert value is None or isinstance(value, Level)
            worksheet.set_override(value)
        else:
            worksheet.set_answer(key, value)
    assert worksheet.state() == evaluate(bank.definition, worksheet.answers, worksheet.override)


EDD_QUESTIONS = ["edd_source_of_funds", "edd_senior_approval", "edd_monitoring"]


def test_edd_questions_follow_the_final_classification(bank: LoadedDefinition) -> None:
    answers = _answers("bank-escort-contant-gedocumenteerd")  # proposes standard
    worksheet = Worksheet(bank.definition, answers)
    state = worksheet.state()
    assert state.proposal.level is Level.STANDARD and not state.edd_triggered
    assert not any(state.questions[q].relevant for q in EDD_QUESTIONS)
    assert state.complete
    # An upward override to high: the enhanced-due-diligence questions are asked and required.
    touched = worksheet.set_override(Level.HIGH)
    assert "relevant:edd_monitoring" in touched and "factor:pep" not in touched
    state = worksheet.state()
    assert state.final_level is Level.HIGH and state.edd_triggered
    assert state.proposal.level is Level.STANDARD  # the proposal itself does not change
    assert set(EDD_QUESTIONS) <= set(state.missing)
    assert state == evaluate(bank.definition, answers, Level.HIGH)
    page = next(p for p in state.pages if p.id == "verscherpt")
    assert page.status == "missing"
    # A downward override of a high proposal keeps them: EDD follows the higher of the two.
    assert worksheet.set_override(None)
    assert not worksheet.state().edd_triggered
    high = evaluate(bank.definition, answers | {"pep_check": _pep()}, Level.STANDARD)
    assert high.proposal.level is Level.HIGH and high.edd_triggered
    assert set(EDD_QUESTIONS) <= set(high.missing)


def _pep() -> dict[str, str]:
    return {"date": "2025-03-03", "source": "screening", "result": "pep", "by": "A. Jansen"}


def test_an_upward_override_cannot_be_finalised_without_the_edd_answers(
    bank: LoadedDefinition,
) -> None:
    from kb.worksheet.fill import FillInput, fill

    data = json.loads((SCENARIOS / "bank-escort-contant-gedocumenteerd.json").read_text("utf-8"))
    data["decision"]["override"] = {
        "level": "high",
        "reason": "Contant volume hoger dan het profiel: verscherpt onderzoek.",
    }
    now = dt.datetime(2025, 3, 4, tzinfo=dt.UTC)
    result = fill(bank, "v", FillInput.model_validate(data), now)
    assert result.record is None
    assert any("edd_source_of_funds" in str(p) for p in result.problems), result.problems
    data["answers"] |= {
        "edd_source_of_funds": "Kasboek en stortingen over twaalf maanden sluiten aan.",
        "edd_senior_approval": "yes",
        "edd_monitoring": "Elk kwartaal de stortingen tegen het kasboek.",
    }
    data["decision"]["review"] = {
        "reviewer": {"name": "B. de Vries", "role": "Senior compliance officer"},
        "verdict": "agree",
        "at": "2025-03-04T15:00:00+01:00",
    }
    result = fill(bank, "v", FillInput.model_validate(data), now)
    assert result.record is not None, result.problems
    assert result.record.classification is Level.HIGH
    entries = {entry.id: entry for entry in result.record.answers}
    assert entries["edd_monitoring"].status == "answered"


def test_the_engine_speaks_both_languages_with_stable_ids(bank: LoadedDefinition) -> None:
    from kb.worksheet.decision import DecisionInput, problems

    state = evaluate(bank.definition, {"expected_monthly_turnover": "veel"})
    problem = state.invalid["expected_monthly_turnover"]
    assert problem == "give an amount in euros (at most two decimals)"  # English by default
    assert problem.id == "answer.money"
    assert problem.text("nl") == "geef een bedrag in euro (hoogstens twee decimalen)"
    constraint = evaluate(bank.definition, {"client_ref": "123456789"}).invalid["client_ref"]
    assert constraint.id == "answer.constraint"
    assert constraint.text("nl") == "Dit lijkt een BSN: gebruik een cliëntreferentie."
    decision = DecisionInput.model_validate(
        {"decision": "decline", "officer": {"name": "A", "role": "B"}, "motivation": "x"}
    )
    found = {p.id: p for p in problems(bank.definition, state, decision)}
    basic = found["finalise.basic-account"]
    assert basic == "declining needs the answer: was a basic payment account considered?"
    assert basic.text("nl") == "weigeren vraagt het antwoord: is een basisbetaalrekening overwogen?"
    review = found["finalise.review"]
    assert review.text("nl") == (
        "een tweede persoon moet dit besluit beoordelen (de cliënt wordt geweigerd)"
    )
    invalid = found["finalise.invalid"]
    assert invalid.text("nl").startswith("expected_monthly_turnover: geef een bedrag")
