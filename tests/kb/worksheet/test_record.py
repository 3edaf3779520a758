"""Sealed records: any edited byte is rejected; exports; decisions and their rules."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from kb.worksheet import decision as decisions
from kb.worksheet.decision import DecisionInput
from kb.worksheet.definitions import LoadedDefinition
from kb.worksheet.engine import evaluate
from kb.worksheet.export import to_html, to_markdown
from kb.worksheet.fill import FillInput, fill
from kb.worksheet.record import Record, RecordError, canonical, seal, verify
from toegang.cli import main

SCENARIOS = Path(__file__).parents[2] / "fixtures" / "scenarios"
NOW = dt.datetime(2025, 3, 4, 10, 0, tzinfo=dt.UTC)


def _scenario(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((SCENARIOS / f"{name}.json").read_text("utf-8"))
    return data


def _record(loaded: LoadedDefinition, name: str) -> Record:
    result = fill(loaded, "v1", FillInput.model_validate(_scenario(name)), NOW)
    assert result.record is not None, result.problems
    return result.record


def test_seal_round_trips_and_is_canonical(bank: LoadedDefinition) -> None:
    record = _record(bank, "bank-weigering-cdd-niet-afgerond")
    data = seal(record)
    assert verify(data) == record
    assert b"\n" not in data[:-1]
    assert data == canonical(json.loads(data)) + b"\n"
    envelope = json.loads(data)
    assert list(envelope["record"]) == sorted(envelope["record"])


def test_every_edited_byte_is_rejected(bank: LoadedDefinition) -> None:
    data = seal(_record(bank, "bank-escort-contant-gedocumenteerd"))
    step = max(1, len(data) // 400)
    for index in range(0, len(data), step):
        edited = bytearray(data)
        edited[index] = (edited[index] + 1) % 256
        with pytest.raises(RecordError):
            verify(bytes(edited))


def test_a_record_without_a_seal_or_with_extra_spaces_is_rejected(bank: LoadedDefinition) -> None:
    data = seal(_record(bank, "bank-zelfstandig-transparant"))
    envelope = json.loads(data)
    with pytest.raises(RecordError, match="not in the canonical form"):
        verify(json.dumps(envelope, sort_keys=True, ensure_ascii=False).encode() + b"\n")
    with pytest.raises(RecordError, match="no record and seal"):
        verify(json.dumps({"record": envelope["record"]}).encode())
    with pytest.raises(RecordError, match="damaged JSON"):
        verify(data[:100])


def test_verify_command(bank: LoadedDefinition, tmp_path: Path, capsys: Any) -> None:
    path = tmp_path / "record.json"
    path.write_bytes(seal(_record(bank, "bank-zelfstandig-transparant")))
    assert main(["worksheet", "verify", str(path)]) == 0
    assert capsys.readouterr().out.startswith("OK: record ")
    data = bytearray(path.read_bytes())
    position = data.index(b"DOS-2025-0141")
    data[position + 4] = ord("9")  # one byte: the client reference
    path.write_bytes(bytes(data))
    assert main(["worksheet", "verify", str(path)]) == 1
    out = capsys.readouterr().out
    assert out.startswith("NOT INTACT:") and "changed after it was sealed" in out


def test_the_record_holds_what_a_supervisor_asks_for(bank: LoadedDefinition) -> None:
    record = _record(bank, "bank-weigering-cdd-niet-afgerond")
    assert record.definition.id == "bank-acceptatie" and record.definition.sha256 == bank.digest
    assert record.content_version == "v1"
    ubo = next(entry for entry in record.answers if entry.id == "ubo_check")
    assert ubo.status == "not-applicable" and ubo.not_applicable_reason
    assert record.decline_ground == "cdd-niet-afgerond"
    assert record.review is not None and record.review_required_for
    assert record.audit[-1].action == "finalised"
    assert any(event.action == "review-agree" for event in record.audit)


def test_set_aside_answers_are_left_out_of_the_record(bank: LoadedDefinition) -> None:
    scenario = _scenario("bank-zelfstandig-transparant")
    scenario["answers"]["cash_documented"] = "no"  # not relevant: cash share is limited
    result = fill(bank, "v1", FillInput.model_validate(scenario), NOW)
    assert result.record is not None
    entry = next(e for e in result.record.answers if e.id == "cash_documented")
    assert entry.status == "not-applicable" and entry.value is None
    assert any(event.action == "set-aside" for event in result.record.audit)


def test_exports(bank: LoadedDefinition) -> None:
    record = _record(bank, "bank-escort-contant-gedocumenteerd")
    markdown = to_markdown(record, "nl")
    assert markdown.startswith("# Beoordeling cliëntacceptatie")
    assert "Veel contant geld, wel gedocumenteerd" in markdown
    html = to_html(record, "en")
    assert "<h2>Risk factors</h2>" in html and "<script" not in html
    assert "special-category" in html


def _decide(loaded: LoadedDefinition, name: str, **changes: Any) -> list[str]:
    scenario = _scenario(name)
    state = evaluate(loaded.definition, scenario["answers"])
    decision = DecisionInput.model_validate({**scenario["decision"], **changes})
    return decisions.problems(loaded.definition, state, decision)


def test_decision_rules(bank: LoadedDefinition) -> None:
    name = "bank-weigering-cdd-niet-afgerond"
    assert _decide(bank, name) == []
    assert any("needs a ground" in p for p in _decide(bank, name, ground=None))
    assert any(
        "basic payment account" in p for p in _decide(bank, name, basic_account_considered=None)
    )
    assert any("must review" in p for p in _decide(bank, name, review=None))
    same = {"reviewer": {"name": "A. Jansen", "role": "x"}, "verdict": "agree", "at": NOW}
    assert any("someone other" in p for p in _decide(bank, name, review=same))
    back = {**same, "reviewer": {"name": "C", "role": "x"}, "verdict": "send-back"}
    assert any("sent the worksheet back" in p for p in _decide(bank, name, review=back))
    override = {
        "level": "standard",
        "reason": "Het ontbreken van stukken is door de situatie verklaard.",
    }
    assert _decide(bank, name, override=override) == []
    assert any("knock-out" in p for p in _decide(bank, "bank-sanctietreffer", decision="accept"))
    low = {"level": "low", "reason": "Naar mijn oordeel is dit een vals-positieve treffer."}
    assert any(
        "cannot be overridden" in p for p in _decide(bank, "bank-sanctietreffer", override=low)
    )


def test_exploitation_needs_the_reporting_question(bank: LoadedDefinition) -> None:
    scenario = _scenario("bank-uitbuiting-escalatie")
    del scenario["answers"]["fiu_report"]
    state = evaluate(bank.definition, scenario["answers"])
    decision = DecisionInput.model_validate(scenario["decision"])
    problems = decisions.problems(bank.definition, state, decision)
    assert any("answer the reporting question fiu_report" in p for p in problems)


def test_fill_command_errors_are_messages(tmp_path: Path, capsys: Any) -> None:
    bad = tmp_path / "answers.json"
    bad.write_text("{not json", "utf-8")
    out = tmp_path / "r.json"
    assert (
        main(["worksheet", "fill", "bank-acceptatie", "--answers", str(bad), "--out", str(out)])
        == 2
    )
    assert "not valid JSON" in capsys.readouterr().err
    good = SCENARIOS / "bank-zelfstandig-transparant.json"
    assert main(["worksheet", "fill", "nope", "--answers", str(good), "--out", str(out)]) == 2
    assert "no worksheet definition" in capsys.readouterr().err
    args = ["worksheet", "fill", "bank-acceptatie", "--answers", str(good), "--out", str(out)]
    assert main([*args, "--pdf", str(tmp_path / "x.pdf")]) == 2
    assert "desktop" in capsys.readouterr().err
    assert main(args) == 0
    assert main(args) == 1  # a record is never overwritten
    assert "never overwritten" in capsys.readouterr().err
    assert main(["worksheet", "validate", "bank-acceptatie"]) == 0
    assert capsys.readouterr().out.startswith("OK: bank-acceptatie")
