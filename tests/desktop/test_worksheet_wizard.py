"""The worksheet wizard, driven through its widgets: fill from a scenario, finalise, export."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop.main_window import MainWindow
from desktop.record_view import RecordView
from desktop.worksheet_pages import (
    CalculatedWidget,
    CheckWidget,
    ChoiceWidget,
    EvidenceWidget,
    LineWidget,
    MultipleWidget,
)
from desktop.worksheet_wizard import DISCARD, RESTORE, WorksheetBrowser, WorksheetWizard
from kb import Library, load_library
from kb.loader import default_root
from kb.worksheet.storage import DraftStore, RecordStore

SCENARIOS = Path(__file__).parents[1] / "fixtures" / "scenarios"
NOW = dt.datetime(2025, 3, 4, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(default_root())


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("TOEGANG_DATA", str(folder))
    return folder


@pytest.fixture
def window(qtbot: QtBot, library: Library, data: Path) -> MainWindow:
    win = MainWindow(library, lang="nl")
    qtbot.addWidget(win)
    win.worksheets.clock = lambda: NOW
    return win


def scenario(name: str) -> dict[str, Any]:
    loaded = json.loads((SCENARIOS / f"{name}.json").read_text("utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def type_text(widget: QWidget, text: str) -> None:
    """Type per character: keyClicks aborts on non-ASCII text (pitfalls.md)."""
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def type_line(edit: QLineEdit, text: str) -> None:
    edit.selectAll()
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    type_text(edit, text)
    QTest.keyClick(edit, Qt.Key.Key_Return)


def choose(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    assert index >= 0, (combo.accessibleName(), value)
    combo.setCurrentIndex(index)


def answer(wizard: WorksheetWizard, question_id: str, value: Any) -> None:
    """Answer one question the way an officer would, through its widget."""
    widget = wizard.questions[question_id]
    assert widget.editor.accessibleName()  # every editor has an accessible name
    if isinstance(widget, ChoiceWidget):
        choose(widget.combo, value)
    elif isinstance(widget, MultipleWidget):
        for key, box in widget.boxes.items():
            if box.isChecked() != (key in value):
                box.click()
    elif isinstance(widget, LineWidget):
        type_line(widget.edit, str(value))
    elif isinstance(widget, CheckWidget):
        type_line(widget.date, value["date"])
        type_line(widget.source, value["source"])
        type_line(widget.by, value["by"])
        choose(widget.result, value["result"])
    elif isinstance(widget, EvidenceWidget):
        for item, status in value.items():
            if item not in widget.combos:
                type_text(widget.other, item)
                widget.add_button.click()
            choose(widget.combos[item], status)
    else:
        raise AssertionError(f"no way to answer {question_id}")


def decide(wizard: WorksheetWizard, decision: dict[str, Any]) -> None:
    page = wizard.decision_page
    wizard.go_to(wizard.decision_step)
    choose(page.decision, decision["decision"])
    type_text(page.motivation, decision["motivation"])
    if decision.get("conditions"):
        type_text(page.conditions, decision["conditions"])
    type_text(page.officer_name, decision["officer"]["name"])
    type_text(page.officer_role, decision["officer"]["role"])


def plain(editor: QPlainTextEdit | QLineEdit) -> str:
    return editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()


def test_fill_finalise_export_and_reopen(
    qtbot: QtBot, window: MainWindow, data: Path, tmp_path: Path
) -> None:
    case = scenario("bank-escort-contant-gedocumenteerd")
    wizard = window.worksheets.new_worksheet("bank-acceptatie")
    assert isinstance(wizard, WorksheetWizard)
    assert window.worksheets.menu.title() == "Wer&kblad"
    assert wizard.toc.count() == len(wizard.definition.pages) + 2
    assert wizard.toc_status(0) == "missing"
    assert "Voorstel:" in wizard.risk.summary.text()

    answers = dict(case["answers"])
    held_back = answers.pop("purpose")
    cash_documented = answers.pop("cash_documented")
    for question_id, value in answers.items():
        with qtbot.waitSignal(wizard.saved, timeout=2000):
            answer(wizard, question_id, value)

    # The draft is on disk after each answer (autosave), with an audit trail.
    stored = DraftStore(data).load(wizard.draft.id)
    assert stored.answers["client_ref"] == "DOS-2025-0145"
    assert any(event.target == "cash_share" for event in stored.audit)

    # Much cash, not yet documented: the risk panel shows the factor and its reason.
    assert not wizard.questions["cash_documented"].isHidden()
    assert any("niet is gedocumenteerd" in text for text in wizard.risk.factor_texts())
    with qtbot.waitSignal(wizard.state_changed, timeout=2000):
        answer(wizard, "cash_documented", cash_documented)
    texts = wizard.risk.factor_texts()
    assert any("wel gedocumenteerd" in text for text in texts), texts
    assert "standaard risico" in wizard.risk.summary.text()
    # Help and KB links open beside the form.
    wizard.questions["cash_share"].links.linkActivated.emit("kb:wwft/contant-geld")
    assert wizard.articles.article is not None
    assert wizard.articles.article.id == "wwft/contant-geld"

    # "Next" never blocks, even with a required answer missing.
    wizard.go_to(0)
    wizard.next_button.click()
    assert wizard.current_step() == 1
    assert wizard.toc_status(0) == "missing"

    decide(wizard, case["decision"])
    assert wizard.finalise() is None  # purpose is missing: blocked, with a message
    assert "kan nog niet worden afgerond" in wizard.message.text()
    blockers = wizard.blocker_texts()
    assert any("purpose" in text for text in blockers), blockers
    link = next(
        wizard.blockers.item(i)
        for i in range(wizard.blockers.count())
        if "Doel en beoogde aard" in wizard.blockers.item(i).text()
    )
    wizard.blockers.itemClicked.emit(link)
    assert wizard.current_step() == 0

    answer(wizard, "purpose", held_back)
    assert wizard.toc_status(0) == "complete"
    assert wizard.toc_status(wizard.review_step) == "not-applicable"
    record = wizard.finalise()
    assert record is not None
    assert record.decision.value == "accept-with-conditions"
    assert record.classification.value == "standard"
    assert not DraftStore(data).path(wizard.draft.id).exists()  # the draft became the record
    assert wizard.record_path is not None and wizard.record_path.parent == data / "records"

    view = wizard.record_view
    assert isinstance(view, RecordView)
    pdf = tmp_path / "record.pdf"
    view.export_to(pdf)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert "DOS-2025-0145" in text
    assert "accept-with-conditions" in text
    markdown = tmp_path / "record.md"
    view.export_to(markdown)
    assert "DOS-2025-0145" in markdown.read_text("utf-8")

    # Reopen the saved record: its seal is verified on load.
    reopened = window.worksheets.open_record_file(wizard.record_path)
    assert reopened is not None and reopened.record == record
    assert "SHA-256" in reopened.seal.text()
    browser = window.worksheets.open_browser(WorksheetBrowser.RECORDS)
    assert browser.record_list.count() == 1
    assert "DOS-2025-0145" in browser.record_list.item(0).text()


def test_a_tampered_record_is_refused(
    qtbot: QtBot, window: MainWindow, data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kb.worksheet.fill import FillInput, fill

    actions = window.worksheets
    loaded = actions.definitions()["bank-acceptatie"]
    case = scenario("bank-zelfstandig-transparant")
    result = fill(loaded, "v", FillInput.model_validate(case), NOW)
    assert result.record is not None
    path = RecordStore(data).save(result.record)
    raw = path.read_bytes()
    path.write_bytes(raw.replace(b"DOS-2025-0141", b"DOS-2025-0142"))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    assert actions.open_record_file(path) is None
    assert warnings and "changed after it was sealed" in warnings[0]


def test_draft_is_offered_back_after_a_crash(
    qtbot: QtBot, window: MainWindow, library: Library, data: Path
) -> None:
    wizard = window.worksheets.new_worksheet("bank-acceptatie")
    assert wizard is not None
    answer(wizard, "client_ref", "DOS-2025-0999")
    answer(wizard, "work_form", "online")
    draft_id = wizard.draft.id
    # The process dies here: no close, no flush; only what autosave wrote is on disk.

    restarted = MainWindow(library, lang="nl")
    qtbot.addWidget(restarted)
    offered: list[str] = []

    def prompt(draft: Any, title: str) -> str:
        offered.append(f"{title}: {draft.answers.get('client_ref')}")
        return RESTORE

    restarted.worksheets.prompt = prompt
    restored = restarted.worksheets.offer_unfinished()
    assert offered == ["Cliëntacceptatie bank: DOS-2025-0999"]
    assert restored is not None and restored.draft.id == draft_id
    assert plain(restored.questions["client_ref"].edit) == "DOS-2025-0999"  # type: ignore[attr-defined]
    assert restored.questions["work_form"].combo.currentData() == "online"  # type: ignore[attr-defined]
    restored.close()

    again = MainWindow(library, lang="nl")
    qtbot.addWidget(again)
    again.worksheets.prompt = lambda draft, title: DISCARD
    assert again.worksheets.offer_unfinished() is None
    assert DraftStore(data).unfinished() == ([], [])


def test_exploitation_leads_to_escalation_not_decline(qtbot: QtBot, window: MainWindow) -> None:
    wizard = window.worksheets.new_worksheet("bank-acceptatie")
    assert wizard is not None
    answer(wizard, "control_signals", ["derde-spreekt"])
    assert not wizard.risk.notice.isHidden()
    assert "uitbuiting" in wizard.risk.notice.text()
    page = wizard.decision_page
    wizard.toc.setCurrentRow(wizard.decision_step)  # jump through the table of contents
    assert wizard.current_step() == wizard.decision_step
    choose(page.decision, "decline")
    assert not page.ground.isHidden() and not page.basic_account.isHidden()
    # The engine's messages in the language of the interface (Dutch here).
    problems = [page.problems.item(i).text() for i in range(page.problems.count())]
    assert any("worden geëscaleerd, niet hier besloten" in p for p in problems), problems
    assert any("basisbetaalrekening overwogen" in p for p in problems), problems
    assert not any("escalated, not decided here" in p for p in problems)
    choose(page.decision, "escalate")
    problems = [page.problems.item(i).text() for i in range(page.problems.count())]
    assert not any("worden geëscaleerd" in p for p in problems)
    assert any("beantwoord de meldvraag fiu_report" in p for p in problems)
    answer(wizard, "fiu_report", "voorbereid")
    problems = [page.problems.item(i).text() for i in range(page.problems.count())]
    assert not any("meldvraag" in p for p in problems)
    # High risk: a second person must review.
    assert wizard.toc_status(wizard.review_step) == "missing"
    assert "tweede persoon" in wizard.review_page.reasons.text()


def test_calculated_answers_and_the_checklist(qtbot: QtBot, window: MainWindow) -> None:
    wizard = window.worksheets.new_worksheet("aov-acceptatie")
    assert wizard is not None
    answer(wizard, "work_form", "zelfstandig")
    evidence = wizard.questions["documents"]
    assert isinstance(evidence, EvidenceWidget) and evidence.combos  # the AOV checklist items
    answer(wizard, "ib_years", 2)
    answer(wizard, "ib_income_1", "30000")
    answer(wizard, "ib_income_2", "40000,50")
    average = wizard.questions["ib_average"]
    assert isinstance(average, CalculatedWidget)
    assert average.shown.text() == "35,000.25"
    answer(wizard, "ib_years", "vier")
    assert not wizard.questions["ib_years"].problem.isHidden()
    assert wizard.toc_status(wizard.page_of["ib_years"]) == "invalid"
    evidence.checklist_button.click()
    assert wizard.checklist_view is not None
    assert wizard.checklist_view.work_form.currentData() == "zelfstandig"  # type: ignore[attr-defined]


def test_reviews_due_start_from_the_previous_record(
    qtbot: QtBot, window: MainWindow, data: Path
) -> None:
    from kb.worksheet.fill import FillInput, fill

    actions = window.worksheets
    loaded = actions.definitions()["bank-acceptatie"]
    case = scenario("bank-zelfstandig-transparant")  # low risk: next review in three years
    result = fill(loaded, "v", FillInput.model_validate(case), NOW)
    assert result.record is not None and result.record.next_review is not None
    RecordStore(data).save(result.record)
    actions.clock = lambda: dt.datetime(2028, 3, 10, 9, 0, tzinfo=NOW.tzinfo)
    browser = actions.open_browser(WorksheetBrowser.REVIEWS)
    assert browser.review_list.count() == 1
    assert "DOS-2025-0141" in browser.review_list.item(0).text()
    assert "6 dagen te laat" in browser.review_list.item(0).text()
    browser.review_list.setCurrentRow(0)
    browser.review_button.click()
    wizard = actions.wizard
    assert wizard is not None and wizard.draft.previous_record is not None
    assert wizard.draft.previous_record.id == result.record.id
    assert wizard.questions["client_ref"].edit.text() == "DOS-2025-0141"  # type: ignore[attr-defined]


def test_an_upward_override_asks_the_edd_questions(qtbot: QtBot, window: MainWindow) -> None:
    wizard = window.worksheets.new_worksheet("bank-acceptatie")
    assert wizard is not None
    for question_id, value in scenario("bank-escort-contant-gedocumenteerd")["answers"].items():
        answer(wizard, question_id, value)
    edd_page = next(i for i, p in enumerate(wizard.definition.pages) if p.id == "verscherpt")
    assert wizard.toc_status(edd_page) == "not-applicable"
    page = wizard.decision_page
    wizard.go_to(wizard.decision_step)
    page.override.click()
    choose(page.override_level, "high")
    assert wizard.toc_status(edd_page) == "missing"  # the EDD questions are now asked
    assert not wizard.questions["edd_monitoring"].isHidden()
    choose(page.override_level, "standard")
    assert wizard.toc_status(edd_page) == "not-applicable"


def test_protected_drafts_ask_for_the_passphrase(
    qtbot: QtBot,
    window: MainWindow,
    library: Library,
    data: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[bool] = []

    def passphrase(new: bool) -> str:
        asked.append(new)
        return "lang genoeg geheim"

    actions = window.worksheets
    actions.ask_passphrase = passphrase
    actions.act_protect.setChecked(True)  # the setting; a new passphrase is asked once
    assert asked == [True] and actions.protection.enabled
    assert window.settings.protect_worksheets
    wizard = actions.new_worksheet("bank-acceptatie")
    assert wizard is not None and asked == [True]  # kept in memory for the session
    answer(wizard, "client_ref", "DOS-2025-0777")
    stored = DraftStore(data).path(wizard.draft.id).read_bytes()
    assert b"toegang-encrypted" in stored and b"DOS-2025-0777" not in stored
    draft_id = wizard.draft.id

    restarted = MainWindow(library, lang="nl")
    qtbot.addWidget(restarted)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    restarted.worksheets.ask_passphrase = lambda new: "fout"
    restarted.worksheets.prompt = lambda draft, title: RESTORE
    assert restarted.worksheets.offer_unfinished() is None
    assert warnings and "opent" in warnings[0]  # a clear message, and nothing was changed
    assert DraftStore(data).path(draft_id).read_bytes() == stored
    restarted.worksheets.ask_passphrase = passphrase
    restored = restarted.worksheets.offer_unfinished()
    assert restored is not None and restored.draft.id == draft_id
    assert plain(restored.questions["client_ref"].edit) == "DOS-2025-0777"  # type: ignore[attr-defined]


def test_a_draft_open_elsewhere_opens_read_only_or_is_taken_over(
    qtbot: QtBot, window: MainWindow, library: Library, data: Path
) -> None:
    import os
    import subprocess
    import sys

    from desktop.worksheet_wizard import READ_ONLY, TAKE_OVER

    wizard = window.worksheets.new_worksheet("bank-acceptatie")
    assert wizard is not None
    answer(wizard, "client_ref", "DOS-2025-0888")
    draft = DraftStore(data).load(wizard.draft.id)
    lock = DraftStore(data).lock(draft.id)
    assert lock.holder() is not None
    other = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=-1)
    try:
        held = json.loads(lock.path.read_text("utf-8"))
        held["pid"] = other.pid  # another running Toegang holds it
        lock.path.write_text(json.dumps(held), "utf-8")
        asked: list[int] = []

        def prompt(holder: Any) -> str:
            asked.append(holder.pid)
            return READ_ONLY

        window.worksheets.ask_lock = prompt
        viewer = window.worksheets.open_draft(draft)
        assert viewer is not None and viewer.read_only and asked == [other.pid]
        assert not viewer.decision_page.isEnabled() and not viewer.finalise_button.isEnabled()
        assert "Alleen lezen" in viewer.message.text()
        assert viewer.finalise() is None
        viewer.close()
        assert lock.holder().pid == other.pid  # type: ignore[union-attr]
        window.worksheets.ask_lock = lambda holder: TAKE_OVER
        taken = window.worksheets.open_draft(draft)
        assert taken is not None and not taken.read_only
        assert lock.holder().pid == os.getpid()  # type: ignore[union-attr]
        lock.path.write_text(json.dumps(held), "utf-8")
    finally:
        assert other.stdin is not None
        other.stdin.close()
        other.wait()
    # Its process is gone: the stale lock is cleared without asking.
    window.worksheets.ask_lock = lambda holder: pytest.fail("a stale lock must not ask")
    again = window.worksheets.open_draft(draft)
    assert again is not None and not again.read_only
    again.close()
    assert not lock.path.exists()
