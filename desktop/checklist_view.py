"""Checklists as a working view: choose work form and product, tick items, print or export.

Which items apply is decided by `kb.checklist_apply` (no Qt); this dialog shows the result: the
items as a list to tick, and the chosen item in full beside it (why it is asked, every
alternative with its weight, the article). Ticks are kept per checklist and product in a
`ChecklistSession` owned by the main window, for as long as the program runs.
"""

from __future__ import annotations

import html
import weakref
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from desktop.article_view import is_dark, stylesheet
from desktop.pdf_export import export_pdf, export_with_dialog
from kb import Library
from kb.checklist_apply import (
    WEIGHT_LABELS,
    Applicable,
    applicable_items,
    checklists_for,
    filled_checklist_html,
    product_values,
    work_form_values,
)
from kb.models import Checklist

ITEM_ROLE = Qt.ItemDataRole.UserRole


def work_form_label(value: str) -> str:
    labels = {
        "zelfstandig": QCoreApplication.translate("Checklist", "Self-employed"),
        "opting-in": QCoreApplication.translate("Checklist", "Opting-in"),
        "loondienst": QCoreApplication.translate("Checklist", "Employed"),
        "online": QCoreApplication.translate("Checklist", "Online and webcam"),
        "escort-thuiswerk": QCoreApplication.translate("Checklist", "Escort and home work"),
        "starter": QCoreApplication.translate("Checklist", "Starter without history"),
    }
    return labels.get(value, value)


def product_label(value: str) -> str:
    labels = {
        "betaalrekening": QCoreApplication.translate("Checklist", "Current account"),
        "zakelijke-rekening": QCoreApplication.translate("Checklist", "Business account"),
        "hypotheek": QCoreApplication.translate("Checklist", "Mortgage"),
        "aov": QCoreApplication.translate("Checklist", "Disability insurance (AOV)"),
    }
    return labels.get(value, value)


@dataclass
class ChecklistSession:
    """What was ticked, per checklist and product, and what was shown last.

    In memory only (no Qt, nothing written to disk): it lives as long as the window that owns
    it (`session_for`), so ticks survive switching work form or product and closing and
    reopening the dialog, and are gone when the program closes. Print or PDF keeps a record.
    """

    ticks: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    last: tuple[str, str, str] | None = None  # work form, product, checklist id
    intro_open: bool = False

    def ticked(self, checklist_id: str, product: str) -> set[str]:
        """The ticked item ids of this checklist for this product (the live set)."""
        return self.ticks.setdefault((checklist_id, product), set())


_sessions: weakref.WeakKeyDictionary[QObject, ChecklistSession] = weakref.WeakKeyDictionary()


def session_for(owner: QObject | None) -> ChecklistSession:
    """The session of the top-level window that (indirectly) owns `owner`, made on first use;
    every checklist dialog of one main window shares it. Without an owner: a private one."""
    if owner is None:
        return ChecklistSession()
    root = owner
    while (up := root.parent()) is not None:
        root = up
    return _sessions.setdefault(root, ChecklistSession())


def item_html(entry: Applicable, lang: str, library: Library, links: bool = True) -> str:
    """One item in full: document, why, any problem with its condition, every alternative with
    its weight and note, the reference and the linked article (a `kb:` link when `links`)."""
    item = entry.item
    weights = WEIGHT_LABELS["en" if lang == "en" else "nl"]
    parts = [f"<h3>{html.escape(item.label.get(lang))}</h3>"]
    if not item.required:
        optional = QCoreApplication.translate("Checklist", "Optional")
        parts.append(f"<p><i>{html.escape(optional)}</i></p>")
    why = QCoreApplication.translate("Checklist", "Why")
    parts.append(f"<p><b>{html.escape(why)}</b><br>{html.escape(item.why.get(lang))}</p>")
    if entry.problem:
        parts.append(f"<p>\u26a0 {html.escape(entry.problem)}</p>")
    if item.alternatives:
        heading = QCoreApplication.translate(
            "Checklist", "Alternatives, with their weight compared with the usual document"
        )
        rows = []
        for alt in item.alternatives:
            note = f"<br>{html.escape(alt.note.get(lang))}" if alt.note else ""
            rows.append(
                f"<li><b>{html.escape(alt.label.get(lang))}</b> "
                f"({html.escape(weights[alt.weight.value])}){note}</li>"
            )
        parts.append(f"<p><b>{html.escape(heading)}</b></p><ul>{''.join(rows)}</ul>")
    else:
        none = QCoreApplication.translate("Checklist", "No alternatives are listed.")
        parts.append(f"<p><i>{html.escape(none)}</i></p>")
    if item.reference:
        source = QCoreApplication.translate("Checklist", "Source")
        parts.append(f"<p><b>{html.escape(source)}:</b> {html.escape(item.reference)}</p>")
    if item.article:
        title = (
            library.article(item.article, lang).meta.title
            if library.has(item.article, lang)
            else item.article
        )
        label = QCoreApplication.translate("Checklist", "Article")
        target = (
            f"<a href='kb:{html.escape(item.article, quote=True)}'>{html.escape(title)}</a>"
            if links
            else html.escape(title)
        )
        parts.append(f"<p><b>{html.escape(label)}:</b> {target}</p>")
    return "".join(parts)


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text: Qt's own size hint measures the text as if the tick
    box took no room, so long labels were cut off with "…"."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        view = self.parent()
        if not isinstance(view, QTreeWidget):
            return hint
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.rect = QRect(0, 0, view.columnWidth(index.column()), hint.height())
        style = view.style()
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, view)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        width = max(1, text_rect.width() - 2 * margin)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        text = opt.fontMetrics.boundingRect(QRect(0, 0, width, 100_000), flags, opt.text)
        # The text's lines, the style's own padding, and a little air between rows.
        lines = text.height() + hint.height() - opt.fontMetrics.height()
        return QSize(hint.width(), max(hint.height(), lines) + 4)


