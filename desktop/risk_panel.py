"""The live risk panel: the factors present and why, and the engine's proposal.

It only shows `WorksheetState` (the engine decides); double-clicking or activating a factor
opens the article that explains it beside the form.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from kb.worksheet.engine import WorksheetState
from kb.worksheet.models import Decision, Definition, Level, Measure

ARTICLE_ROLE = Qt.ItemDataRole.UserRole


def level_label(level: Level) -> str:
    labels = {
        Level.LOW: QCoreApplication.translate("Worksheet", "low risk"),
        Level.STANDARD: QCoreApplication.translate("Worksheet", "standard risk"),
        Level.HIGH: QCoreApplication.translate("Worksheet", "high risk"),
    }
    return labels[level]


def measure_label(measure: Measure) -> str:
    labels = {
        Measure.SIMPLIFIED: QCoreApplication.translate("Worksheet", "simplified due diligence"),
        Measure.STANDARD: QCoreApplication.translate("Worksheet", "standard due diligence"),
        Measure.ENHANCED: QCoreApplication.translate("Worksheet", "enhanced due diligence"),
    }
    return labels[measure]


def decision_label(decision: Decision, definition: Definition | None = None, lang: str = "") -> str:
    if definition is not None and decision in definition.decision.labels:
        return definition.decision.labels[decision].get(lang)
    labels = {
        Decision.ACCEPT: QCoreApplication.translate("Worksheet", "Accept"),
        Decision.ACCEPT_WITH_CONDITIONS: QCoreApplication.translate(
            "Worksheet", "Accept with conditions"
        ),
        Decision.MORE_INFORMATION: QCoreApplication.translate(
            "Worksheet", "Ask for more information"
        ),
        Decision.ESCALATE: QCoreApplication.translate("Worksheet", "Escalate"),
        Decision.DECLINE: QCoreApplication.translate("Worksheet", "Decline"),
    }
    return labels[decision]


def category_label(category: str) -> str:
    labels = {
        "client": QCoreApplication.translate("Worksheet", "client"),
        "product": QCoreApplication.translate("Worksheet", "product"),
        "geography": QCoreApplication.translate("Worksheet", "geography"),
        "channel": QCoreApplication.translate("Worksheet", "channel"),
    }
    return labels.get(category, category)


class RiskPanel(QWidget):
    article_requested = Signal(str)

    def __init__(self, definition: Definition, lang: str) -> None:
        super().__init__()
        self.definition = definition
        self.lang = lang
        title = QCoreApplication.translate("Worksheet", "Risk")  # not in an f-string: lupdate
        heading = QLabel(f"<h3>{html.escape(title)}</h3>")  # reads no calls inside one
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(
            QCoreApplication.translate("Worksheet", "Proposed classification")
        )
        self.measures = QLabel()
        self.measures.setWordWrap(True)
        self.measures.setAccessibleName(QCoreApplication.translate("Worksheet", "Measures"))
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #c01c28;")
        self.notice.setAccessibleName(QCoreApplication.translate("Worksheet", "Warning"))
        self.factors = QListWidget()
        self.factors.setWordWrap(True)
        self.factors.setAccessibleName(QCoreApplication.translate("Worksheet", "Risk factors"))
        self.factors.itemActivated.connect(self._open)
        self.factors.itemDoubleClicked.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        for widget in (heading, self.summary, self.measures, self.notice):
            layout.addWidget(widget)
        layout.addWidget(self.factors, 1)

    def update_state(self, state: WorksheetState) -> None:
        proposal = state.proposal
        text = (
            QCoreApplication.translate(
                "Worksheet", "Proposed: %1, %2; proposed decision: %3 (score %4)"
            )
            .replace("%1", level_label(proposal.level))
            .replace("%2", measure_label(proposal.measure))
            .replace("%3", decision_label(proposal.decision, self.definition, self.lang))
            .replace("%4", f"{proposal.score:+d}")
        )
        self.summary.setText(text)
        measure = self.definition.classification.measures.get(proposal.measure)
        self.measures.setText(measure.get(self.lang) if measure else "")
        self.measures.setVisible(measure is not None)
        notices = []
        if proposal.knockouts:
            notices.append(
                QCoreApplication.translate(
                    "Worksheet", "A knock-out factor decides on its own: %1"
                ).replace("%1", ", ".join(proposal.knockouts))
            )
        if proposal.exploitation:
            notices.append(
                QCoreApplication.translate(
                    "Worksheet", "Signs of exploitation: escalate, never an automatic decline."
                )
            )
        self.notice.setText("\n".join(notices))
        self.notice.setVisible(bool(notices))
        self.factors.clear()
        if not state.factors:
            item = QListWidgetItem(
                QCoreApplication.translate("Worksheet", "No risk factors found yet.")
            )
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.factors.addItem(item)
        for factor in state.factors:
            text = (
                f"{factor.reason.get(self.lang)} "
                f"({category_label(factor.category)}, {factor.weight:+d})"
            )
            item = QListWidgetItem(text)
            item.setData(ARTICLE_ROLE, factor.article)
            item.setToolTip(
                QCoreApplication.translate("Worksheet", "Open the article: %1").replace(
                    "%1", factor.article
                )
            )
            self.factors.addItem(item)

    def factor_texts(self) -> list[str]:
        return [self.factors.item(i).text() for i in range(self.factors.count())]

    def _open(self, item: QListWidgetItem) -> None:
        article = item.data(ARTICLE_ROLE)
        if article:
            self.article_requested.emit(article)
