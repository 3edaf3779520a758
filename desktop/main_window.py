"""The main window: search first, the article in the middle, navigation around it.

Left, in tabs: search (box, chips, results), topics (sections → articles), bookmarks, recent
and the glossary. Centre: the article view with its side panel. Menus use QKeySequence standard
keys; every visible string goes through `QCoreApplication.translate` with context "MainWindow".

Start-up: `MainWindow(None)` is a light shell (menus, the search box focused, empty panels) that
shows at once; `desktop.app.launch()` then opens the search index (on the search panel's worker
thread, without the library), loads the settings and the library on a worker thread and hands
them to `set_library()`, which fills the panels and opens a search result chosen meanwhile.
`MainWindow(library)` opens the index for that library and fills the panels synchronously.
Modules the first frame does not need (pydantic, kb, markdown, whoosh, PDF, worksheets,
workshop) are imported only after it; nor is Qt's namespace `QtCore.Qt` named before it (PySide
creates all its enums then, ~11 ms): item roles are ints, and what needs `Qt` waits. PySide also
builds a class's Python type and enums when it is first used (up to ~2 ms a class), so Qt classes
needed only later (dialogs, find, links) are imported where they are used; and no Qt-made widget
is asked for before the first frame (`viewport()` made PySide build every QWidget subclass's
type, ~6 ms: the mouse's back/forward buttons are caught by an application-wide filter installed
when the content arrives). `desktop/__init__.py` stops PySide reading every imported module's
source.
"""

from __future__ import annotations

import base64
import html
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore
from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSplitter,
    QTabWidget,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from desktop.article_view import MAX_ZOOM, MIN_ZOOM, ArticleView, printable_html, stylesheet
from desktop.glossary_view import GlossaryView
from desktop.history import History
from desktop.i18n import UI_LANGUAGES, install_language, language_label, section_title
from desktop.search_panel import Searcher, SearchPanel
from toegang import DISCLAIMER_EN, DISCLAIMER_NL

if TYPE_CHECKING:  # pydantic and kb load after the window shows
    from desktop.settings import Settings, SettingsNotice
    from kb import Library

ID_ROLE = 0x0100  # Qt.ItemDataRole.UserRole (see desktop.search_panel)


def config_file_path() -> Path:
    """`desktop.settings.settings_path()`, without importing pydantic for the first frame."""
    import os

    override = os.environ.get("TOEGANG_CONFIG_DIR")  # desktop.settings.ENV_DIR
    if override:
        return Path(override).expanduser() / "settings.json"
    from platformdirs import user_config_dir

    return Path(user_config_dir("toegang", appauthor=False)) / "settings.json"


def peek_settings(path: Path) -> dict[str, Any]:
    """What the first frame needs from the settings file (language, geometry, zoom), read
    without validation; `desktop.settings.load_settings` reads it properly on the loader
    thread and has the last word (a damaged file is set aside there, with a message)."""
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    peeked: dict[str, Any] = {}
    if data.get("language") in UI_LANGUAGES:
        peeked["language"] = data["language"]
    for name in ("geometry", "window_state"):
        if isinstance(data.get(name), str):
            peeked[name] = data[name]
    for name, low, high in (("zoom", -10, 10), ("search_debounce_ms", 0, 5000)):
        value = data.get(name)
        if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
            peeked[name] = value
    return peeked


