"""The worksheet's pages as widgets: one editor per question type of the engine.

Each `QuestionWidget` shows the label (with its accessible name), a help button, links to KB
articles, the editor, and the engine's message for the question. It emits `changed(id, value)`
with the raw answer (None for blank) when the officer commits a value: a choice at once, typed
text on Return or when the wizard asks (`commit()`). The engine decides what is valid; these
widgets only collect answers and show what the engine says.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kb.worksheet.answers import CHECK_FIELDS
from kb.worksheet.engine import QuestionState
from kb.worksheet.models import EVIDENCE_STATUSES, Page, Question, QuestionType
from kb.worksheet.session import EvidenceItem, parse_number, slug

BLANK = "—"


def yesno_label(value: str) -> str:
    labels = {
        "yes": QCoreApplication.translate("Worksheet", "Yes"),
        "no": QCoreApplication.translate("Worksheet", "No"),
        "unknown": QCoreApplication.translate("Worksheet", "Unknown"),
    }
    return labels.get(value, value)


def evidence_status_label(value: str) -> str:
    labels = {
        "provided": QCoreApplication.translate("Worksheet", "Provided"),
        "alternative": QCoreApplication.translate("Worksheet", "Alternative"),
        "missing": QCoreApplication.translate("Worksheet", "Missing"),
        "not-applicable": QCoreApplication.translate("Worksheet", "Not applicable"),
    }
    return labels.get(value, value)


def article_links(ids: Sequence[str], titles: Mapping[str, str]) -> str:
    """Rich text: one `kb:` link per article (the wizard opens them beside the form)."""
    links = [
        f"<a href='kb:{html.escape(i, quote=True)}'>{html.escape(titles.get(i, i))}</a>"
        for i in ids
    ]
    return " · ".join(links)


def _combo(items: Sequence[tuple[str, str]], name: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(BLANK, None)
    for value, label in items:
        combo.addItem(label, value)
    combo.setAccessibleName(name)
    return combo


def _set_combo(combo: QComboBox, value: object) -> None:
    index = combo.findData(value) if isinstance(value, str) else 0
    combo.setCurrentIndex(max(0, index))


class QuestionWidget(QWidget):
    changed = Signal(str, object)  # question id, raw answer (None: blank)
    article_requested = Signal(str)
    help_requested = Signal(str)  # question id

    def __init__(self, question: Question, lang: str, titles: Mapping[str, str]) -> None:
        super().__init__()
        self.question = question
        self.lang = lang
        self.label_text = question.label.get(lang)
        self.setObjectName(f"question-{question.id}")
        self.label = QLabel(self.label_text)
        self.label.setWordWrap(True)
        self.help_button = QToolButton()
        self.help_button.setText("?")
        help_name = QCoreApplication.translate("Worksheet", "Help: %1").replace(
            "%1", self.label_text
        )
        self.help_button.setAccessibleName(help_name)
        self.help_button.setToolTip(help_name)
        self.help_button.clicked.connect(lambda: self.help_requested.emit(question.id))
        self.help_button.setVisible(bool(question.help or question.articles))
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.label, 1)
        header.addWidget(self.help_button)
        self.links = QLabel(article_links(question.articles, titles))
        self.links.setTextFormat(Qt.TextFormat.RichText)
        self.links.linkActivated.connect(self._link)
        self.links.setVisible(bool(question.articles))
        self.links.setAccessibleName(QCoreApplication.translate("Worksheet", "Articles"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c01c28;")
        self.problem.setAccessibleName(
            QCoreApplication.translate("Worksheet", "Problem: %1").replace("%1", self.label_text)
        )
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addLayout(header)
        self.editor = self.make_editor()
        if not self.editor.accessibleName():
            self.editor.setAccessibleName(self.label_text)  # the group of a check or checklist
        layout.addWidget(self.editor)
        layout.addWidget(self.links)
        layout.addWidget(self.problem)
        if question.help is not None:
            self.editor.setAccessibleDescription(question.help.get(lang))
        self._committed: object = None

    # -- for subclasses ---------------------------------------------------------------------
    def make_editor(self) -> QWidget:
        raise NotImplementedError

    def value(self) -> object:
        raise NotImplementedError

    def show_value(self, value: object) -> None:
        raise NotImplementedError

    # -- shared -----------------------------------------------------------------------------
    def set_value(self, value: object) -> None:
        """Show a stored answer without emitting `changed`."""
        self.blockSignals(True)
        try:
            self.show_value(value)
        finally:
            self.blockSignals(False)
        self._committed = value

    def commit(self) -> None:
        value = self.value()
        if value != self._committed:
            self._committed = value
            self.changed.emit(self.question.id, value)

    def show_state(self, state: QuestionState, message: str | None) -> None:
        self.setHidden(not state.relevant)
        marker = " *" if state.required else ""
        self.label.setText(self.label_text + marker)
        self.problem.setText(message or "")
        self.problem.setHidden(not message)

    def focus_editor(self) -> None:
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _link(self, target: str) -> None:
        if target.startswith("kb:"):
            self.article_requested.emit(target[3:])


class ChoiceWidget(QuestionWidget):
    """choice and yesno: a combo box with a blank first entry."""

    def make_editor(self) -> QWidget:
        if self.question.type is QuestionType.YESNO:
            items = [(v, yesno_label(v)) for v in self.question.choice_values()]
        else:
            items = [(c.value, c.label.get(self.lang)) for c in self.question.choices]
        self.combo = _combo(items, self.label_text)
        self.combo.currentIndexChanged.connect(self.commit)
        return self.combo

    def value(self) -> object:
        return self.combo.currentData()

    def show_value(self, value: object) -> None:
        self.combo.blockSignals(True)
        _set_combo(self.combo, value)
        self.combo.blockSignals(False)


class MultipleWidget(QuestionWidget):
    """multiple choice: one check box per choice."""

    def make_editor(self) -> QWidget:
        box = QWidget()
        box.setAccessibleName(self.label_text)
        column = QVBoxLayout(box)
        column.setContentsMargins(12, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for choice in self.question.choices:
            check = QCheckBox(choice.label.get(self.lang))
            check.setAccessibleName(choice.label.get(self.lang))
            check.toggled.connect(self.commit)
            column.addWidget(check)
            self.boxes[choice.value] = check
        return box

    def value(self) -> object:
        chosen = [value for value, box in self.boxes.items() if box.isChecked()]
        return chosen or None

    def show_value(self, value: object) -> None:
        chosen = set(value) if isinstance(value, list) else set()
        for key, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(key in chosen)
            box.blockSignals(False)


class LineWidget(QuestionWidget):
    """text, number, money and date: a line; committed on Return or when the wizard asks."""

    def make_editor(self) -> QWidget:
        self.edit = QLineEdit()
        self.edit.setAccessibleName(self.label_text)
        kind = self.question.type
        if kind is QuestionType.DATE:
            self.edit.setPlaceholderText(QCoreApplication.translate("Worksheet", "YYYY-MM-DD"))
        elif kind is QuestionType.MONEY:
            self.edit.setPlaceholderText(QCoreApplication.translate("Worksheet", "euro"))
        self.edit.editingFinished.connect(self.commit)
        return self.edit

    def value(self) -> object:
        text = self.edit.text()
        if self.question.type in (QuestionType.NUMBER, QuestionType.MONEY):
            return parse_number(text)
        return text if text.strip() else None

    def show_value(self, value: object) -> None:
        self.edit.setText("" if value is None else str(value))


class CalculatedWidget(QuestionWidget):
    """A calculated question: the engine's value, read-only."""

    def make_editor(self) -> QWidget:
        self.shown = QLabel(BLANK)
        self.shown.setAccessibleName(self.label_text)
        self.shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return self.shown

    def value(self) -> object:
        return None

    def show_value(self, value: object) -> None:
        pass

    def commit(self) -> None:
        pass

    def show_state(self, state: QuestionState, message: str | None) -> None:
        super().show_state(state, message)
        value = state.value
        if isinstance(value, float):
            text = f"{value:,.2f}" if self.question.type is QuestionType.MONEY else f"{value:.2f}"
        else:
            text = BLANK if value is None else str(value)
        self.shown.setText(text)


