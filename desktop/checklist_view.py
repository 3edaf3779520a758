"""Checklists as a working view: choose work form and product, tick items, print or export.

Which items apply is decided by `kb.checklist_apply` (no Qt); this dialog shows the result.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

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


class ChecklistView(QDialog):
    article_requested = Signal(str)

    def __init__(self, library: Library, lang: str, css: str, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.library = library
        self.lang = lang
        self.css = css
        self.ticked: set[str] = set()
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
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.items = QTreeWidget()
        self.items.setColumnCount(3)
        self.items.setWordWrap(True)
        self.items.setHeaderLabels(
            [
                QCoreApplication.translate("Checklist", "Document"),
                QCoreApplication.translate("Checklist", "Why"),
                QCoreApplication.translate("Checklist", "Alternatives"),
            ]
        )
        self.items.setColumnWidth(0, 240)
        self.items.setColumnWidth(1, 300)
        self.items.itemChanged.connect(self._item_changed)
        self.items.itemDoubleClicked.connect(self._open_article)
        self.progress = QLabel()
        self.export_button = QPushButton(QCoreApplication.translate("Checklist", "Export PDF…"))
        self.export_button.clicked.connect(self.export_dialog)
        self.print_button = QPushButton(QCoreApplication.translate("Checklist", "Print…"))
        self.print_button.clicked.connect(self.print_dialog)
        close = QPushButton(QCoreApplication.translate("Checklist", "Close"))
        close.clicked.connect(self.close)

        form = QFormLayout()
        form.addRow(QCoreApplication.translate("Checklist", "Work form"), self.work_form)
        form.addRow(QCoreApplication.translate("Checklist", "Product"), self.product)
        form.addRow(QCoreApplication.translate("Checklist", "Checklist"), self.checklist)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        for button in (self.print_button, self.export_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.intro)
        layout.addWidget(self.items, 1)
        layout.addLayout(buttons)

        for widget, name in (
            (self.work_form, QCoreApplication.translate("Checklist", "Work form")),
            (self.product, QCoreApplication.translate("Checklist", "Product")),
            (self.checklist, QCoreApplication.translate("Checklist", "Checklist")),
            (self.items, QCoreApplication.translate("Checklist", "Checklist items")),
            (self.intro, QCoreApplication.translate("Checklist", "Introduction")),
            (self.progress, QCoreApplication.translate("Checklist", "Progress")),
            (self.export_button, QCoreApplication.translate("Checklist", "Export PDF")),
            (self.print_button, QCoreApplication.translate("Checklist", "Print")),
            (close, QCoreApplication.translate("Checklist", "Close")),
        ):
            widget.setAccessibleName(name)
        self.work_form.currentIndexChanged.connect(self._work_form_changed)
        self.product.currentIndexChanged.connect(self.refresh)
        self.checklist.currentIndexChanged.connect(self.refresh)
        self._work_form_changed()

    # -- choosing ---------------------------------------------------------------------------
    def choose(self, work_form: str, product: str) -> None:
        self.work_form.setCurrentIndex(self.work_form.findData(work_form))
        self.product.setCurrentIndex(self.product.findData(product))

    def current_checklist(self) -> Checklist | None:
        checklist_id = self.checklist.currentData()
        return self.library.checklists.get(checklist_id) if checklist_id else None

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
            self.intro.setText(checklist.intro.get(self.lang))
            self.entries = applicable_items(checklist, self.product.currentData())
            weights = WEIGHT_LABELS["en" if self.lang == "en" else "nl"]
            for entry in self.entries:
                item = entry.item
                alternatives = "\n".join(
                    f"• {alt.label.get(self.lang)} ({weights[alt.weight.value]})"
                    for alt in item.alternatives
                )
                why = item.why.get(self.lang) + (f"\n⚠ {entry.problem}" if entry.problem else "")
                row = QTreeWidgetItem([item.label.get(self.lang), why, alternatives])
                row.setData(0, ITEM_ROLE, item.id)
                row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = item.id in self.ticked
                row.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                if item.article:
                    row.setToolTip(
                        0,
                        QCoreApplication.translate("Checklist", "Double-click to read the article"),
                    )
                self.items.addTopLevelItem(row)
        self.items.blockSignals(False)
        has_items = bool(self.entries)
        self.export_button.setEnabled(has_items)
        self.print_button.setEnabled(has_items)
        self._update_progress()

    def _item_changed(self, row: QTreeWidgetItem, column: int) -> None:
        item_id = row.data(0, ITEM_ROLE)
        if row.checkState(0) == Qt.CheckState.Checked:
            self.ticked.add(item_id)
        else:
            self.ticked.discard(item_id)
        self._update_progress()

    def _update_progress(self) -> None:
        done = sum(1 for e in self.entries if e.item.id in self.ticked)
        text = QCoreApplication.translate("Checklist", "%1 of %2 ticked")
        self.progress.setText(text.replace("%1", str(done)).replace("%2", str(len(self.entries))))

    def _open_article(self, row: QTreeWidgetItem, _column: int) -> None:
        checklist = self.current_checklist()
        if checklist is None:
            return
        item = next((i for i in checklist.items if i.id == row.data(0, ITEM_ROLE)), None)
        if item is not None and item.article:
            self.article_requested.emit(item.article)

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
