"""The main window, driven through real widgets: one group of tests per item of issue 5."""

from __future__ import annotations

import socket
import threading
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFontDatabase,
    QKeySequence,
    QMouseEvent,
    QPalette,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.main_window import ID_ROLE, MainWindow
from desktop.search_panel import (
    LibrarySearcher,
    SearchFilters,
    SearchHit,
    ServiceSearcher,
    query_terms,
)
from desktop.settings import Settings, load_settings, save_settings
from kb import Library, load_library
from tests.desktop.conftest import open_window, wait_ready


@pytest.fixture
def library(content: Path) -> Library:
    return load_library(content)


@pytest.fixture
def window(qtbot: QtBot, library: Library, config_dir: Path) -> MainWindow:
    return open_window(qtbot, library)


def type_text(widget: QWidget, text: str) -> None:
    """Type per character: keyClicks aborts on non-ASCII text (pitfalls.md)."""
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.search.query_edit.clear()
    type_text(window.search.query_edit, text)
    with qtbot.waitSignal(window.search.results_ready, timeout=5000):
        window.search_now()


def result_ids(window: MainWindow) -> list[str]:
    results = window.search.results
    return [results.item(i).data(ID_ROLE) for i in range(results.count())]


# -- 1. main window and search ----------------------------------------------------------------
def test_fonts_are_available(qtbot: QtBot) -> None:
    # Without fonts every glyph is a box and nothing else fails (pitfalls.md).
    assert QFontDatabase.families()


def test_search_box_has_focus_at_start(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: window.search.query_edit.hasFocus())
    assert window.tabs.currentWidget() is window.search


def test_typing_a_query_shows_highlighted_results(window: MainWindow, qtbot: QtBot) -> None:
    assert isinstance(window.search.searcher, ServiceSearcher)  # the real search service
    search(qtbot, window, "cliëntenonderzoek")
    assert result_ids(window)[0] == "wwft/alpha"
    assert "<b>" in window.search.results.item(0).data(ID_ROLE + 1)
    assert "gevonden" in window.search.status.text()


def test_a_two_letter_abbreviation_is_searched(window: MainWindow, qtbot: QtBot) -> None:
    search(qtbot, window, "IB")  # as in IB-aangifte: the field's abbreviations are short
    assert result_ids(window) == ["wwft/alpha"]
    assert query_terms("IB a OR x") == ["IB"]
    # Highlighted as a whole word only (not every word that begins with "ib"); longer terms
    # stay prefixes (search finds "aangiften" for "aangifte").
    # Two-letter stop words are not highlighted, as they are not searched ("in", "en").
    window.search.query_edit.setText("opting-in en IB")
    assert window.search.terms() == ["opting", "IB"]
    window.reader.setPlainText("IB-aangifte, ibidem, aangiften")
    assert [c.selectedText() for c in window.view._word_starts("ib")] == ["IB"]
    assert len(window.view._word_starts("aangifte")) == 2