class ItemList(QTreeWidget):
    """The checklist's items: ticked with the space bar or a click; Enter or Return opens the
    item's article (as a double-click does) and never reaches the dialog's buttons."""

    open_requested = Signal(QTreeWidgetItem)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            row = self.currentItem()
            if row is not None:
                self.open_requested.emit(row)
            event.accept()
            return
        super().keyPressEvent(event)


class ChecklistView(QDialog):
    article_requested = Signal(str)

    def __init__(
        self,
        library: Library,
        lang: str,
        css: str,
        parent: object = None,
        session: ChecklistSession | None = None,
    ) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.library = library
        self.lang = lang
        self.css = css
        self.session = session if session is not None else session_for(self)
        self.entries: list[Applicable] = []
        self.setWindowTitle(QCoreApplication.translate("Checklist", "Checklists"))
        self.resize(820, 600)

        self.work_form = QComboBox()
        for value in work_form_values():
            self.work_form.addItem(work_form_label(value), value)
        self.product = QComboBox()
        for value in product_values():
            self.product.addItem(product_label(value), value)
        self.checklist = QComboBox()
        # The introduction folds away so that the items get the room; open, it shows in full.
        self.intro_toggle = QToolButton()
        self.intro_toggle.setText(QCoreApplication.translate("Checklist", "Introduction"))
        self.intro_toggle.setCheckable(True)
        self.intro_toggle.setAutoRaise(True)
        self.intro_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.intro_toggle.setToolTip(
            QCoreApplication.translate("Checklist", "Show or hide the introduction")
        )
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.items = ItemList()
        self.items.setColumnCount(1)
        heading = QCoreApplication.translate("Checklist", "Documents to ask for")
        self.items.setHeaderLabels([heading])
        self.items.header().setAccessibleName(heading)
        self.items.setRootIsDecorated(False)
        self.items.setWordWrap(True)
        self.items.setUniformRowHeights(False)
        self.items.setItemDelegate(WrappingDelegate(self.items))
        self.items.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # Rows wrap to the column's width: lay them out again when that width changes.
        self.items.header().sectionResized.connect(lambda *_: self.items.doItemsLayout())
        self.items.itemChanged.connect(self._item_changed)
        self.items.itemDoubleClicked.connect(self._open_article)
        self.items.open_requested.connect(self._open_article)
        self.items.currentItemChanged.connect(self._show_detail)
        # The chosen item in full: why, every alternative with its weight and note, the article.
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self._link_clicked)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.items)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([320, 480])
        self.progress = QLabel()
        self.kept = QLabel(
            QCoreApplication.translate(
                "Checklist",
                "Ticks are kept until you close Toegang. Print or export a PDF to keep a record.",
            )
        )
        self.kept.setWordWrap(True)
        self.export_button = QPushButton(QCoreApplication.translate("Checklist", "Export PDF…"))
        self.export_button.clicked.connect(self.export_dialog)
        self.print_button = QPushButton(QCoreApplication.translate("Checklist", "Print…"))
        self.print_button.clicked.connect(self.print_dialog)
        close = QPushButton(QCoreApplication.translate("Checklist", "Close"))
        close.clicked.connect(self.close)
        # No default button: Enter belongs to the item list (it opens the article), and must
        # never print.
        for button in (self.print_button, self.export_button, close):
            button.setAutoDefault(False)
            button.setDefault(False)

        choose = QGridLayout()
        work_form_label_ = QLabel(QCoreApplication.translate("Checklist", "Work form"))
        product_label_ = QLabel(QCoreApplication.translate("Checklist", "Product"))
        checklist_label = QLabel(QCoreApplication.translate("Checklist", "Checklist"))
        for label, buddy in (
            (work_form_label_, self.work_form),
            (product_label_, self.product),
            (checklist_label, self.checklist),
        ):
            label.setBuddy(buddy)
        choose.addWidget(work_form_label_, 0, 0)
        choose.addWidget(self.work_form, 0, 1)
        choose.addWidget(product_label_, 0, 2)
        choose.addWidget(self.product, 0, 3)
        choose.addWidget(checklist_label, 1, 0)
        choose.addWidget(self.checklist, 1, 1, 1, 3)
        choose.setColumnStretch(1, 1)
        choose.setColumnStretch(3, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress)
        buttons.addWidget(self.kept, 1)
        for button in (self.print_button, self.export_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.intro_toggle)
        layout.addWidget(self.intro)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)

        for widget, name in (
            (self.work_form, QCoreApplication.translate("Checklist", "Work form")),
            (self.product, QCoreApplication.translate("Checklist", "Product")),
            (self.checklist, QCoreApplication.translate("Checklist", "Checklist")),
            (self.intro_toggle, QCoreApplication.translate("Checklist", "Introduction")),
            (self.items, QCoreApplication.translate("Checklist", "Checklist items")),
            (self.detail, QCoreApplication.translate("Checklist", "Details of the chosen item")),
            (self.intro, QCoreApplication.translate("Checklist", "Introduction")),
            (self.progress, QCoreApplication.translate("Checklist", "Progress")),
            (self.kept, QCoreApplication.translate("Checklist", "Ticks are kept")),
            (self.export_button, QCoreApplication.translate("Checklist", "Export PDF")),
            (self.print_button, QCoreApplication.translate("Checklist", "Print")),
            (close, QCoreApplication.translate("Checklist", "Close")),
        ):
            widget.setAccessibleName(name)
        self._apply_style()
        last = self.session.last
        self.intro_toggle.setChecked(self.session.intro_open)
        self.intro_toggle.toggled.connect(self._intro_toggled)
        self.work_form.currentIndexChanged.connect(self._work_form_changed)
        self.product.currentIndexChanged.connect(self.refresh)
        self.checklist.currentIndexChanged.connect(self.refresh)
        self._work_form_changed()
        if last is not None:  # reopened: where the officer was, with the ticks
            self.choose(last[0], last[1])
            index = self.checklist.findData(last[2])
            if index >= 0:
                self.checklist.setCurrentIndex(index)
        self.items.setFocus()

    # -- choosing ---------------------------------------------------------------------------
    def choose(self, work_form: str, product: str) -> None:
        self.work_form.setCurrentIndex(self.work_form.findData(work_form))
        self.product.setCurrentIndex(self.product.findData(product))

    def current_checklist(self) -> Checklist | None:
        checklist_id = self.checklist.currentData()
        return self.library.checklists.get(checklist_id) if checklist_id else None

    @property
    def ticked(self) -> set[str]:
        """The ticked item ids of the checklist and product shown (a copy)."""
        return set(self._ticks())

    def _ticks(self) -> set[str]:
        checklist_id = self.checklist.currentData()
        if not checklist_id:
            return set()
        return self.session.ticked(checklist_id, self.product.currentData())

    def _work_form_changed(self) -> None:
        self.checklist.blockSignals(True)
        self.checklist.clear()
        for checklist in checklists_for(
            self.library.checklists.values(), self.work_form.currentData()
        ):
            self.checklist.addItem(checklist.title.get(self.lang), checklist.id)
        self.checklist.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        checklist = self.current_checklist()
        self.items.blockSignals(True)
        self.items.clear()
        self.entries = []
        if checklist is None:
            self.intro.setText(
                QCoreApplication.translate(
                    "Checklist", "There is no checklist for this work form yet."
                )
            )
        else:
            self.session.last = (
                self.work_form.currentData(),
                self.product.currentData(),
                checklist.id,
            )
            self.intro.setText(checklist.intro.get(self.lang))
            self.entries = applicable_items(checklist, self.product.currentData())
            ticked = self._ticks()
            for entry in self.entries:
                item = entry.item
                label = item.label.get(self.lang)
                if entry.problem:
                    label = f"\u26a0 {label}"
                row = QTreeWidgetItem([label])
                row.setData(0, ITEM_ROLE, item.id)
                row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = item.id in ticked
                row.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                # The whole item on hover too; rich text, so that the tooltip wraps.
                tip = item_html(entry, self.lang, self.library, links=False)
                if item.article:
                    hint = QCoreApplication.translate(
                        "Checklist", "Double-click or press Enter to read the article"
                    )
                    tip += f"<p><i>{html.escape(hint)}</i></p>"
                row.setToolTip(0, tip)
                self.items.addTopLevelItem(row)
        self.items.blockSignals(False)
        has_checklist = checklist is not None
        self.intro_toggle.setVisible(has_checklist)
        self.intro.setVisible(not has_checklist or self.intro_toggle.isChecked())
        self._update_intro_arrow()
        has_items = bool(self.entries)
        self.export_button.setEnabled(has_items)
        self.print_button.setEnabled(has_items)
        first = self.items.topLevelItem(0)
        if first is not None:
            self.items.setCurrentItem(first)
        else:
            self._show_detail(None)
        self._update_progress()

    def _intro_toggled(self, shown: bool) -> None:
        self.session.intro_open = shown
        self.intro.setVisible(shown or self.current_checklist() is None)
        self._update_intro_arrow()

    def _update_intro_arrow(self) -> None:
        shown = self.intro_toggle.isChecked()
        self.intro_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def _item_changed(self, row: QTreeWidgetItem, column: int) -> None:
        item_id = row.data(0, ITEM_ROLE)
        ticked = self._ticks()
        if row.checkState(0) == Qt.CheckState.Checked:
            ticked.add(item_id)
        else:
            ticked.discard(item_id)
        self._update_progress()

    def _update_progress(self) -> None:
        ticked = self._ticks()
        done = sum(1 for e in self.entries if e.item.id in ticked)
        text = QCoreApplication.translate("Checklist", "%1 of %2 ticked")
        self.progress.setText(text.replace("%1", str(done)).replace("%2", str(len(self.entries))))

    def _entry(self, row: QTreeWidgetItem | None) -> Applicable | None:
        if row is None:
            return None
        item_id = row.data(0, ITEM_ROLE)
        return next((e for e in self.entries if e.item.id == item_id), None)

    def _show_detail(self, row: QTreeWidgetItem | None, _previous: object = None) -> None:
        entry = self._entry(row)
        if entry is None:
            self.detail.setHtml("")
            return
        self.detail.setHtml(item_html(entry, self.lang, self.library))

    def _open_article(self, row: QTreeWidgetItem, _column: int = 0) -> None:
        entry = self._entry(row)
        if entry is not None and entry.item.article:
            self.article_requested.emit(entry.item.article)

    def _link_clicked(self, url: QUrl) -> None:
        target = url.toString()
        if target.startswith("kb:"):
            self.article_requested.emit(target[3:])

    # -- look -------------------------------------------------------------------------------
    def _apply_style(self) -> None:
        self.detail.document().setDefaultStyleSheet(stylesheet(0, is_dark(self.palette())))
        self._show_detail(self.items.currentItem())

    def changeEvent(self, event: QEvent) -> None:
        # The system switched between light and dark: restyle the item's text.
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_style()
        super().changeEvent(event)

    # -- output -----------------------------------------------------------------------------
    def filled_html(self) -> str:
        checklist = self.current_checklist()
        if checklist is None:
            return ""
        return filled_checklist_html(
            checklist,
            product_label(self.product.currentData()),
            self.entries,
            self.ticked,
            self.lang,
        )

    def title(self) -> str:
        checklist = self.current_checklist()
        return checklist.title.get(self.lang) if checklist else ""

    def export_to(self, path: Path) -> int:
        return export_pdf(path, self.filled_html(), self.css, self.title(), self.library.version)

    def export_dialog(self) -> None:
        export_with_dialog(
            self,
            QCoreApplication.translate("Checklist", "Export checklist as PDF"),
            f"{self.checklist.currentData() or 'checklist'}.pdf",
            self.export_to,
        )

    def print_dialog(self) -> None:
        from desktop.printing import print_html

        print_html(self, self.filled_html(), self.css, self.title(), self.library.version)
