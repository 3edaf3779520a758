"""The main window: a topic tree beside an article reader.

This is the foundation's reader; the desktop issue grows it into the search-first app.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
)

from kb import Library
from kb.render import render_article
from toegang import DISCLAIMER_EN, DISCLAIMER_NL, __version__

SECTION_TITLES = {
    "wwft": "Wwft en cliëntenonderzoek",
    "producten": "Producten",
    "inkomen": "Inkomen en bewijs",
    "opting-in": "Opting-in",
    "context": "Context",
    "wetteksten": "Wetteksten",
    "casussen": "Casussen",
}

ID_ROLE = Qt.ItemDataRole.UserRole

STYLE = """
body { font-size: 11pt; }
h1 { font-size: 18pt; }
h2 { font-size: 14pt; margin-top: 14px; }
table { border-collapse: collapse; margin: 6px 0; }
th, td { border: 1px solid #888; padding: 4px; }
blockquote.callout { background: #fff4d6; border-left: 4px solid #d99a00; padding: 6px; }
a.external { color: #1a5fb4; }
a.broken { color: #b00020; }
p.summary { font-style: italic; }
"""


class MainWindow(QMainWindow):
    def __init__(self, library: Library, lang: str = "nl") -> None:
        super().__init__()
        self.library = library
        self.lang = lang
        self.current_id: str | None = None
        self.setWindowTitle("Toegang")
        self.resize(1100, 760)

        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName("Onderwerpen")
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)

        self.reader = QTextBrowser()
        self.reader.setAccessibleName("Artikel")
        self.reader.setOpenLinks(False)
        self.reader.document().setDefaultStyleSheet(STYLE)
        self.reader.anchorClicked.connect(self._link_clicked)

        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(self.reader)
        splitter.setStretchFactor(1, 3)
        self.setCentralWidget(splitter)
        self._fill_tree()
        self._menus()
        self.statusBar().showMessage(f"Inhoudsversie {library.version}")
        first = library.ids()
        if first:
            self.open_article(first[0])

    def _fill_tree(self) -> None:
        self.tree.clear()
        sections: dict[str, QTreeWidgetItem] = {}
        for article_id in self.library.ids():
            section = article_id.split("/", 1)[0]
            if section not in sections:
                parent = QTreeWidgetItem([SECTION_TITLES.get(section, section)])
                self.tree.addTopLevelItem(parent)
                sections[section] = parent
            article = self.library.article(article_id, self.lang)
            child = QTreeWidgetItem([article.meta.title])
            child.setData(0, ID_ROLE, article_id)
            sections[section].addChild(child)
        self.tree.expandAll()

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu("&Bestand")
        quit_action = QAction("&Afsluiten", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu("&Help")
        about = QAction("&Over Toegang", self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _activated(self, item: QTreeWidgetItem) -> None:
        article_id = item.data(0, ID_ROLE)
        if article_id:
            self.open_article(article_id)

    def open_article(self, article_id: str) -> None:
        article = self.library.article(article_id, self.lang)
        meta = article.meta
        sources = "".join(
            "<li>"
            + html.escape(", ".join(p for p in (s.title, s.issuer, s.reference, s.date) if p))
            for s in meta.sources
        )
        self.reader.setHtml(
            f"<h1>{html.escape(meta.title)}</h1>"
            f"<p class='summary'>{html.escape(meta.summary)}</p>"
            f"{render_article(article, self.library)}"
            f"<h2>Bronnen</h2><ul>{sources}</ul>"
        )
        self.current_id = article_id
        self.setWindowTitle(f"{meta.title} — Toegang")

    def _link_clicked(self, url: QUrl) -> None:
        if url.scheme() == "kb":
            target = url.path() or url.toString()[3:]
            target = target.split("#", 1)[0]
            if self.library.has(target, self.lang):
                self.open_article(target)
        elif url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        elif url.toString().startswith("#"):
            self.reader.scrollToAnchor(url.fragment())

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            "Over Toegang",
            f"<b>Toegang {__version__}</b><br>Inhoudsversie {self.library.version}"
            f"<p>{DISCLAIMER_NL}</p><p>{DISCLAIMER_EN}</p>",
        )