def test_the_index_opens_off_the_ui_thread_and_is_built_when_missing(
    qtbot: QtBot, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    from search import service

    threads: list[threading.Thread] = []
    real_init = service.SearchService.__init__

    def recording(self: service.SearchService, *args: object, **kwargs: object) -> None:
        threads.append(threading.current_thread())
        real_init(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(service.SearchService, "__init__", recording)
    win = MainWindow(library, lang="nl")
    qtbot.addWidget(win)
    assert not win.search.is_ready()
    with qtbot.waitSignal(win.search.index_busy, timeout=5000) as busy:
        pass  # a fresh cache: the index is built, and the panel says so
    assert busy.args == [True]
    assert win.search.busy.isVisible() or not win.isVisible()
    assert win.search.status.text() == "Zoekindex wordt opgebouwd…"
    wait_ready(qtbot, win)
    assert threads and threads[0] is not threading.main_thread()
    assert isinstance(win.search.searcher, ServiceSearcher)


def test_a_query_typed_before_search_is_ready_is_kept(qtbot: QtBot, library: Library) -> None:
    win = MainWindow(library, lang="nl")
    qtbot.addWidget(win)
    assert not win.search.is_ready()
    type_text(win.search.query_edit, "cliëntenonderzoek")
    with qtbot.waitSignal(win.search.results_ready, timeout=10000) as ready:
        win.search_now()  # queued until the index is open
    assert ready.args == ["cliëntenonderzoek"]
    assert result_ids(win)[0] == "wwft/alpha"


def test_enter_before_search_is_ready_opens_the_top_hit_when_ready(
    qtbot: QtBot, library: Library
) -> None:
    win = MainWindow(library, lang="nl")
    qtbot.addWidget(win)
    qtbot.keyClicks(win.search.query_edit, "beta")
    with qtbot.waitSignal(win.search.open_requested, timeout=10000):
        qtbot.keyClick(win.search.query_edit, Qt.Key.Key_Return)
    assert win.current_id == "wwft/beta"


def test_did_you_mean_is_offered_and_clicking_it_searches(window: MainWindow, qtbot: QtBot) -> None:
    search(qtbot, window, "clientenonderzoak")
    assert window.search.did_you_mean
    suggestion = window.search.did_you_mean
    assert window.search.suggestion.isVisible()
    assert "Bedoelt u" in window.search.suggestion.text()
    flags = window.search.suggestion.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.LinksAccessibleByKeyboard  # Tab reaches it
    with qtbot.waitSignal(window.search.results_ready, timeout=5000):
        window.search.suggestion.linkActivated.emit("suggest")  # what a click on the link sends
    assert window.search.query() == suggestion
    assert result_ids(window)[0] == "wwft/alpha"


def test_rebuild_search_index_runs_off_the_ui_thread_and_searches_again(
    window: MainWindow, qtbot: QtBot
) -> None:
    search(qtbot, window, "beta")
    old = window.search.searcher
    action = window.act_rebuild_index
    assert action in window.menu_edit.actions() and action.isEnabled()
    assert action.text() == "Zoekindex opnieuw o&pbouwen"
    with qtbot.waitSignal(window.search.index_busy, timeout=5000) as busy:
        action.trigger()
    assert busy.args == [True] and not action.isEnabled()
    assert window.search.status.text() == "Zoekindex wordt opgebouwd…"
    with qtbot.waitSignals([window.search.index_busy, window.search.results_ready], timeout=10000):
        pass  # built, and the query on screen searched again in the new index
    assert action.isEnabled() and window.search.is_ready()
    assert window.search.searcher is not old and isinstance(window.search.searcher, ServiceSearcher)
    assert "wwft/beta" in result_ids(window)
    assert window.statusBar().currentMessage() == "De zoekindex is opnieuw opgebouwd."


def test_an_index_that_cannot_be_opened_falls_back_to_simple_search(
    qtbot: QtBot, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    from search import service, store

    def unavailable(*args: object, **kwargs: object) -> None:
        raise store.IndexUnavailable("cannot write the search index: read-only")

    monkeypatch.setattr(service.SearchService, "__init__", unavailable)
    win = MainWindow(library, lang="nl")
    qtbot.addWidget(win)
    wait_ready(qtbot, win)
    assert isinstance(win.search.searcher, LibrarySearcher)
    assert "read-only" in win.statusBar().currentMessage()
    search(qtbot, win, "beta")
    assert "wwft/beta" in result_ids(win)
    assert "eenvoudig" in win.search.status.text()


def test_typing_starts_the_debounce_timer_from_settings(
    qtbot: QtBot, library: Library, config_dir: Path
) -> None:
    save_settings(Settings(search_debounce_ms=345), config_dir / "settings.json")
    win = MainWindow(library)
    qtbot.addWidget(win)
    wait_ready(qtbot, win)
    qtbot.keyClicks(win.search.query_edit, "wet")
    assert win.search.timer.isActive() and win.search.timer.interval() == 345
    assert win.search.hits == []  # nothing ran yet: the timer decides, not each keystroke
    with qtbot.waitSignal(win.search.results_ready, timeout=5000):
        pass  # the debounce fires by itself
    assert win.search.hits


def test_queries_run_off_the_ui_thread(qtbot: QtBot, library: Library) -> None:
    seen: list[threading.Thread] = []

    class Recording(LibrarySearcher):
        def search(self, query: str, filters: SearchFilters, limit: int) -> list[SearchHit]:
            seen.append(threading.current_thread())
            return super().search(query, filters, limit)

    win = MainWindow(library, searcher=Recording(library))
    qtbot.addWidget(win)
    search(qtbot, win, "beta")
    assert seen and seen[0] is not threading.main_thread()


def test_a_failing_search_is_a_message_not_a_crash(qtbot: QtBot, library: Library) -> None:
    class Broken:
        def search(self, query: str, filters: SearchFilters, limit: int) -> list[SearchHit]:
            raise RuntimeError("index damaged")

    win = MainWindow(library, searcher=Broken())
    qtbot.addWidget(win)
    search(qtbot, win, "beta")
    assert "index damaged" in win.search.status.text() and win.search.results.count() == 0


def test_enter_opens_the_top_hit_without_waiting(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(window.search.query_edit, "beta")
    qtbot.keyClick(window.search.query_edit, Qt.Key.Key_Return)
    assert window.current_id == "wwft/beta"
    assert window.reader.toPlainText().startswith("Beta")


def test_up_down_move_through_results_and_enter_opens(window: MainWindow, qtbot: QtBot) -> None:
    search(qtbot, window, "alfa")
    assert window.search.results.count() == 2
    edit = window.search.query_edit
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert window.search.results.currentRow() == 1
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert window.search.results.currentRow() == 1  # stays on the last
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert window.search.results.currentRow() == 0
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    second = result_ids(window)[1]
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert window.current_id == second


def test_filter_chips_narrow_the_results(window: MainWindow, qtbot: QtBot) -> None:
    search(qtbot, window, "alfa")
    assert sorted(result_ids(window)) == ["wwft/alpha", "wwft/beta"]
    insurer = next(
        b for b in window.search.audience_group.buttons() if b.property("filter_value") == "insurer"
    )
    with qtbot.waitSignal(window.search.results_ready, timeout=5000):
        insurer.click()
    assert result_ids(window) == ["wwft/beta"]
    both = next(b for b in window.search.lang_group.buttons() if b.property("filter_value") is None)
    with qtbot.waitSignal(window.search.results_ready, timeout=5000):
        both.click()
    assert result_ids(window) == ["wwft/beta", "wwft/beta"]  # nl and en
    assert window.search.filters() == SearchFilters(None, "insurer", None)


def test_ctrl_k_and_ctrl_l_return_to_the_search_box(window: MainWindow, qtbot: QtBot) -> None:
    assert [s.toString() for s in window.act_search.shortcuts()] == ["Ctrl+K", "Ctrl+L"]
    window.tabs.setCurrentWidget(window.tree)
    window.reader.setFocus()
    window.act_search.trigger()
    assert window.tabs.currentWidget() is window.search
    assert QApplication.focusWidget() is window.search.query_edit


# -- 2. article view ----------------------------------------------------------------------------
def test_kb_link_navigates_and_back_returns(window: MainWindow) -> None:
    window.open_article("wwft/beta")
    window.reader.anchorClicked.emit(QUrl("kb:wwft/alpha#wat-is-de-regel"))
    assert window.current_id == "wwft/alpha"
    assert "Cliëntenonderzoek alfa" in window.reader.toPlainText()
    window.act_back.trigger()
    assert window.current_id == "wwft/beta"


def test_external_links_open_only_when_clicked(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    window.open_article("wwft/alpha")
    assert opened == []
    window.reader.anchorClicked.emit(QUrl("https://wetten.overheid.nl/BWBR0024282"))
    assert opened == ["https://wetten.overheid.nl/BWBR0024282"]
    assert window.current_id == "wwft/alpha"


def test_side_panel_shows_related_backlinks_and_sources(window: MainWindow) -> None:
    window.open_article("wwft/beta")
    side = window.view.side.toPlainText()
    assert "Verwante artikelen" in side and "Gelinkt vanuit" in side
    assert "Cliëntenonderzoek alfa" in side  # alpha links to beta
    assert "Bron, Uitgever" in side


def test_search_terms_are_highlighted_in_the_article(window: MainWindow, qtbot: QtBot) -> None:
    search(qtbot, window, "callout")
    qtbot.keyClick(window.search.query_edit, Qt.Key.Key_Return)
    assert window.current_id == "wwft/alpha"
    assert window.view.highlighted_terms() == 1
    [selection] = window.reader.extraSelections()
    assert selection.cursor.selectedText().lower() == "callout"


def test_find_highlights_counts_and_cycles(window: MainWindow, qtbot: QtBot) -> None:
    window.open_article("wwft/alpha")
    window.act_find.trigger()
    assert window.view.find_bar.isVisible()
    type_text(window.view.find_bar.edit, "cliënt")
    assert len(window.view.matches) >= 2
    total = len(window.view.matches)
    assert window.view.find_bar.count.text() == f"1 van {total}"
    qtbot.keyClick(window.view.find_bar.edit, Qt.Key.Key_Return)
    assert window.view.find_bar.count.text() == f"2 van {total}"
    qtbot.keyClick(window.view.find_bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.view.find_bar.count.text() == f"1 van {total}"  # Shift+Enter: the one before
    qtbot.keyClick(window.view.find_bar.edit, Qt.Key.Key_Return)
    window.view.find_previous()
    window.view.find_previous()
    assert window.view.find_bar.count.text() == f"{total} van {total}"
    assert len(window.reader.extraSelections()) == total
    window.view.find_bar.edit.setText("zzzz")
    assert window.view.find_bar.count.text() == "Geen treffers"
    window.view.close_find()
    assert not window.view.find_bar.isVisible() and window.reader.extraSelections() == []


def test_stylesheet_gives_tables_borders_and_callouts(window: MainWindow) -> None:
    css = window.reader.document().defaultStyleSheet()
    assert "border: 1px solid" in css and "blockquote.callout" in css
    window.open_article("wwft/alpha")
    assert "IB-aangifte" in window.reader.toPlainText()


# -- 3. navigation -------------------------------------------------------------------------------
def test_back_forward_disabled_at_the_ends(window: MainWindow) -> None:
    assert not window.act_back.isEnabled() and not window.act_forward.isEnabled()
    window.open_article("wwft/alpha")
    window.open_article("wwft/beta")
    assert window.act_back.isEnabled() and not window.act_forward.isEnabled()
    window.go_back()
    assert window.current_id == "wwft/alpha"
    assert not window.act_back.isEnabled() and window.act_forward.isEnabled()
    window.go_forward()
    assert window.current_id == "wwft/beta" and not window.act_forward.isEnabled()
    # Backspace is also "Back", but in the search box it still deletes a character.
    window.focus_search()
    window.search.query_edit.setText("abc")
    QTest.keyClick(window.search.query_edit, Qt.Key.Key_Backspace)
    assert window.search.query_edit.text() == "ab" and window.current_id == "wwft/beta"
    assert window.act_back.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Back)


def test_mouse_back_and_forward_buttons(window: MainWindow) -> None:
    window.open_article("wwft/alpha")
    window.open_article("wwft/beta")
    viewport = window.reader.viewport()
    for button, expected in (
        (Qt.MouseButton.BackButton, "wwft/alpha"),
        (Qt.MouseButton.ForwardButton, "wwft/beta"),
    ):
        press(viewport, button)
        assert window.current_id == expected


def press(target: QWidget, button: Qt.MouseButton) -> None:
    """A mouse button pressed over `target`, as the window system delivers it."""
    event = QMouseEvent(
        QMouseEvent.Type.MouseButtonPress,
        QPointF(5, 5),
        QPointF(target.mapToGlobal(QPoint(5, 5))),
        button,
        button,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, event)


def test_mouse_back_and_forward_buttons_work_over_lists_and_the_search_box(
    window: MainWindow,
) -> None:
    window.open_article("wwft/alpha")
    window.open_article("wwft/beta")
    back, forward = Qt.MouseButton.BackButton, Qt.MouseButton.ForwardButton
    for target, button, expected in (
        (window.search.results.viewport(), back, "wwft/alpha"),
        (window.search.query_edit, forward, "wwft/beta"),
        (window.tree.viewport(), back, "wwft/alpha"),
    ):
        press(target, button)
        assert window.current_id == expected


def test_topic_tree_lists_sections_and_opens_articles(window: MainWindow) -> None:
    section = window.tree.topLevelItem(0)
    assert section.text(0) == "Wwft en cliëntenonderzoek"
    assert section.childCount() == 2
    beta = section.child(1)
    assert beta.data(0, ID_ROLE) == "wwft/beta"
    window.tree.itemActivated.emit(beta, 0)
    assert window.current_id == "wwft/beta"
    assert window.windowTitle().startswith("Beta")


def test_the_topic_tree_follows_the_open_article_and_empty_lists_say_how_they_fill(
    window: MainWindow,
) -> None:
    assert window.bookmarks.count() == 1 and not window.bookmarks.item(0).flags()
    assert "Ctrl+D" in window.bookmarks.item(0).text()
    window._list_activated(window.bookmarks.item(0))  # the hint opens nothing
    assert window.current_id is None
    window.open_article("wwft/beta")
    current = window.tree.currentItem()
    assert current is not None and current.data(0, ID_ROLE) == "wwft/beta"
    assert current.toolTip(0) == current.text(0)
    assert window.recent.item(0).data(ID_ROLE) == "wwft/beta"  # the hint is gone


def test_bookmarks_and_recent_are_kept_between_runs(
    qtbot: QtBot, library: Library, config_dir: Path
) -> None:
    first = MainWindow(library)
    qtbot.addWidget(first)
    first.open_article("wwft/alpha")
    first.open_article("wwft/beta")
    first.act_bookmark.trigger()
    assert first.act_bookmark.isChecked()
    first.close()
    second = MainWindow(library)
    qtbot.addWidget(second)
    assert second.settings.bookmarks == ["wwft/beta"]
    assert [second.recent.item(i).data(ID_ROLE) for i in range(second.recent.count())] == [
        "wwft/beta",
        "wwft/alpha",
    ]
    second.bookmarks.itemActivated.emit(second.bookmarks.item(0))
    assert second.current_id == "wwft/beta" and second.act_bookmark.isChecked()
    second.act_bookmark.trigger()
    assert load_settings(config_dir / "settings.json")[0].bookmarks == []


# -- 5. print and PDF ----------------------------------------------------------------------------
def test_pdf_export_has_title_and_footer(window: MainWindow, tmp_path: Path) -> None:
    window.open_article("wwft/alpha")
    target = tmp_path / "alpha.pdf"
    pages = window.export_to(target)
    reader = PdfReader(target)
    assert pages == len(reader.pages) >= 1
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "Cliëntenonderzoek alfa" in text
    assert f"inhoudsversie {window.library.version}" in text
    assert "Wet ter voorkoming" in text  # the sources are printed
    box = reader.pages[0].mediabox
    assert round(float(box.width) / 72 * 25.4) == 210  # A4, in millimetres


def test_pdf_export_to_a_missing_folder_says_so(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName",
        lambda *args: (str(tmp_path / "nope" / "x.pdf"), "PDF (*.pdf)"),
    )
    window.open_article("wwft/alpha")
    window.export_dialog()
    assert warnings and "bestaat niet" in warnings[0]


# -- 6. glossary -------------------------------------------------------------------------------
def test_glossary_is_searchable(window: MainWindow) -> None:
    glossary = window.glossary
    assert glossary.terms.count() == 1
    type_text(glossary.filter_edit, "hypotheek")
    assert glossary.terms.count() == 0
    glossary.filter_edit.clear()
    type_text(glossary.filter_edit, "klant")
    assert glossary.terms.count() == 1
    assert "art. 3 Wwft" in glossary.definition.toPlainText()


def test_glossary_term_in_article_has_tooltip_and_opens_term(window: MainWindow) -> None:
    window.open_article("wwft/alpha")
    document = window.reader.document()
    tips = []
    cursor = document.find("cliëntenonderzoek", 0)
    while not cursor.isNull():
        tips.append(cursor.charFormat().toolTip())
        cursor = document.find("cliëntenonderzoek", cursor)
    assert len(tips) >= 3  # title, summary, body
    assert [tip for tip in tips if "art. 3 Wwft" in tip] == [tips[-1]]
    window.reader.anchorClicked.emit(QUrl("glossary:cdd"))
    assert window.tabs.currentWidget() is window.glossary
    assert window.glossary.current_term() == "cdd"


# -- 7. language and look ------------------------------------------------------------------------
def test_language_switch_changes_visible_strings(window: MainWindow, config_dir: Path) -> None:
    window.open_article("wwft/alpha")
    assert window.menu_file.title() == "&Bestand"
    assert window.tabs.tabText(0) == "Zoeken"
    window.lang_actions["en"].trigger()
    assert window.menu_file.title() == "&File"
    assert window.tabs.tabText(0) == "Search"
    assert window.content_lang == "en"
    assert "Client due diligence alpha" in window.reader.toPlainText() or (
        window.library.article("wwft/alpha", "en").meta.title in window.reader.toPlainText()
    )
    assert load_settings(config_dir / "settings.json")[0].language == "en"
    window.lang_actions["nl"].trigger()
    assert window.menu_file.title() == "&Bestand"


def test_qt_own_dialog_strings_are_translated(window: MainWindow) -> None:
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"


def test_per_article_language_switch(window: MainWindow) -> None:
    window.open_article("wwft/alpha")
    nl_title = window.library.article("wwft/alpha", "nl").meta.title
    en_title = window.library.article("wwft/alpha", "en").meta.title
    assert nl_title in window.reader.toPlainText()
    window.act_other_lang.trigger()
    assert en_title in window.reader.toPlainText()
    assert window.menu_file.title() == "&Bestand"  # the interface stays Dutch
    assert window.history.entries == ["wwft/alpha"]
    # A link in the English article opens in English (read on); the topic tree and the
    # glossary stay in the interface language, and what is opened from them too.
    tree_titles = [
        window.tree.topLevelItem(0).child(i).text(0)
        for i in range(window.tree.topLevelItem(0).childCount())
    ]
    assert nl_title in tree_titles and en_title not in tree_titles
    window.view.article_requested.emit("wwft/beta")
    assert window.content_lang == "en"
    assert window.library.article("wwft/beta", "en").meta.title in window.reader.toPlainText()
    window._tree_activated(window.tree.topLevelItem(0).child(0))
    assert window.content_lang == "nl"
    assert window.act_other_lang.text().endswith("English")


def test_zoom_changes_and_is_remembered(
    window: MainWindow, qtbot: QtBot, library: Library, config_dir: Path
) -> None:
    window.act_zoom_in.trigger()
    window.act_zoom_in.trigger()
    assert "font-size: 13pt" in window.reader.document().defaultStyleSheet()
    window.act_zoom_out.trigger()
    assert load_settings(config_dir / "settings.json")[0].zoom == 1
    again = MainWindow(library)
    qtbot.addWidget(again)
    assert again.view.zoom == 1
    again.act_zoom_reset.trigger()
    assert "font-size: 11pt" in again.reader.document().defaultStyleSheet()


def test_the_article_follows_a_dark_palette(window: MainWindow) -> None:
    window.open_article("wwft/alpha")
    assert "#3a3320" not in window.reader.document().defaultStyleSheet()
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#181818"))
    window.view.setPalette(dark)
    assert "#3a3320" in window.reader.document().defaultStyleSheet()
    assert "Cliëntenonderzoek alfa" in window.reader.toPlainText()


# -- 8. settings ---------------------------------------------------------------------------------
def test_corrupt_settings_do_not_stop_start_up(
    qtbot: QtBot, library: Library, config_dir: Path
) -> None:
    config_dir.mkdir(parents=True)
    (config_dir / "settings.json").write_text("{broken", encoding="utf-8")
    win = MainWindow(library)
    qtbot.addWidget(win)
    win.show()
    aside = list(config_dir.glob("settings.json.corrupt-*"))
    assert len(aside) == 1
    # Said in the interface language (Dutch here), naming where the damaged file was kept,
    # in the status bar and in a message box that does not block the window.
    message = win.statusBar().currentMessage()
    assert "beschadigd" in message and aside[0].name in message
    assert win.settings_notice_box.isVisible() and not win.settings_notice_box.isModal()
    assert win.settings_notice_box.text() == message
    win.settings_notice_box.accept()
    win.close()
    assert load_settings(config_dir / "settings.json")[1] is None


def test_a_damaged_settings_file_is_explained_in_english_too(
    qtbot: QtBot, library: Library, config_dir: Path
) -> None:
    config_dir.mkdir(parents=True)
    (config_dir / "settings.json").write_text("[1, 2", encoding="utf-8")
    win = MainWindow(library, lang="en")
    qtbot.addWidget(win)
    assert "was damaged" in win.statusBar().currentMessage()
    win.settings_notice_box.accept()


def test_geometry_is_restored(qtbot: QtBot, library: Library) -> None:
    first = MainWindow(library)
    qtbot.addWidget(first)
    first.resize(640, 480)
    first.show()
    first.close()
    second = MainWindow(library)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (640, 480)


# -- 9. menus, status bar, About, accessibility --------------------------------------------------
def test_menus_use_standard_keys(window: MainWindow) -> None:
    std = QKeySequence.StandardKey
    for action, key in (
        (window.act_find, std.Find),
        (window.act_print, std.Print),
        (window.act_zoom_out, std.ZoomOut),
    ):
        assert action.shortcuts() == QKeySequence.keyBindings(key)
    # Zoom in: the platform's keys, and Ctrl+= (no Shift needed for "+").
    zoom_in = window.act_zoom_in.shortcuts()
    assert zoom_in[: len(QKeySequence.keyBindings(std.ZoomIn))] == QKeySequence.keyBindings(
        std.ZoomIn
    )
    assert QKeySequence("Ctrl+=") in zoom_in
    assert window.act_quit.shortcuts() == (
        QKeySequence.keyBindings(std.Quit) or [QKeySequence("Ctrl+Q")]
    )
    titles = [a.text() for a in window.menuBar().actions()]
    # Feature menus (Workshop, ...) sit between the standard ones and Help.
    assert titles[:4] == ["&Bestand", "Be&werken", "Beel&d", "&Ga naar"]
    assert titles[-1] == "&Help" and "W&orkshop" in titles


def _mnemonic(text: str) -> str | None:
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].lower() if at >= 0 else None


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_menu_mnemonics_are_unique(window: MainWindow, lang: str) -> None:
    # Alt+letter must reach one menu, and within a menu one item (in both languages).
    window.set_ui_language(lang)
    menus = [action.menu() for action in window.menuBar().actions()]
    bar = [_mnemonic(action.text()) for action in window.menuBar().actions()]
    assert len(bar) == len(set(bar)) and None not in bar, bar
    for menu in menus:
        keys = [_mnemonic(a.text()) for a in menu.actions() if not a.isSeparator()]
        keys = [key for key in keys if key is not None]
        assert len(keys) == len(set(keys)), (menu.title(), keys)


def test_status_bar_shows_content_version(window: MainWindow, library: Library) -> None:
    assert library.version in window.version_label.text()
    assert window.version_label.isVisible()


def test_about_shows_the_disclaimer(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    window.act_about.trigger()
    assert shown and "geen juridisch advies" in shown[0] and "not legal advice" in shown[0]


def test_every_control_has_an_accessible_name(window: MainWindow) -> None:
    window.open_article("wwft/alpha")
    window.view.open_find()
    kinds = (QAbstractButton, QLineEdit, QAbstractItemView, QComboBox, QTextEdit)
    unnamed = [
        f"{type(w).__name__}:{w.objectName()}"
        for w in window.findChildren(QWidget)
        if isinstance(w, kinds)
        and w.isVisible()
        and not w.accessibleName()
        and not (isinstance(w, QAbstractButton) and w.text().strip("&"))
    ]
    assert unnamed == []


# -- no network ----------------------------------------------------------------------------------
def test_no_network_while_searching_reading_and_exporting(
    qtbot: QtBot, library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    created: list[tuple[object, ...]] = []
    real_init = socket.socket.__init__

    def recording_init(self: socket.socket, *args: object, **kwargs: object) -> None:
        created.append(args)
        real_init(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "__init__", recording_init)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: created.append(a))
    win = MainWindow(library)
    qtbot.addWidget(win)
    win.show()
    search(qtbot, win, "beta")
    qtbot.keyClick(win.search.query_edit, Qt.Key.Key_Return)
    win.reader.anchorClicked.emit(QUrl("kb:wwft/alpha"))
    win.export_to(tmp_path / "a.pdf")
    win.close()
    assert created == []


def test_reader_shows_a_welcome_with_the_disclaimer_before_any_article(
    window: MainWindow,
) -> None:
    text = window.reader.toPlainText()
    assert "Zoek links" in text and "geen juridisch advies" in text
    window.set_ui_language("en")
    assert "not legal advice" in window.reader.toPlainText()


# -- start-up: the window first, the content behind it -------------------------------------------
def test_the_first_frame_imports_no_content_or_search_modules() -> None:
    # A fresh interpreter: what the shell window needs must not pull in pydantic, kb, Markdown
    # or Whoosh (they load on the worker thread after the window shows).
    code = (
        "import sys\n"
        "from desktop.app import application\n"
        "from desktop.main_window import MainWindow\n"
        "app = application()\n"
        "window = MainWindow(None)\n"
        "window.show()\n"
        "heavy = ('pydantic', 'kb', 'markdown', 'whoosh', 'search', 'desktop.settings',\n"
        "         'importlib.metadata')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy or m in heavy))\n"
        # PySide creates Qt's namespace (all its enums, ~11 ms) when it is first named.
        "from PySide6 import QtCore\n"
        "print('Qt' in vars(QtCore))\n"
    )
    import os
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=True,
    )
    assert result.stdout.split() == ["[]", "False"]


def test_launch_shows_the_shell_then_loads_content_index_and_menus(
    qtbot: QtBot, content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.app import launch

    monkeypatch.setenv("TOEGANG_DATA", str(tmp_path / "data"))
    window = launch(content)
    qtbot.addWidget(window)
    assert window.isVisible() and not window.loaded
    assert window.search.query_edit.hasFocus() or not window.isActiveWindow()
    assert not window.act_rebuild_index.isEnabled()
    type_text(window.search.query_edit, "beta")  # typed before anything has loaded
    with qtbot.waitSignal(window.search.results_ready, timeout=10000):
        window.search_now()
    assert "wwft/beta" in result_ids(window)  # search may answer before the library loads
    qtbot.waitUntil(lambda: window.loaded, timeout=10000)
    assert isinstance(window.search.searcher, ServiceSearcher)
    assert window.tree.topLevelItemCount() and window.glossary.terms.count()
    qtbot.waitUntil(lambda: hasattr(window, "worksheets"), timeout=10000)
    titles = [a.text() for a in window.menuBar().actions()]
    assert "W&orkshop" in titles and titles[-1] == "&Help"
    window.close()


def test_article_view_uses_the_glossary_scheme_of_kb() -> None:
    from desktop import article_view
    from kb import glossary_terms

    assert article_view.GLOSSARY_SCHEME == glossary_terms.GLOSSARY_SCHEME


def test_launch_with_a_current_index_searches_before_the_library_loads(
    qtbot: QtBot, content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.app import launch
    from search import store

    monkeypatch.setenv("TOEGANG_DATA", str(tmp_path / "data"))
    library = load_library(content)
    store.open_index(library).index.close()  # current, in the (test's) cache
    window = launch(content)
    qtbot.addWidget(window)
    type_text(window.search.query_edit, "beta")
    with qtbot.waitSignal(window.search.results_ready, timeout=10000):
        window.search_now()
    assert not window.loaded and "wwft/beta" in result_ids(window)
    window.search.open_selected()  # Enter, before the library has loaded: it waits for it
    assert window.current_id is None and window.pending_open is not None
    qtbot.waitUntil(lambda: window.current_id == "wwft/beta", timeout=10000)
    assert window.pending_open is None and window.tree.topLevelItemCount()
    qtbot.waitUntil(lambda: hasattr(window, "worksheets"), timeout=10000)
    window.close()
