"""Every scenario file runs through `toegang worksheet fill`; its expectations must hold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kb.models import WorkForm
from kb.worksheet.record import verify
from toegang.cli import main

SCENARIOS = sorted((Path(__file__).parents[2] / "fixtures" / "scenarios").glob("*.json"))


def _load(path: Path) -> dict[str, object]:
    data = json.loads(path.read_text("utf-8"))
    assert isinstance(data, dict)
    return data


def test_the_scenarios_cover_what_they_must() -> None:
    assert len(SCENARIOS) >= 10
    data = [_load(path) for path in SCENARIOS]
    forms = {d["answers"]["work_form"] for d in data}  # type: ignore[index]
    assert forms == {form.value for form in WorkForm}
    assert {d["definition"] for d in data} == {"bank-acceptatie", "aov-acceptatie"}
    decisions = {d["decision"]["decision"] for d in data}  # type: ignore[index]
    assert {"decline", "escalate", "more-information", "accept-with-conditions"} <= decisions
    factors = {f for d in data for f in d["expect"].get("factors", [])}  # type: ignore[union-attr]
    assert {"contant-gedocumenteerd", "controle-derden", "sanctietreffer"} <= factors


@pytest.mark.parametrize("path", SCENARIOS, ids=[p.stem for p in SCENARIOS])
def test_scenario(path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    scenario = _load(path)
    expect = scenario["expect"]
    assert isinstance(expect, dict)
    out = tmp_path / "record.json"
    code = main(
        [
            "worksheet",
            "fill",
            str(scenario["definition"]),
            "--answers",
            str(path),
            "--out",
            str(out),
        ]
    )
    printed = capsys.readouterr()
    assert code == expect["exit"], printed.out + printed.err
    assert "Traceback" not in printed.err
    # Evidence ids are the checklist's item ids; one scenario adds another document on purpose.
    warnings = [line for line in printed.err.splitlines() if "warning:" in line]
    if path.stem == "bank-online-zakelijk-alternatief-bewijs":
        assert (
            len(warnings) == 1
            and "documents: bankafschriften not on the checklist" in (warnings[0])
        ), warnings
    else:
        assert warnings == [], warnings
    factors = ", ".join(f"{f}" for f in sorted(expect["factors"]))
    for factor in expect["factors"]:
        assert factor in printed.out, factors
    if code != 0:
        assert expect["message"] in printed.out
        assert not out.exists()
        return
    record = verify(out.read_bytes())
    assert record.proposal.classification.value == expect["classification"]
    assert record.proposal.measure.value == expect["measure"]
    assert sorted(f.id for f in record.factors) == sorted(expect["factors"])
    assert record.proposal.decision.value == expect["proposed_decision"]
    next_review = record.next_review.isoformat() if record.next_review else None
    assert next_review == expect["next_review"]
    entries = {entry.id: entry for entry in record.answers}
    for question_id in expect.get("unanswered", []):
        assert entries[question_id].status == "unanswered"
    for question_id, value in expect.get("calculated", {}).items():
        assert entries[question_id].status == "calculated"
        assert entries[question_id].value == pytest.approx(value)
    # Data minimisation: the record names the client by reference only and says why.
    assert record.client_reference == scenario["answers"]["client_ref"]  # type: ignore[index]
    assert "art. 9" in record.special_category_notice.nl
    if record.decision.value == "decline":
        assert record.decline_ground and record.basic_account_considered
    if record.review_required_for:
        assert record.review is not None
        assert record.review.reviewer.name != record.officer.name


def test_unlisted_evidence_is_a_warning_in_both_languages() -> None:
    from kb import load_library
    from kb.loader import default_root
    from kb.worksheet.definitions import KnownIds, load_definition
    from kb.worksheet.session import unlisted_evidence

    library = load_library(default_root())
    bank = load_definition(
        default_root() / "worksheets" / "bank-acceptatie.toml", KnownIds.of(library)
    ).definition
    checklists = list(library.checklists.values())
    answers = {"work_form": "zelfstandig", "documents": {"kvk": "provided", "ib-aangifte": "x"}}
    [warning] = unlisted_evidence(bank, answers, checklists)
    assert warning.id == "evidence.not-in-checklist"
    assert str(warning).startswith("documents: kvk not on the checklist for work form zelfstandig")
    assert warning.text("nl").startswith("documents: kvk staat niet op de checklist")
    answers["documents"] = {"kvk-inschrijving": "provided"}
    assert unlisted_evidence(bank, answers, checklists) == []
    # The cases' model answers use the checklist ids too.
    from kb.case_answers import load_case_answers

    for item in load_case_answers(default_root()).values():
        assert unlisted_evidence(bank, item.model.answers, checklists) == [], item.path
