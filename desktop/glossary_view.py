"""The glossary: a filter field, the matching terms, and the chosen term's definition."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # kb (pydantic) is imported after the window shows, when content loads
    from kb import Library

TERM_ROLE = 0x0100  # Qt.ItemDataRole.UserRole (see desktop.search_panel)


class GlossaryView(QWidget):
    article_requested = Signal(str)

    def __init__(self, library: Library | None = None, lang: str = "nl") -> None:
        super().__init__()
        self.library = library  # None until the content has loaded: the list stays empty
        self.lang = lang
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.refresh)
        self.terms = QListWidget()
        self.terms.currentItemChanged.connect(self._current_changed)
        self.definition = QTextBrowser()
        self.definition.setOpenLinks(False)
        self.definition.anchorClicked.connect(self._link)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.terms, 2)
        layout.addWidget(self.definition, 1)
        self.retranslate()
        self.refresh()

    def set_library(self, library: Library) -> None:
        self.library = library
        self.refresh()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.refresh()

    def retranslate(self) -> None:
        text = QCoreApplication.translate("GlossaryView", "Filter the glossary")
        self.filter_edit.setPlaceholderText(text)
        self.filter_edit.setAccessibleName(text)
        self.terms.setAccessibleName(QCoreApplication.translate("GlossaryView", "Glossary terms"))
        self.definition.setAccessibleName(QCoreApplication.translate("GlossaryView", "Definition"))

    def refresh(self) -> None:
        current = self.current_term()
        self.terms.clear()
        if self.library is None:
            return
        from kb.glossary_terms import matching_entries

        for entry in matching_entries(self.library.glossary, self.filter_edit.text(), self.lang):
            item = QListWidgetItem(entry.term.get(self.lang))
            item.setData(TERM_ROLE, entry.id)
            item.setToolTip(entry.definition.get(self.lang))
            self.terms.addItem(item)
            if entry.id == current:
                self.terms.setCurrentItem(item)
        if self.terms.currentItem() is None and self.terms.count():
            self.terms.setCurrentRow(0)
        if not self.terms.count():
            self.definition.clear()

    def current_term(self) -> str | None:
        item = self.terms.currentItem()
        return None if item is None else item.data(TERM_ROLE)

    def show_term(self, term_id: str) -> bool:
        self.filter_edit.clear()
        for row in range(self.terms.count()):
            if self.terms.item(row).data(TERM_ROLE) == term_id:
                self.terms.setCurrentRow(row)
                return True
        return False

    def _current_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        library = self.library
        entry = None if item is None or library is None else library.term(item.data(TERM_ROLE))
        if entry is None:
            self.definition.clear()
            return
        parts = [
            f"<h3>{html.escape(entry.term.get(self.lang))}</h3>",
            f"<p>{html.escape(entry.definition.get(self.lang))}</p>",
        ]
        if entry.aliases:
            also = QCoreApplication.translate("GlossaryView", "Also: %1")
            parts.append(
                f"<p><i>{html.escape(also.replace('%1', ', '.join(entry.aliases)))}</i></p>"
            )
        if library is not None and entry.article and library.has(entry.article, self.lang):
            title = library.article(entry.article, self.lang).meta.title
            parts.append(f"<p><a href='kb:{entry.article}'>{html.escape(title)}</a></p>")
        self.definition.setHtml("".join(parts))

    def _link(self, url: QUrl) -> None:
        if url.scheme() == "kb":
            self.article_requested.emit(url.path() or url.toString()[3:])
