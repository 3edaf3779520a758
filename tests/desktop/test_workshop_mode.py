"""Workshop mode through real widgets: presentation, exercise comparison, handout PDFs, menu."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from desktop.exercise import DIFF_COLOUR, ExerciseWindow
from desktop.main_window import MainWindow
from desktop.presentation import PresentationWindow
from desktop.workshop import WorkshopData, WorkshopView, export_handout
from kb import Library, load_library
from kb.worksheet.models import Decision, Level

UITBUITING = "casussen/signalen-van-uitbuiting"
ANSWER_NL = "De grond is de combinatie van signalen, niet het beroep."
PLAN = "introductie-sekswerkers-als-klant"


@pytest.fixture(scope="module")
def shipped() -> Library:
    return load_library()


@pytest.fixture(scope="module")
def data(shipped: Library) -> WorkshopData:
    return WorkshopData.load(shipped)


def _pdf_text(path: Path) -> str:
    reader = PdfReader(path)
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_presentation_moves_through_slides_and_reveals_the_answer(
    qtbot: QtBot, shipped: Library
) -> None:
    article = shipped.article(UITBUITING, "nl")
    window = PresentationWindow(article, shipped, notes="Let op de tijd.")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.setFocus()
    assert window.index == 0 and "Modelantwoord" not in window.shown_text()
    forward = [Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_Down]
    step = 0
    while not window.slide.answer:
        with qtbot.waitSignal(window.slide_changed) as moved:
            QTest.keyClick(window, forward[step % len(forward)])
        step += 1
        assert moved.args == [step]
    assert window.is_hidden(window.index)
    assert ANSWER_NL not in window.shown_text()
    assert window.reveal_button.isVisibleTo(window)
    # The presenter sees the hidden answer, the next slide and the notes.
    assert ANSWER_NL in window.presenter.notes.toPlainText()
    assert "Let op de tijd." in window.presenter.notes.toPlainText()
    assert window.presenter.next_slide.toPlainText().startswith("Onderbouwing")
    with qtbot.waitSignal(window.answer_revealed):
        QTest.keyClick(window, Qt.Key.Key_R)
    assert ANSWER_NL in window.shown_text()
    assert not window.reveal_button.isVisibleTo(window)
    with qtbot.waitSignal(window.slide_changed):
        QTest.keyClick(window, Qt.Key.Key_PageUp)
    assert window.index == step - 1
    with qtbot.waitSignal(window.presenter_toggled) as toggled:
        QTest.keyClick(window, Qt.Key.Key_P)
    assert toggled.args == [True] and window.stack.currentWidget() is window.presenter
    assert "elapsed" in window.presenter.clock.text()
    with qtbot.waitSignal(window.finished):
        QTest.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_comparison_view_marks_a_different_answer(
    qtbot: QtBot, shipped: Library, data: WorkshopData
) -> None:
    case_id = "casussen/starter-zonder-historie"
    window = ExerciseWindow(shipped, data.cases[case_id].model, data.definition_for(case_id), "nl")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert "Modelantwoord" not in window.case_text.toPlainText()
    form = window.form
    box = window.findChild(QCheckBox, "factor-contant-gedocumenteerd")
    assert box is not None
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert form.chosen_factors() == {"contant-gedocumenteerd"}
    assert "Standaard" in form.proposal.text()
    # Deliberately different: the participant sees undocumented cash and declines.
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    window.findChild(QCheckBox, "factor-contant-onverklaard").setChecked(True)  # type: ignore[union-attr]
    form.classification.setCurrentIndex(form.classification.findData(Level.HIGH.value))
    form.decision.setCurrentIndex(form.decision.findData(Decision.DECLINE.value))
    with qtbot.waitSignal(window.compared) as done:
        qtbot.mouseClick(form.compare_button, Qt.MouseButton.LeftButton)
    comparison = done.args[0]
    marked = window.comparison.marked_rows()
    assert set(marked) == {
        "contant-onverklaard",
        "contant-gedocumenteerd",
        "classification",
        "decision",
    }
    assert comparison.differences
    shown = window.comparison.browser.toHtml()
    assert DIFF_COLOUR in shown
    text = window.comparison.browser.toPlainText()
    assert "4 verschil" in text or "4 difference" in text
    assert "Accepteren met voorwaarden" in text and "Weigeren" in text
    with qtbot.waitSignal(window.article_requested) as link:
        window.comparison.browser.anchorClicked.emit(QUrl("kb:wwft/contant-geld"))
    assert link.args == ["wwft/contant-geld"]
    qtbot.mouseClick(window.back_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentIndex() == 0


def test_handout_pdf_has_the_case_titles_but_not_the_model_answers(
    qtbot: QtBot, tmp_path: Path, shipped: Library, data: WorkshopData
) -> None:
    workshop = data.plans[PLAN].workshop
    handout, answers = export_handout(workshop, shipped, "nl", tmp_path / "handout.pdf")
    assert answers.name == "handout-antwoorden.pdf"
    text = _pdf_text(handout)
    sheet = _pdf_text(answers)
    assert "Introductie: sekswerkers als klant" in text
    for case_id in workshop.cases():
        title = " ".join(shipped.article(case_id, "nl").meta.title.split())
        assert title in text
        assert title in sheet
    assert "Modelantwoord" not in text
    assert ANSWER_NL not in text
    assert ANSWER_NL in sheet


def test_workshop_view_steps_through_the_plan(
    qtbot: QtBot, shipped: Library, data: WorkshopData
) -> None:
    view = WorkshopView(data, data.plans[PLAN].workshop, "nl")
    qtbot.addWidget(view)
    view.show()
    assert view.agenda.count() == len(view.workshop.items)
    assert "0:00" in view.time.text() and "3:00" in view.time.text()
    steps = 0
    while view.workshop.items[view.current].kind.value != "exercise":
        with qtbot.waitSignal(view.item_changed):
            qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
        steps += 1
    assert view.exercise_button.isEnabled()
    exercise = view.start_exercise()
    assert exercise is not None
    qtbot.addWidget(exercise)
    presentation = view.present()
    assert presentation is not None
    qtbot.addWidget(presentation)
    assert presentation.slides[0].title.startswith("Casus")
    assert "gepland" in view.time.text() or "planned" in view.time.text()


def test_main_window_has_the_workshop_menu(qtbot: QtBot, content: Path, config_dir: Path) -> None:
    window = MainWindow(load_library(content), lang="nl")
    qtbot.addWidget(window)
    window.show()
    menu = window.workshop_menu  # type: ignore[attr-defined]
    titles = [action.text() for action in window.menuBar().actions()]
    assert "W&orkshop" in titles
    assert titles.index("W&orkshop") == titles.index("&Help") - 1
    texts = [action.text() for action in menu.actions()]
    assert texts == ["&Presentatie", "&Oefening…", "Wor&kshopplan…", "&Hand-out exporteren…"]
    assert menu.present() is None  # no article open: a message, no window
    window.open_article("wwft/alpha")
    presentation = menu.present()
    assert presentation is not None
    qtbot.addWidget(presentation)
    assert presentation.slides[0].cover
    assert menu.plan() is None  # this content has no plans
    window.set_ui_language("en")  # the menu follows Qt's LanguageChange event
    qtbot.waitUntil(lambda: menu.actions()[0].text() == "&Presentation")
    assert menu.title() == "&Workshop"