class CheckWidget(QuestionWidget):
    """A check done elsewhere: date, source, result, who."""

    def make_editor(self) -> QWidget:
        box = QWidget()
        form = QFormLayout(box)
        form.setContentsMargins(12, 0, 0, 0)
        self.date = QLineEdit()
        self.date.setPlaceholderText(QCoreApplication.translate("Worksheet", "YYYY-MM-DD"))
        self.source = QLineEdit()
        items = [(c.value, c.label.get(self.lang)) for c in self.question.choices]
        self.result = _combo(items, "")
        self.by = QLineEdit()
        rows = (
            (self.date, QCoreApplication.translate("Worksheet", "Date")),
            (self.source, QCoreApplication.translate("Worksheet", "Source")),
            (self.result, QCoreApplication.translate("Worksheet", "Result")),
            (self.by, QCoreApplication.translate("Worksheet", "Done by")),
        )
        for widget, name in rows:
            form.addRow(name, widget)
            widget.setAccessibleName(f"{self.label_text}: {name}")
        for edit in (self.date, self.source, self.by):
            edit.editingFinished.connect(self.commit)
        self.result.currentIndexChanged.connect(self.commit)
        return box

    def value(self) -> object:
        typed = (self.date.text(), self.source.text(), self.result.currentData(), self.by.text())
        data = {key: (text or "").strip() for key, text in zip(CHECK_FIELDS, typed, strict=True)}
        return data if any(data.values()) else None

    def show_value(self, value: object) -> None:
        data: Mapping[str, Any] = value if isinstance(value, Mapping) else {}
        for edit, key in ((self.date, "date"), (self.source, "source"), (self.by, "by")):
            edit.setText(str(data.get(key) or ""))
        self.result.blockSignals(True)
        _set_combo(self.result, data.get("result"))
        self.result.blockSignals(False)

    def focus_editor(self) -> None:
        self.date.setFocus(Qt.FocusReason.OtherFocusReason)