class MainWindow(QMainWindow):
    content_loaded = Signal()  # set_library() is done: panels filled, the index is opening

    def __init__(
        self,
        library: Library | None,
        lang: str | None = None,
        settings: Settings | None = None,
        searcher: Searcher | None = None,
        config_file: Path | None = None,
    ) -> None:
        super().__init__()
        self._library: Library | None = None
        self.config_file = config_file or config_file_path()
        self.settings_message: SettingsNotice | None = None
        self.lang_override = lang
        if settings is None and library is not None:
            from desktop.settings import load_settings

            settings, self.settings_message = load_settings(self.config_file)
        # None in the shell until the loader brings the validated settings (save() waits too).
        self._settings: Settings | None = settings
        first = peek_settings(self.config_file) if settings is None else settings.model_dump()
        self.ui_lang: str = lang or first.get("language", "nl")
        if settings is not None and lang is not None:
            settings.language = lang  # type: ignore[assignment]
        install_language(self.ui_lang)
        self.content_lang: str = self.ui_lang
        self.zoom: int = first.get("zoom", 0)
        self.current_id: str | None = None
        # A search result chosen before the library has loaded: opened when it has.
        self.pending_open: tuple[str, str, list[str]] | None = None
        self.history = History()
        self._navigating = False  # the back/forward mouse-button filter is installed
        self._tree_items: dict[str, QTreeWidgetItem] = {}  # article id -> its topic-tree item
        self.setObjectName("MainWindow")
        self.resize(1200, 800)

        self.search = SearchPanel(None, searcher)
        self.search.set_debounce(first.get("search_debounce_ms", 200))
        self.search.set_preferred_language(self.ui_lang)
        self.search.set_filter(self.search.lang_group, self.ui_lang)
        self.search.open_requested.connect(self._open_from_search)
        self.search.index_message.connect(self.statusBar().showMessage)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.itemActivated.connect(self._tree_activated)
        self.tree.itemClicked.connect(self._tree_activated)
        self.bookmarks = QListWidget()
        self.bookmarks.itemActivated.connect(self._list_activated)
        self.recent = QListWidget()
        self.recent.itemActivated.connect(self._list_activated)
        self.glossary = GlossaryView(None, self.ui_lang)
        self.glossary.article_requested.connect(self.open_article)
        self.tabs = QTabWidget()
        for widget in (self.search, self.tree, self.bookmarks, self.recent, self.glossary):
            self.tabs.addTab(widget, "")

        self.view = ArticleView(None)
        self.view.set_zoom(self.zoom)
        self.view.zoom_changed.connect(self.set_zoom)  # Ctrl+wheel: the same, remembered zoom
        # A link opens in the language of the article it is in (read on in English).
        self.view.article_requested.connect(
            lambda target: self.open_article(target, self.content_lang)
        )
        self.view.term_requested.connect(self.show_term)
        self.reader = self.view.browser  # the foundation's name, kept for tests and callers

        splitter = QSplitter()
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([420, 780])  # the five tabs fit; the chips wrap when narrower
        self.setCentralWidget(splitter)

        self.version_label = QLabel()
        self.statusBar().addPermanentWidget(self.version_label)
        self._make_actions()
        self._make_menus()
        self.retranslate()
        self._restore_geometry(first)
        self.search.query_edit.setFocus()
        if library is not None:
            self.set_library(library, settings)
            self.install_feature_menus()

    @property
    def library(self) -> Library:
        """The content; only asked for once it has loaded (see `loaded`)."""
        assert self._library is not None, "the content is still loading"
        return self._library

    @property
    def settings(self) -> Settings:
        assert self._settings is not None, "the settings are still loading"
        return self._settings

    @property
    def loaded(self) -> bool:
        return self._library is not None

    def set_library(
        self,
        library: Library,
        settings: Settings | None = None,
        message: SettingsNotice | None = None,
    ) -> None:
        """The content (and, in the shell, the validated settings) has loaded: fill the
        panels and open the search index on the search panel's worker thread."""
        if settings is not None and self._settings is None:
            self._settings = settings
            if self.lang_override is not None:
                settings.language = self.lang_override  # type: ignore[assignment]
            self.settings_message = message
        assert self._settings is not None
        self._library = library
        self.view.library = library
        # The mouse's back and forward buttons navigate wherever they are pressed in this
        # window; lists and text boxes accept every press, so only an application-wide filter
        # sees them all (installed once there is something to navigate).
        app = QApplication.instance()
        if app is not None and not self._navigating:
            app.installEventFilter(self)
            self._navigating = True
        self.search.set_debounce(self.settings.search_debounce_ms)
        self.search.set_library(library)  # first: the index opens while the panels fill
        self.glossary.set_library(library)
        for action in self._content_actions:
            action.setEnabled(True)
        if self.settings.language != self.ui_lang:  # the peek was wrong (a damaged file)
            self.set_ui_language(self.settings.language)
        else:
            self.retranslate()
        if self.settings.zoom != self.zoom:
            self.set_zoom(self.settings.zoom)
        if self.settings_message is not None:
            self._tell_settings_notice(self.settings_message)
        if self.pending_open is not None:
            (article_id, lang, terms), self.pending_open = self.pending_open, None
            self.open_article(article_id, lang=lang, terms=terms)
        self.content_loaded.emit()

    def _tell_settings_notice(self, notice: SettingsNotice) -> None:
        """Say, in the interface language, that the saved settings are not used, in the status
        bar and in a message box that does not block (it changes what the user sees: their
        bookmarks, recent articles, zoom and window size start afresh)."""
        from PySide6.QtWidgets import QMessageBox

        if notice.kind == "set-aside":
            text = QCoreApplication.translate(
                "MainWindow",
                "The settings file %1 was damaged. It has been kept as %2, and Toegang uses its "
                "default settings: bookmarks, recent articles, zoom and window size start afresh.",
            )
        elif notice.kind == "not-set-aside":
            text = QCoreApplication.translate(
                "MainWindow",
                "The settings file %1 is damaged and could not be set aside (%2). Toegang uses "
                "its default settings.",
            )
        else:
            text = QCoreApplication.translate(
                "MainWindow",
                "The settings file %1 could not be read (%2). Toegang uses its default settings.",
            )
        text = text.replace("%1", str(notice.path)).replace("%2", notice.detail)
        self.statusBar().showMessage(text)
        box = QMessageBox(
            QMessageBox.Icon.Warning, "Toegang", text, QMessageBox.StandardButton.Ok, self
        )
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setAccessibleName(QCoreApplication.translate("MainWindow", "Settings not used"))
        box.setWindowModality(QtCore.Qt.WindowModality.NonModal)  # reading on is fine
        box.show()
        self.settings_notice_box = box

    def install_feature_menus(self) -> None:
        """The Worksheet and Workshop menus (their modules load after the first frame)."""
        if hasattr(self, "worksheets"):
            return
        # Workshop menu for trainers (presentation, exercise, plan, handout): desktop/workshop.py.
        from desktop.workshop import install_workshop_menu

        install_workshop_menu(self)
        # Worksheet menu (New, Open or resume, Reviews due): desktop/worksheet_wizard.py.
        from desktop.worksheet_wizard import WorksheetActions

        self.worksheets = WorksheetActions(self)

    # -- actions and menus ------------------------------------------------------------------
    def _action(self, slot: object, keys: object = None) -> QAction:
        action = QAction(self)
        if isinstance(keys, list):
            action.setShortcuts(keys)
        elif keys is not None:
            action.setShortcuts(keys)  # type: ignore[call-overload]
        action.triggered.connect(slot)
        return action

    def _make_actions(self) -> None:
        key = QKeySequence
        self.act_search = self._action(self.focus_search, [key("Ctrl+K"), key("Ctrl+L")])
        self.act_back = self._action(self.go_back, key.StandardKey.Back)
        self.act_forward = self._action(self.go_forward, key.StandardKey.Forward)
        self.act_find = self._action(self.view.open_find, key.StandardKey.Find)
        self.act_find_next = self._action(self.view.find_next, key.StandardKey.FindNext)
        self.act_find_previous = self._action(self.view.find_previous, key.StandardKey.FindPrevious)
        # Ctrl+= too: on most keyboards "+" needs Shift, and browsers take Ctrl+= for it.
        zoom_in_keys = QKeySequence.keyBindings(key.StandardKey.ZoomIn)
        zoom_in_keys += [key("Ctrl+=")] if key("Ctrl+=") not in zoom_in_keys else []
        self.act_zoom_in = self._action(lambda: self.set_zoom(self.zoom + 1), zoom_in_keys)
        self.act_zoom_out = self._action(
            lambda: self.set_zoom(self.zoom - 1), key.StandardKey.ZoomOut
        )
        self.act_zoom_reset = self._action(lambda: self.set_zoom(0), [key("Ctrl+0")])
        self.act_bookmark = self._action(self.toggle_bookmark, [key("Ctrl+D")])
        self.act_bookmark.setCheckable(True)
        self.act_other_lang = self._action(self.toggle_article_language, [key("Ctrl+Shift+L")])
        self.act_export = self._action(self.export_dialog, [key("Ctrl+Shift+E")])
        self.act_print = self._action(self.print_article, key.StandardKey.Print)
        self.act_checklists = self._action(self.open_checklists, [key("Ctrl+Shift+C")])
        self.act_rebuild_index = self._action(self.rebuild_index)
        # Some platforms bind no key to Quit (offscreen, some desktops): then Ctrl+Q.
        quit_keys = QKeySequence.keyBindings(key.StandardKey.Quit) or [key("Ctrl+Q")]
        self.act_quit = self._action(self.close, quit_keys)
        self.act_about = self._action(self.show_about)
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.lang_group = QActionGroup(self)
        self.lang_actions: dict[str, QAction] = {}
        for lang in UI_LANGUAGES:
            action = QAction(self)
            action.setCheckable(True)
            action.setChecked(lang == self.ui_lang)
            action.triggered.connect(lambda _checked=False, code=lang: self.set_ui_language(code))
            self.lang_group.addAction(action)
            self.lang_actions[lang] = action
        for action in (self.act_search, self.act_back, self.act_forward, self.act_find):
            self.addAction(action)
        # Enabled once the content and the settings have loaded (set_library).
        self._content_actions = [
            self.act_zoom_in,
            self.act_zoom_out,
            self.act_zoom_reset,
            self.act_checklists,
            self.act_rebuild_index,
            *self.lang_actions.values(),
        ]
        for action in self._content_actions:
            action.setEnabled(False)
        self.search.index_busy.connect(lambda busy: self.act_rebuild_index.setEnabled(not busy))
        self._update_navigation()

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        for action in (self.act_checklists, self.act_export, self.act_print):
            self.menu_file.addAction(action)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_edit = bar.addMenu("")
        for action in (self.act_search, self.act_find, self.act_find_next, self.act_find_previous):
            self.menu_edit.addAction(action)
        self.menu_edit.addSeparator()
        self.menu_edit.addAction(self.act_rebuild_index)
        self.menu_view = bar.addMenu("")
        for action in (self.act_zoom_in, self.act_zoom_out, self.act_zoom_reset):
            self.menu_view.addAction(action)
        self.menu_view.addSeparator()
        self.menu_view.addAction(self.act_other_lang)
        self.menu_language = QMenu(self)
        for action in self.lang_actions.values():
            self.menu_language.addAction(action)
        self.menu_view.addMenu(self.menu_language)
        self.menu_go = bar.addMenu("")
        self.menu_go.addAction(self.act_back)
        self.menu_go.addAction(self.act_forward)
        self.menu_go.addSeparator()
        self.menu_go.addAction(self.act_bookmark)
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act_about)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("navigation")
        self.toolbar.setMovable(False)
        for action in (self.act_back, self.act_forward, self.act_bookmark, self.act_other_lang):
            self.toolbar.addAction(action)
        self.addToolBar(self.toolbar)

    def retranslate(self) -> None:
        texts = {
            self.act_search: QCoreApplication.translate("MainWindow", "&Search"),
            self.act_back: QCoreApplication.translate("MainWindow", "&Back"),
            self.act_forward: QCoreApplication.translate("MainWindow", "&Forward"),
            self.act_find: QCoreApplication.translate("MainWindow", "&Find in article…"),
            self.act_find_next: QCoreApplication.translate("MainWindow", "Find &next"),
            self.act_find_previous: QCoreApplication.translate("MainWindow", "Find &previous"),
            self.act_zoom_in: QCoreApplication.translate("MainWindow", "Zoom &in"),
            self.act_zoom_out: QCoreApplication.translate("MainWindow", "Zoom &out"),
            self.act_zoom_reset: QCoreApplication.translate("MainWindow", "&Actual size"),
            self.act_bookmark: QCoreApplication.translate("MainWindow", "Book&mark this article"),
            self.act_export: QCoreApplication.translate("MainWindow", "&Export article as PDF…"),
            self.act_print: QCoreApplication.translate("MainWindow", "&Print article…"),
            self.act_checklists: QCoreApplication.translate("MainWindow", "&Checklists…"),
            self.act_rebuild_index: QCoreApplication.translate(
                "MainWindow", "&Rebuild search index"
            ),
            self.act_quit: QCoreApplication.translate("MainWindow", "&Quit"),
            self.act_about: QCoreApplication.translate("MainWindow", "&About Toegang"),
        }
        for action, text in texts.items():
            action.setText(text)
            action.setToolTip(text.replace("&", "").rstrip("…"))
        for lang, action in self.lang_actions.items():
            action.setText(language_label(lang))
        self._update_other_lang_text()
        self.menu_file.setTitle(QCoreApplication.translate("MainWindow", "&File"))
        self.menu_edit.setTitle(QCoreApplication.translate("MainWindow", "&Edit"))
        self.menu_view.setTitle(QCoreApplication.translate("MainWindow", "&View"))
        self.menu_language.setTitle(QCoreApplication.translate("MainWindow", "Interface &language"))
        self.menu_go.setTitle(QCoreApplication.translate("MainWindow", "&Go"))
        self.menu_help.setTitle(QCoreApplication.translate("MainWindow", "&Help"))
        self.toolbar.setWindowTitle(QCoreApplication.translate("MainWindow", "Navigation"))
        self.toolbar.setAccessibleName(QCoreApplication.translate("MainWindow", "Navigation"))
        self.menuBar().setAccessibleName(QCoreApplication.translate("MainWindow", "Menu bar"))
        names = [
            (self.search, QCoreApplication.translate("MainWindow", "Search")),
            (self.tree, QCoreApplication.translate("MainWindow", "Topics")),
            (self.bookmarks, QCoreApplication.translate("MainWindow", "Bookmarks")),
            (self.recent, QCoreApplication.translate("MainWindow", "Recent")),
            (self.glossary, QCoreApplication.translate("MainWindow", "Glossary")),
        ]
        for index, (widget, name) in enumerate(names):
            self.tabs.setTabText(index, name)
            widget.setAccessibleName(name)
        self.tabs.setAccessibleName(QCoreApplication.translate("MainWindow", "Navigation panels"))
        self.version_label.setText(
            QCoreApplication.translate("MainWindow", "Content version %1").replace(
                "%1", self.library.version
            )
            if self._library is not None
            else QCoreApplication.translate("MainWindow", "Loading the content…")
        )
        self.version_label.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Content version")
        )
        self.statusBar().setAccessibleName(QCoreApplication.translate("MainWindow", "Status"))
        self.search.retranslate()
        self.view.retranslate()
        self.glossary.retranslate()
        self._fill_tree()
        self._fill_lists()
        self._update_title()
        if self.current_id is None:
            self.view.show_welcome(DISCLAIMER_EN if self.ui_lang == "en" else DISCLAIMER_NL)

    def _update_other_lang_text(self) -> None:
        other = "en" if self.content_lang == "nl" else "nl"
        text = QCoreApplication.translate("MainWindow", "Show article in %1").replace(
            "%1", language_label(other)
        )
        self.act_other_lang.setText(text)
        self.act_other_lang.setToolTip(text)

    # -- lists ------------------------------------------------------------------------------
    def _title(self, article_id: str, lang: str | None = None) -> str:
        """The article's title in `lang` (the interface language: the tree and the lists
        follow it, whatever language the open article is shown in)."""
        lang = lang or self.ui_lang
        if self._library is not None and self.library.has(article_id, lang):
            return self.library.article(article_id, lang).meta.title
        return article_id

    def _fill_tree(self) -> None:
        self.tree.clear()
        self._tree_items = {}
        if self._library is None:
            return
        sections: dict[str, QTreeWidgetItem] = {}
        for article_id in self.library.ids():
            section = article_id.split("/", 1)[0]
            if section not in sections:
                parent = QTreeWidgetItem([section_title(section)])
                self.tree.addTopLevelItem(parent)
                sections[section] = parent
            child = QTreeWidgetItem([self._title(article_id)])
            child.setData(0, ID_ROLE, article_id)
            child.setToolTip(0, child.text(0))  # long titles are cut off in a narrow pane
            sections[section].addChild(child)
            self._tree_items[article_id] = child
        self.tree.expandAll()
        self._follow_in_tree()

    def _follow_in_tree(self) -> None:
        """Select the open article in the topic tree, so the tree shows where it stands."""
        item = self._tree_items.get(self.current_id or "")
        if item is not None:
            self.tree.setCurrentItem(item)
            self.tree.scrollToItem(item)

    def _fill_lists(self) -> None:
        if self._library is None or self._settings is None:
            return
        for widget, ids in (
            (self.bookmarks, self.settings.bookmarks),
            (self.recent, self.settings.recent),
        ):
            widget.clear()
            for article_id in ids:
                if not self.library.has(article_id):
                    continue  # content changed since it was saved
                item = QListWidgetItem(self._title(article_id))
                item.setData(ID_ROLE, article_id)
                item.setToolTip(item.text())
                widget.addItem(item)
            if widget.count() == 0:  # say how the list fills, rather than show nothing
                hint = QListWidgetItem(
                    QCoreApplication.translate(
                        "MainWindow", "No bookmarks yet: Ctrl+D bookmarks the open article."
                    )
                    if widget is self.bookmarks
                    else QCoreApplication.translate(
                        "MainWindow", "The articles you open are listed here."
                    )
                )
                hint.setFlags(QtCore.Qt.ItemFlag.NoItemFlags)
                widget.addItem(hint)

    def _tree_activated(self, item: QTreeWidgetItem) -> None:
        article_id = item.data(0, ID_ROLE)
        if article_id:
            self.open_article(article_id)

    def _list_activated(self, item: QListWidgetItem) -> None:
        article_id = item.data(ID_ROLE)
        if article_id:  # not the hint an empty list shows
            self.open_article(article_id)

    # -- opening ----------------------------------------------------------------------------
    def _open_from_search(self, article_id: str) -> None:
        lang = self.search.selected_lang() or self.ui_lang
        if not self.loaded:  # search was ready first: open it when the library has loaded
            self.pending_open = (article_id, lang, self.search.terms())
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Loading the content…")
            )
            return
        self.open_article(article_id, lang=lang, terms=self.search.terms())

    def open_article(
        self,
        article_id: str,
        lang: str | None = None,
        terms: list[str] | None = None,
        record: bool = True,
    ) -> bool:
        """Show an article in `lang`; by default in the interface language (the content follows
        it; the per-article switch, a link in an article shown in the other language and a
        search hit in the other language choose otherwise, for that one article)."""
        library, settings = self._library, self._settings
        if library is None or settings is None:
            return False  # the content is still loading
        lang = lang or self.ui_lang
        if not library.has(article_id, lang):
            if not library.has(article_id):
                self.statusBar().showMessage(
                    QCoreApplication.translate("MainWindow", "There is no article %1.").replace(
                        "%1", article_id
                    )
                )
                return False
            lang = next(code for code in UI_LANGUAGES if library.has(article_id, code))
        self.content_lang = lang  # the open article's language
        article = library.article(article_id, lang)
        self.view.show_article(article, terms)
        self.current_id = article_id
        if record:
            self.history.visit(article_id)
        settings.add_recent(article_id)
        self._fill_lists()
        self._follow_in_tree()
        self._update_navigation()
        self._update_title()
        self._update_other_lang_text()
        self.save()
        return True

    def _update_title(self) -> None:
        if self.current_id is None:
            self.setWindowTitle("Toegang")
        else:
            self.setWindowTitle(f"{self._title(self.current_id, self.content_lang)} — Toegang")

    def _update_navigation(self) -> None:
        self.act_back.setEnabled(self.history.can_back())
        self.act_forward.setEnabled(self.history.can_forward())
        has_article = self.current_id is not None and self._settings is not None
        for action in (self.act_bookmark, self.act_export, self.act_print, self.act_other_lang):
            action.setEnabled(has_article)
        bookmarks = self._settings.bookmarks if self._settings is not None else []
        self.act_bookmark.setChecked(has_article and self.current_id in bookmarks)

    def go_back(self) -> None:
        target = self.history.back()
        if target is not None:
            self.open_article(target, record=False)

    def go_forward(self) -> None:
        target = self.history.forward()
        if target is not None:
            self.open_article(target, record=False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonPress
            and isinstance(event, QMouseEvent)
            and isinstance(watched, QWidget)
            and watched.window() is self
        ):
            if event.button() == QtCore.Qt.MouseButton.BackButton:
                self.go_back()
                return True
            if event.button() == QtCore.Qt.MouseButton.ForwardButton:
                self.go_forward()
                return True
        return super().eventFilter(watched, event)

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.search)
        self.search.query_edit.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)
        self.search.query_edit.selectAll()

    def search_now(self) -> None:
        """Run the typed query now instead of after the debounce (tests wait on the signal)."""
        self.search.search_now()

    def show_term(self, term_id: str) -> None:
        self.tabs.setCurrentWidget(self.glossary)
        self.glossary.show_term(term_id)

    def toggle_bookmark(self) -> None:
        if self.current_id is None or self._settings is None:
            return
        self.settings.toggle_bookmark(self.current_id)
        self._fill_lists()
        self._update_navigation()
        self.save()

    def toggle_article_language(self) -> None:
        if self.current_id is None:
            return
        other = "en" if self.content_lang == "nl" else "nl"
        self.open_article(self.current_id, lang=other, terms=self.view.terms, record=False)

    # -- language, zoom, settings -----------------------------------------------------------
    def set_ui_language(self, lang: str) -> None:
        """Switch the interface (and the content) language now, and remember it."""
        self.ui_lang = lang
        if self._settings is not None:
            self.settings.language = lang  # type: ignore[assignment]
        install_language(lang)
        self.content_lang = lang
        self.lang_actions[lang].setChecked(True)
        self.search.set_preferred_language(lang)
        self.search.set_filter(self.search.lang_group, lang)
        self.glossary.set_language(lang)
        self.retranslate()
        if self.current_id is not None:
            self.open_article(self.current_id, lang=lang, terms=self.view.terms, record=False)
        self.save()

    def set_zoom(self, zoom: int) -> None:
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        self.zoom = zoom
        if self._settings is not None:
            self.settings.zoom = zoom
        self.view.set_zoom(zoom)
        self.save()

    def css(self) -> str:
        return stylesheet(0, dark=False)

    def save(self) -> bool:
        if self._settings is None:
            return True  # not loaded yet: never overwrite the user's file with defaults
        from desktop.settings import save_settings

        self.settings.geometry = base64.b64encode(bytes(self.saveGeometry().data())).decode()
        self.settings.window_state = base64.b64encode(bytes(self.saveState().data())).decode()
        try:
            save_settings(self.settings, self.config_file)
        except OSError as exc:
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Settings could not be saved: %1").replace(
                    "%1", exc.strerror or str(exc)
                )
            )
            return False
        return True

    def _restore_geometry(self, first: dict[str, Any]) -> None:
        try:
            if first.get("geometry"):
                self.restoreGeometry(QByteArray(base64.b64decode(first["geometry"])))
            if first.get("window_state"):
                self.restoreState(QByteArray(base64.b64decode(first["window_state"])))
        except ValueError:
            pass  # a damaged geometry only costs the window its old size

    def closeEvent(self, event: QCloseEvent) -> None:
        self.search.shutdown()
        self.save()
        super().closeEvent(event)

    def rebuild_index(self) -> None:
        """Edit → Rebuild search index: build it anew on the search panel's worker thread; the
        panel shows that it is busy, and what was typed meanwhile is searched afterwards."""
        if self.search.rebuild_index():
            self.tabs.setCurrentWidget(self.search)
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Rebuilding the search index…")
            )
            self.search.ready.connect(
                self._index_rebuilt, QtCore.Qt.ConnectionType.SingleShotConnection
            )

    def _index_rebuilt(self) -> None:
        if self.search.notice is None:
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "The search index has been rebuilt."),
                5000,
            )

    # -- output -----------------------------------------------------------------------------
    def current_article_html(self) -> tuple[str, str]:
        assert self.current_id is not None and self._library is not None
        article = self.library.article(self.current_id, self.content_lang)
        return printable_html(article, self.library), article.meta.title

    def export_to(self, path: Path) -> int:
        from desktop.pdf_export import export_pdf

        body, title = self.current_article_html()
        assert self._library is not None
        return export_pdf(path, body, self.css(), title, self.library.version)

    def export_dialog(self) -> None:
        if self.current_id is None:
            return
        from desktop.pdf_export import export_with_dialog

        path = export_with_dialog(
            self,
            QCoreApplication.translate("MainWindow", "Export article as PDF"),
            f"{self.current_id.replace('/', '-')}.pdf",
            self.export_to,
        )
        if path is None:
            return
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Saved %1").replace("%1", str(path))
        )

    def print_article(self) -> None:
        if self.current_id is None or self._library is None:
            return
        from desktop.printing import print_html

        body, title = self.current_article_html()
        print_html(self, body, self.css(), title, self.library.version)

    def open_checklists(self) -> None:
        if self._library is None:
            return
        from desktop.checklist_view import ChecklistView

        dialog = ChecklistView(self.library, self.ui_lang, self.css(), self)
        dialog.article_requested.connect(self.open_article)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        self.checklist_view = dialog
        dialog.show()

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from toegang import __version__

        QMessageBox.about(
            self,
            QCoreApplication.translate("MainWindow", "About Toegang"),
            f"<b>Toegang {html.escape(__version__)}</b><br>"
            + html.escape(
                QCoreApplication.translate("MainWindow", "Content version %1").replace(
                    "%1", self.library.version if self._library is not None else "…"
                )
            )
            + f"<p>{html.escape(DISCLAIMER_NL)}</p><p>{html.escape(DISCLAIMER_EN)}</p>",
        )