class EvidenceWidget(QuestionWidget):
    """An evidence checklist: per item provided / alternative / missing / not applicable.

    The items come from the question's choices and the library checklist for the chosen work
    form and product (`set_items`); the officer may add a document the checklist does not list.
    """

    checklist_requested = Signal()

    def make_editor(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(12, 0, 0, 0)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(
            QCoreApplication.translate(
                "Worksheet", "Choose the work form and product first: the checklist follows."
            )
        )
        self.empty.setWordWrap(True)
        self.other = QLineEdit()
        self.other.setPlaceholderText(QCoreApplication.translate("Worksheet", "Other document"))
        self.other.setAccessibleName(QCoreApplication.translate("Worksheet", "Other document"))
        self.add_button = QPushButton(QCoreApplication.translate("Worksheet", "Add"))
        self.add_button.setAccessibleName(
            QCoreApplication.translate("Worksheet", "Add other document")
        )
        self.add_button.clicked.connect(self.add_other)
        self.other.returnPressed.connect(self.add_other)
        self.checklist_button = QPushButton(
            QCoreApplication.translate("Worksheet", "Show the checklist…")
        )
        self.checklist_button.setAccessibleName(
            QCoreApplication.translate("Worksheet", "Show the checklist")
        )
        self.checklist_button.clicked.connect(self.checklist_requested)
        adding = QHBoxLayout()
        adding.addWidget(self.other, 1)
        adding.addWidget(self.add_button)
        adding.addWidget(self.checklist_button)
        column.addWidget(self.empty)
        column.addWidget(self.grid_host)
        column.addLayout(adding)
        self.items: list[EvidenceItem] = []
        self.combos: dict[str, QComboBox] = {}
        self.statuses: dict[str, str] = {}
        return box

    def set_items(self, items: Sequence[EvidenceItem]) -> None:
        if [i.id for i in items] == [i.id for i in self.items]:
            return
        self.items = list(items)
        while self.grid.count():
            taken = self.grid.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self.combos = {}
        statuses = [(s, evidence_status_label(s)) for s in EVIDENCE_STATUSES]
        for row, item in enumerate(self.items):
            text = item.label.get(self.lang) if item.label else item.id
            label = QLabel(text)
            label.setWordWrap(True)
            if item.why is not None:
                label.setToolTip(item.why.get(self.lang))
            combo = _combo(statuses, text)
            if item.why is not None:
                combo.setAccessibleDescription(item.why.get(self.lang))
            _set_combo(combo, self.statuses.get(item.id))
            combo.currentIndexChanged.connect(
                lambda _i=0, key=item.id, box=combo: self._status_changed(key, box)
            )
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(combo, row, 1)
            self.combos[item.id] = combo
        self.empty.setVisible(not self.items)

    def _status_changed(self, key: str, combo: QComboBox) -> None:
        status = combo.currentData()
        if status:
            self.statuses[key] = status
        else:
            self.statuses.pop(key, None)
        self.commit()

    def add_other(self) -> None:
        key = slug(self.other.text())
        if not key:
            return
        self.other.clear()
        if key not in self.combos:
            self.set_items([*self.items, EvidenceItem(key, None)])
        self.combos[key].setFocus(Qt.FocusReason.OtherFocusReason)

    def value(self) -> object:
        return dict(self.statuses) or None

    def show_value(self, value: object) -> None:
        self.statuses = {}
        if isinstance(value, Mapping):
            for key, entry in value.items():
                status = entry.get("status") if isinstance(entry, Mapping) else entry
                if isinstance(key, str) and isinstance(status, str):
                    self.statuses[key] = status
        for key, combo in self.combos.items():
            combo.blockSignals(True)
            _set_combo(combo, self.statuses.get(key))
            combo.blockSignals(False)


def question_widget(question: Question, lang: str, titles: Mapping[str, str]) -> QuestionWidget:
    if question.calculate is not None:
        return CalculatedWidget(question, lang, titles)
    kind = question.type
    if kind in (QuestionType.CHOICE, QuestionType.YESNO):
        return ChoiceWidget(question, lang, titles)
    if kind is QuestionType.MULTIPLE:
        return MultipleWidget(question, lang, titles)
    if kind is QuestionType.EVIDENCE:
        return EvidenceWidget(question, lang, titles)
    if kind is QuestionType.CHECK:
        return CheckWidget(question, lang, titles)
    return LineWidget(question, lang, titles)


class PageWidget(QScrollArea):
    """One page of the definition: title, introduction, article links and its questions."""

    article_requested = Signal(str)

    def __init__(self, page: Page, lang: str, titles: Mapping[str, str]) -> None:
        super().__init__()
        self.page = page
        self.setWidgetResizable(True)
        self.setAccessibleName(page.title.get(lang))
        body = QWidget()
        column = QVBoxLayout(body)
        heading = QLabel(f"<h2>{html.escape(page.title.get(lang))}</h2>")
        column.addWidget(heading)
        if page.intro is not None:
            intro = QLabel(page.intro.get(lang))
            intro.setWordWrap(True)
            column.addWidget(intro)
        if page.articles:
            links = QLabel(article_links(page.articles, titles))
            links.setTextFormat(Qt.TextFormat.RichText)
            links.setWordWrap(True)
            links.setAccessibleName(QCoreApplication.translate("Worksheet", "Articles"))
            links.linkActivated.connect(
                lambda target: self.article_requested.emit(target.removeprefix("kb:"))
            )
            column.addWidget(links)
        self.widgets: dict[str, QuestionWidget] = {}
        for question in page.questions:
            widget = question_widget(question, lang, titles)
            widget.article_requested.connect(self.article_requested)
            column.addWidget(widget)
            self.widgets[question.id] = widget
        column.addStretch(1)
        self.setWidget(body)
