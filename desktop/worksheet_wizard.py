"""The client-acceptance worksheet wizard, and the "Worksheet" menu of the main window.

Left: a table of contents with each step's state (complete, missing, invalid, not applicable);
centre: the page (questions from the definition, then the decision and the four-eyes review);
right: the live risk panel and an article panel where help and KB links open beside the form.

Everything the wizard knows about rules comes from the engine (`kb.worksheet`): the state after
each answer, the proposal, and `decision.problems` for finalising. "Next" never blocks;
"Finalise" does, listing what is missing with links to it. Each answer is autosaved to the draft
(`kb.worksheet.storage`); typing in the decision form is saved after a short pause or on
`flush()`. At start-up an unfinished draft is offered back (`WorksheetActions.offer_unfinished`).

An open draft is locked (`DraftLock`): another instance that opens it is told who holds it and may
open it read-only or take it over. With "Protect worksheets with a passphrase" on, drafts and
records are written encrypted; the passphrase is asked once and kept in memory for the session.
The engine's messages are shown in the language of the interface (`kb.worksheet.messages`).
"""

from __future__ import annotations

import datetime as dt
import html
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.article_view import ArticleView
from desktop.record_view import RecordView
from desktop.risk_panel import RiskPanel, decision_label, level_label
from desktop.worksheet_pages import EvidenceWidget, PageWidget, QuestionWidget, article_links
from kb import Library
from kb.worksheet import decision as decisions
from kb.worksheet.crypto import Passphrase
from kb.worksheet.decision import DecisionInput
from kb.worksheet.definitions import LoadedDefinition
from kb.worksheet.engine import Worksheet, WorksheetState
from kb.worksheet.messages import Message, in_lang
from kb.worksheet.models import Decision, Level
from kb.worksheet.record import Record
from kb.worksheet.session import decision_input, evidence_items, product_of
from kb.worksheet.session import finalise as finalise_draft
from kb.worksheet.storage import (
    Autosaver,
    Draft,
    DraftLock,
    DraftLocked,
    DraftStore,
    LockHolder,
    Protection,
    RecordStore,
    StorageError,
    is_protected_file,
)

if TYPE_CHECKING:
    from desktop.main_window import MainWindow

STEP_ROLE = Qt.ItemDataRole.UserRole
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
QUESTION_ROLE = Qt.ItemDataRole.UserRole + 2
SAVE_DELAY_MS = 800

Clock = Callable[[], dt.datetime]


def local_now() -> dt.datetime:
    return dt.datetime.now().astimezone().replace(microsecond=0)


def _override_level(raw: dict[str, Any] | None) -> Level | None:
    """The override level as typed in the decision form (None: no override, or none chosen)."""
    override = (raw or {}).get("override") or {}
    level = override.get("level") if isinstance(override, dict) else None
    return Level(level) if level in {lv.value for lv in Level} else None


def status_label(status: str) -> str:
    labels = {
        "complete": QCoreApplication.translate("Worksheet", "complete"),
        "missing": QCoreApplication.translate("Worksheet", "missing"),
        "invalid": QCoreApplication.translate("Worksheet", "invalid"),
        "not-applicable": QCoreApplication.translate("Worksheet", "not applicable"),
    }
    return labels.get(status, status)


def _text(edit: QPlainTextEdit | QLineEdit) -> str:
    return edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()


def _short_edit(name: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(70)
    return edit


# -- the decision and the review --------------------------------------------------------------


class DecisionPage(QScrollArea):
    """Decision, motivation, conditions, override, decline ground, officer; engine messages."""

    edited = Signal()

    def __init__(self, loaded: LoadedDefinition, lang: str, titles: dict[str, str]) -> None:
        super().__init__()
        self.definition = loaded.definition
        self.lang = lang
        self.setWidgetResizable(True)
        self.setAccessibleName(QCoreApplication.translate("Worksheet", "Decision"))
        rules = self.definition.decision
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(
            QLabel(f"<h2>{html.escape(QCoreApplication.translate('Worksheet', 'Decision'))}</h2>")
        )
        self.proposal = QLabel()
        self.proposal.setWordWrap(True)
        self.proposal.setAccessibleName(QCoreApplication.translate("Worksheet", "Proposal"))
        column.addWidget(self.proposal)
        self.exploitation = QLabel()
        self.exploitation.setWordWrap(True)
        self.exploitation.setStyleSheet("color: #c01c28;")
        self.exploitation.setAccessibleName(
            QCoreApplication.translate("Worksheet", "Signs of exploitation")
        )
        column.addWidget(self.exploitation)
        if rules.articles:
            links = QLabel(article_links(rules.articles, titles))
            links.setTextFormat(Qt.TextFormat.RichText)
            links.setAccessibleName(QCoreApplication.translate("Worksheet", "Articles"))
            links.linkActivated.connect(self._link)
            column.addWidget(links)
        self.article_requested: Callable[[str], None] | None = None

        form = QFormLayout()
        self.decision = QComboBox()
        self.decision.addItem("—", None)
        for option in rules.options:
            self.decision.addItem(decision_label(option, self.definition, lang), option.value)
        self.motivation = _short_edit(QCoreApplication.translate("Worksheet", "Motivation"))
        self.conditions = _short_edit(QCoreApplication.translate("Worksheet", "Conditions"))
        self.override = QCheckBox(
            QCoreApplication.translate("Worksheet", "Override the proposed classification")
        )
        self.override_level = QComboBox()
        self.override_level.addItem("—", None)
        for level in Level:
            self.override_level.addItem(level_label(level), level.value)
        self.override_reason = _short_edit(
            QCoreApplication.translate("Worksheet", "Reason for the override")
        )
        self.ground = QComboBox()
        self.ground.addItem("—", None)
        for ground in rules.decline_grounds:
            label = ground.label.get(lang) + (f" ({ground.reference})" if ground.reference else "")
            self.ground.addItem(label, ground.id)
        self.basic_account = QComboBox()
        self.basic_account.addItem("—", None)
        self.basic_account.addItem(QCoreApplication.translate("Worksheet", "Yes"), "yes")
        self.basic_account.addItem(QCoreApplication.translate("Worksheet", "No"), "no")
        self.basic_note = QLineEdit()
        self.officer_name = QLineEdit()
        self.officer_role = QLineEdit()
        self.rows: dict[str, tuple[QWidget, str]] = {
            "decision": (self.decision, QCoreApplication.translate("Worksheet", "Decision")),
            "motivation": (
                self.motivation,
                QCoreApplication.translate("Worksheet", "Motivation"),
            ),
            "conditions": (
                self.conditions,
                QCoreApplication.translate("Worksheet", "Conditions"),
            ),
            "override": (self.override, ""),
            "override_level": (
                self.override_level,
                QCoreApplication.translate("Worksheet", "Classification instead"),
            ),
            "override_reason": (
                self.override_reason,
                QCoreApplication.translate("Worksheet", "Reason for the override"),
            ),
            "ground": (self.ground, QCoreApplication.translate("Worksheet", "Decline ground")),
            "basic_account": (
                self.basic_account,
                QCoreApplication.translate("Worksheet", "Was a basic payment account considered?"),
            ),
            "basic_note": (
                self.basic_note,
                QCoreApplication.translate("Worksheet", "Basic payment account: note"),
            ),
            "officer_name": (
                self.officer_name,
                QCoreApplication.translate("Worksheet", "Officer: name"),
            ),
            "officer_role": (
                self.officer_role,
                QCoreApplication.translate("Worksheet", "Officer: role"),
            ),
        }
        self.labels: dict[str, QLabel] = {}
        for key, (widget, name) in self.rows.items():
            if name:
                widget.setAccessibleName(name)
                buddy = QLabel(name)
                buddy.setBuddy(widget)
                self.labels[key] = buddy
                form.addRow(buddy, widget)
            else:
                widget.setAccessibleName(self.override.text())
                form.addRow(widget)
        column.addLayout(form)
        self.problems_label = QLabel(
            QCoreApplication.translate("Worksheet", "What the rules still ask:")
        )
        column.addWidget(self.problems_label)
        self.problems = QListWidget()
        self.problems.setWordWrap(True)
        self.problems.setAccessibleName(
            QCoreApplication.translate("Worksheet", "Problems with the decision")
        )
        column.addWidget(self.problems)
        column.addStretch(1)
        self.setWidget(body)
        for combo in (self.decision, self.override_level, self.ground, self.basic_account):
            combo.currentIndexChanged.connect(self._edited)
        for edit in (self.motivation, self.conditions, self.override_reason):
            edit.textChanged.connect(self._edited)
        for line in (self.basic_note, self.officer_name, self.officer_role):
            line.textChanged.connect(self._edited)
        self.override.toggled.connect(self._edited)
        self._show_rows()

    def _link(self, target: str) -> None:
        if self.article_requested is not None:
            self.article_requested(target.removeprefix("kb:"))

    def _edited(self) -> None:
        self._show_rows()
        self.edited.emit()

    def _show_rows(self) -> None:
        choice = self.decision.currentData()
        visible = {
            "conditions": choice == Decision.ACCEPT_WITH_CONDITIONS.value,
            "override_level": self.override.isChecked(),
            "override_reason": self.override.isChecked(),
            "ground": choice == Decision.DECLINE.value,
            "basic_account": choice == Decision.DECLINE.value
            and self.definition.decision.basic_account_question,
            "basic_note": choice == Decision.DECLINE.value
            and self.definition.decision.basic_account_question,
        }
        for key, shown in visible.items():
            self.rows[key][0].setVisible(shown)
            self.labels[key].setVisible(shown)

    def read(self) -> dict[str, Any]:
        """The decision as typed (validated later by `decision_input`)."""
        raw: dict[str, Any] = {
            "decision": self.decision.currentData(),
            "officer": {"name": self.officer_name.text(), "role": self.officer_role.text()},
            "motivation": self.motivation.toPlainText(),
        }
        choice = self.decision.currentData()
        if choice == Decision.ACCEPT_WITH_CONDITIONS.value:
            raw["conditions"] = self.conditions.toPlainText()
        if self.override.isChecked():
            raw["override"] = {
                "level": self.override_level.currentData(),
                "reason": self.override_reason.toPlainText(),
            }
        if choice == Decision.DECLINE.value:
            raw["ground"] = self.ground.currentData()
            raw["basic_account_considered"] = self.basic_account.currentData()
            raw["basic_account_note"] = self.basic_note.text() or None
        return raw

    def show_raw(self, raw: dict[str, Any]) -> None:
        widgets: list[QWidget] = [w for w, _ in self.rows.values()]
        for widget in widgets:
            widget.blockSignals(True)
        try:
            officer = raw.get("officer") or {}
            override = raw.get("override") or {}
            for combo, value in (
                (self.decision, raw.get("decision")),
                (self.override_level, override.get("level")),
                (self.ground, raw.get("ground")),
                (self.basic_account, raw.get("basic_account_considered")),
            ):
                combo.setCurrentIndex(max(0, combo.findData(value)) if value else 0)
            self.motivation.setPlainText(raw.get("motivation") or "")
            self.conditions.setPlainText(raw.get("conditions") or "")
            self.override.setChecked(bool(raw.get("override")))
            self.override_reason.setPlainText(override.get("reason") or "")
            self.basic_note.setText(raw.get("basic_account_note") or "")
            self.officer_name.setText(officer.get("name") or "")
            self.officer_role.setText(officer.get("role") or "")
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._show_rows()

    def update_state(self, state: WorksheetState, problems: list[str]) -> None:
        proposal = state.proposal
        self.proposal.setText(
            QCoreApplication.translate("Worksheet", "The engine proposes: %1 (%2).")
            .replace("%1", decision_label(proposal.decision, self.definition, self.lang))
            .replace("%2", level_label(proposal.level))
        )
        if proposal.exploitation:
            self.exploitation.setText(
                QCoreApplication.translate(
                    "Worksheet",
                    "Signs of exploitation (%1): escalate; answer the reporting question.",
                ).replace("%1", ", ".join(proposal.exploitation))
            )
        self.exploitation.setVisible(bool(proposal.exploitation))
        self.problems.clear()
        for problem in problems:
            self.problems.addItem(problem)
        if not problems:
            self.problems.addItem(QCoreApplication.translate("Worksheet", "Nothing: ready."))


class ReviewPage(QScrollArea):
    """The four-eyes review: who reviewed, their verdict and note (the time is recorded)."""

    edited = Signal()

    def __init__(self, clock: Clock) -> None:
        super().__init__()
        self.clock = clock
        self.at: str | None = None
        self.setWidgetResizable(True)
        self.setAccessibleName(QCoreApplication.translate("Worksheet", "Four-eyes review"))
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(
            QLabel(
                f"<h2>{html.escape(QCoreApplication.translate('Worksheet', 'Four-eyes review'))}"
                "</h2>"
            )
        )
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.reasons.setAccessibleName(
            QCoreApplication.translate("Worksheet", "Why a review is needed")
        )
        column.addWidget(self.reasons)
        form = QFormLayout()
        self.name = QLineEdit()
        self.role = QLineEdit()
        self.verdict = QComboBox()
        self.verdict.addItem("—", None)
        self.verdict.addItem(QCoreApplication.translate("Worksheet", "Agree"), "agree")
        self.verdict.addItem(QCoreApplication.translate("Worksheet", "Send back"), "send-back")
        self.note = _short_edit(QCoreApplication.translate("Worksheet", "Reviewer's note"))
        self.when = QLabel()
        for widget, name in (
            (self.name, QCoreApplication.translate("Worksheet", "Reviewer: name")),
            (self.role, QCoreApplication.translate("Worksheet", "Reviewer: role")),
            (self.verdict, QCoreApplication.translate("Worksheet", "Verdict")),
            (self.note, QCoreApplication.translate("Worksheet", "Reviewer's note")),
            (self.when, QCoreApplication.translate("Worksheet", "Reviewed at")),
        ):
            widget.setAccessibleName(name)
            form.addRow(name, widget)
        column.addLayout(form)
        column.addStretch(1)
        self.setWidget(body)
        self.name.textChanged.connect(self.edited)
        self.role.textChanged.connect(self.edited)
        self.note.textChanged.connect(self.edited)
        self.verdict.currentIndexChanged.connect(self._verdict_changed)

    def _verdict_changed(self) -> None:
        self.at = self.clock().isoformat() if self.verdict.currentData() else None
        self.when.setText(self.at or "")
        self.edited.emit()

    def read(self) -> dict[str, Any] | None:
        verdict = self.verdict.currentData()
        if not verdict:
            return None
        return {
            "reviewer": {"name": self.name.text(), "role": self.role.text()},
            "verdict": verdict,
            "at": self.at,
            "note": self.note.toPlainText() or None,
        }

    def show_raw(self, raw: dict[str, Any] | None) -> None:
        raw = raw or {}
        reviewer = raw.get("reviewer") or {}
        for widget in (self.name, self.role, self.verdict, self.note):
            widget.blockSignals(True)
        self.name.setText(reviewer.get("name") or "")
        self.role.setText(reviewer.get("role") or "")
        index = self.verdict.findData(raw.get("verdict")) if raw.get("verdict") else 0
        self.verdict.setCurrentIndex(max(0, index))
        self.note.setPlainText(raw.get("note") or "")
        for widget in (self.name, self.role, self.verdict, self.note):
            widget.blockSignals(False)
        self.at = raw.get("at")
        self.when.setText(self.at or "")

    def update_reasons(self, reasons: list[str]) -> None:
        """`reasons` in the interface language already."""
        if reasons:
            self.reasons.setText(
                QCoreApplication.translate(
                    "Worksheet", "A second person must review this decision: %1."
                ).replace("%1", ", ".join(reasons))
            )
        else:
            self.reasons.setText(
                QCoreApplication.translate(
                    "Worksheet", "No second review is required for this decision (yet)."
                )
            )


# -- the wizard -------------------------------------------------------------------------------


class WorksheetWizard(QWidget):
    """Fill one worksheet: pages, decision, review; autosaved; finalised into a sealed record."""

    saved = Signal()
    state_changed = Signal()
    finalised = Signal(object)  # Record
    review_requested = Signal(object)  # Record

    def __init__(
        self,
        library: Library,
        loaded: LoadedDefinition,
        content_version: str,
        draft: Draft,
        drafts: DraftStore,
        records: RecordStore,
        lang: str,
        css: str,
        clock: Clock = local_now,
        parent: QWidget | None = None,
        *,
        ui_lang: str | None = None,
        read_only: bool = False,
        lock: DraftLock | None = None,
    ) -> None:
        super().__init__(parent)
        if parent is not None:
            self.setWindowFlag(Qt.WindowType.Window)
        self.library = library
        self.loaded = loaded
        self.definition = loaded.definition
        self.content_version = content_version
        self.draft = draft
        self.drafts = drafts
        self.records = records
        self.lang = lang
        self.ui_lang = ui_lang or lang  # the engine's messages follow the interface
        self.read_only = read_only
        self.lock = lock
        self.css = css
        self.clock = clock
        self.record: Record | None = None
        self.record_path: Path | None = None
        self.record_view: RecordView | None = None
        self.checklist_view: QDialog | None = None
        self.autosaver = Autosaver(drafts, draft, interval=0.0)
        self.worksheet = Worksheet(self.definition, draft.answers, _override_level(draft.decision))
        self.resize(1300, 820)
        titles = {
            i: library.article(i, lang).meta.title for i in library.ids() if library.has(i, lang)
        }

        self.toc = QListWidget()
        self.toc.setAccessibleName(QCoreApplication.translate("Worksheet", "Table of contents"))
        self.stack = QStackedWidget()
        self.pages: list[PageWidget] = []
        self.questions: dict[str, QuestionWidget] = {}
        self.page_of: dict[str, int] = {}
        for index, page in enumerate(self.definition.pages):
            widget = PageWidget(page, lang, titles)
            widget.article_requested.connect(self.open_article)
            for question_id, question_widget in widget.widgets.items():
                question_widget.changed.connect(self._answer_changed)
                question_widget.help_requested.connect(self.show_help)
                if isinstance(question_widget, EvidenceWidget):
                    question_widget.checklist_requested.connect(self.open_checklist)
                self.questions[question_id] = question_widget
                self.page_of[question_id] = index
            self.pages.append(widget)
            self.stack.addWidget(widget)
        self.decision_page = DecisionPage(loaded, lang, titles)
        self.decision_page.article_requested = self.open_article
        self.decision_page.edited.connect(self._decision_edited)
        self.review_page = ReviewPage(clock)
        self.review_page.edited.connect(self._decision_edited)
        self.decision_step = self.stack.addWidget(self.decision_page)
        self.review_step = self.stack.addWidget(self.review_page)
        for _ in range(self.stack.count()):
            self.toc.addItem(QListWidgetItem())
        self.toc.currentRowChanged.connect(self._toc_changed)

        self.back_button = QPushButton(QCoreApplication.translate("Worksheet", "&Back"))
        self.next_button = QPushButton(QCoreApplication.translate("Worksheet", "&Next"))
        self.finalise_button = QPushButton(QCoreApplication.translate("Worksheet", "&Finalise"))
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.finalise_button.clicked.connect(self.finalise)
        for button in (self.back_button, self.next_button, self.finalise_button):
            button.setAccessibleName(button.text().replace("&", ""))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(QCoreApplication.translate("Worksheet", "Message"))
        self.blockers = QListWidget()
        self.blockers.setWordWrap(True)
        self.blockers.setAccessibleName(
            QCoreApplication.translate("Worksheet", "What blocks finalising")
        )
        self.blockers.itemActivated.connect(self._blocker_activated)
        self.blockers.itemClicked.connect(self._blocker_activated)
        self.blockers.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.finalise_button)
        self.centre = QWidget()
        centre_layout = QVBoxLayout(self.centre)
        centre_layout.addWidget(self.stack, 1)
        centre_layout.addWidget(self.message)
        centre_layout.addWidget(self.blockers)
        centre_layout.addLayout(buttons)

        self.risk = RiskPanel(self.definition, lang)
        self.risk.article_requested.connect(self.open_article)
        self.articles = ArticleView(library)
        self.articles.article_requested.connect(self.open_article)
        self.articles.setAccessibleName(
            QCoreApplication.translate("Worksheet", "Help and articles")
        )
        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(self.risk)
        side.addWidget(self.articles)
        side.setSizes([300, 500])
        splitter = QSplitter()
        splitter.addWidget(self.toc)
        splitter.addWidget(self.centre)
        splitter.addWidget(side)
        splitter.setSizes([230, 640, 430])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)

        for question_id, editor in self.questions.items():
            editor.set_value(draft.answers.get(question_id))
        self.decision_page.show_raw(draft.decision or {})
        self.review_page.show_raw((draft.decision or {}).get("review"))
        self.articles.browser.setHtml(
            f"<h2>{html.escape(self.definition.title.get(lang))}</h2>"
            f"<p>{html.escape(self.definition.intro.get(lang))}</p>"
            f"<p><i>{html.escape(self.definition.special_category_notice.get(lang))}</i></p>"
        )
        if draft.definition_version != self.definition.version:
            self.message.setText(
                QCoreApplication.translate(
                    "Worksheet", "Draft made with worksheet version %1; now version %2."
                )
                .replace("%1", draft.definition_version)
                .replace("%2", self.definition.version)
            )
        if read_only:
            for page_widget in [*self.pages, self.decision_page, self.review_page]:
                page_widget.setEnabled(False)
            self.finalise_button.setEnabled(False)
            self.message.setText(
                QCoreApplication.translate(
                    "Worksheet",
                    "Read-only: the draft is open in another Toegang; nothing is saved.",
                )
            )
        self.refresh()
        self.go_to(0)

    # -- state --------------------------------------------------------------------------------
    def state(self) -> WorksheetState:
        return self.worksheet.state()

    def _decision_for_rules(self) -> tuple[DecisionInput | None, list[str]]:
        """The decision as typed, for the rules; a blank officer does not hide their messages."""
        raw = dict(self.draft.decision or {})
        found = []
        officer = raw.get("officer") or {}
        if not (str(officer.get("name") or "").strip() and str(officer.get("role") or "").strip()):
            found.append(
                QCoreApplication.translate("Worksheet", "Give the officer's name and role.")
            )
            raw["officer"] = {"name": "?", "role": "?"}
        decision, problems = decision_input(raw)
        return decision, found + problems

    def decision_problems(self, state: WorksheetState) -> list[str]:
        """The engine's messages about the decision (what finalising would say)."""
        decision, found = self._decision_for_rules()
        if decision is None:
            return found
        return found + decisions.problems(self.definition, state, decision)

    def refresh(self) -> None:
        state = self.state()
        checklists = list(self.library.checklists.values())
        for question_id, widget in self.questions.items():
            widget.show_state(
                state.questions[question_id], self.worksheet.message(question_id, self.ui_lang)
            )
            if isinstance(widget, EvidenceWidget):
                widget.set_items(
                    evidence_items(self.definition, widget.question, self.draft.answers, checklists)
                )
        for index, page_state in enumerate(state.pages):
            page = self.definition.pages[index]
            self._set_toc(index, page.title.get(self.lang), page_state.status)
        problems = self.decision_problems(state)
        self.decision_page.update_state(state, in_lang(problems, self.ui_lang))
        self._set_toc(
            self.decision_step,
            QCoreApplication.translate("Worksheet", "Decision"),
            "complete" if not problems else "missing",
        )
        decision, _ = self._decision_for_rules()
        reasons = decisions.review_reasons(state, decision) if decision is not None else []
        self.review_page.update_reasons(in_lang(reasons, self.ui_lang))
        review = (self.draft.decision or {}).get("review")
        if not reasons:
            review_status = "not-applicable"
        elif review and review.get("verdict") == "agree":
            review_status = "complete"
        else:
            review_status = "missing"
        self._set_toc(
            self.review_step,
            QCoreApplication.translate("Worksheet", "Four-eyes review"),
            review_status,
        )
        self.risk.update_state(state)
        client = state.questions[self.definition.client_reference].value
        title = self.definition.title.get(self.lang)
        self.setWindowTitle(f"{title} — {client} — Toegang" if client else f"{title} — Toegang")
        self.state_changed.emit()

    def _set_toc(self, step: int, title: str, status: str) -> None:
        item = self.toc.item(step)
        text = f"{step + 1}. {title} — {status_label(status)}"
        item.setText(text)
        item.setData(STEP_ROLE, step)
        item.setData(STATUS_ROLE, status)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
        if status == "not-applicable":
            item.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
        else:
            item.setData(Qt.ItemDataRole.ForegroundRole, None)

    def toc_status(self, step: int) -> str:
        return str(self.toc.item(step).data(STATUS_ROLE))

    # -- answers and saving ------------------------------------------------------------------
    def who(self) -> str:
        name = self.decision_page.officer_name.text().strip()
        return name or os.environ.get("USER") or os.environ.get("USERNAME") or "officer"

    def _answer_changed(self, question_id: str, value: object) -> None:
        self.draft.set_answer(question_id, value, self.who(), self.clock())
        self.worksheet.set_answer(question_id, value)
        self.autosaver.dirty = True
        self.flush()
        self.refresh()

    def _decision_edited(self) -> None:
        raw = self.decision_page.read()
        review = self.review_page.read()
        if review is not None:
            raw["review"] = review
        self.draft.decision = raw
        self.draft.updated_at = self.clock()
        self.worksheet.set_override(_override_level(raw))  # EDD follows an upward override
        self.autosaver.dirty = True
        self._save_timer.start()
        self.refresh()

    def commit_all(self) -> None:
        """Take over values still being typed (a line without Return)."""
        for widget in self.questions.values():
            widget.commit()

    def flush(self) -> bool:
        """Save the draft now if anything changed; False (with a message) when it cannot."""
        self._save_timer.stop()
        if self.record is not None or self.read_only:
            return True
        try:
            self.autosaver.flush()
        except (StorageError, OSError) as exc:
            self.message.setText(
                QCoreApplication.translate("Worksheet", "The draft could not be saved: %1").replace(
                    "%1", str(exc)
                )
            )
            return False
        self.saved.emit()
        return True

    # -- navigation --------------------------------------------------------------------------
    def current_step(self) -> int:
        return self.stack.currentIndex()

    def go_to(self, step: int) -> None:
        if self.record is not None:
            return
        self.commit_all()
        step = max(0, min(step, self.toc.count() - 1))
        self.stack.setCurrentIndex(step)
        self.toc.blockSignals(True)
        self.toc.setCurrentRow(step)
        self.toc.blockSignals(False)
        self.back_button.setEnabled(step > 0)
        self.next_button.setEnabled(step < self.toc.count() - 1)

    def go_next(self) -> None:
        """Next never blocks: what is missing shows in the table of contents."""
        self.go_to(self.current_step() + 1)

    def go_back(self) -> None:
        self.go_to(self.current_step() - 1)

    def _toc_changed(self, row: int) -> None:
        if row >= 0:
            self.go_to(row)

    def go_to_question(self, question_id: str) -> None:
        self.go_to(self.page_of[question_id])
        widget = self.questions[question_id]
        self.pages[self.page_of[question_id]].ensureWidgetVisible(widget)
        widget.focus_editor()

    # -- help, articles and the checklist -------------------------------------------------------
    def open_article(self, article_id: str) -> None:
        lang = self.lang if self.library.has(article_id, self.lang) else None
        if lang is None:
            lang = next((c for c in ("nl", "en") if self.library.has(article_id, c)), None)
        if lang is None:
            self.message.setText(
                QCoreApplication.translate("Worksheet", "There is no article %1.").replace(
                    "%1", article_id
                )
            )
            return
        self.articles.show_article(self.library.article(article_id, lang))

    def show_help(self, question_id: str) -> None:
        question = self.definition.question(question_id)
        parts = [f"<h2>{html.escape(question.label.get(self.lang))}</h2>"]
        if question.help is not None:
            parts.append(f"<p>{html.escape(question.help.get(self.lang))}</p>")
        for article_id in question.articles:
            title = (
                self.library.article(article_id, self.lang).meta.title
                if self.library.has(article_id, self.lang)
                else article_id
            )
            parts.append(
                f"<p><a href='kb:{html.escape(article_id, quote=True)}'>"
                f"{html.escape(title)}</a></p>"
            )
        self.articles.article = None
        self.articles.browser.setHtml("".join(parts))

    def open_checklist(self) -> None:
        from desktop.checklist_view import ChecklistView

        dialog = ChecklistView(self.library, self.lang, self.css, self)
        dialog.article_requested.connect(self.open_article)
        work_form = self.draft.answers.get("work_form")
        product = product_of(self.definition, self.draft.answers)
        if isinstance(work_form, str) and product is not None:
            dialog.choose(work_form, product)
        self.checklist_view = dialog
        dialog.show()

    # -- finalising --------------------------------------------------------------------------
    def finalise(self) -> Record | None:
        """Finalise if the rules allow it; otherwise list what blocks it, with links."""
        if self.read_only:
            return None
        self.commit_all()
        self._decision_edited()
        state = self.state()
        decision, problems = decision_input(self.draft.decision)
        record = None
        if decision is None:
            problems = self.decision_problems(state)
        else:
            result = finalise_draft(
                self.loaded, self.content_version, self.draft, decision, self.clock()
            )
            problems, record = result.problems, result.record
        if record is None:
            self._show_blockers(state, problems)
            self.flush()
            return None
        try:
            self.record_path = self.records.save(record)
        except (StorageError, OSError) as exc:
            self._show_blockers(state, [str(exc)])
            return None
        self._save_timer.stop()
        self.drafts.discard(self.draft.id)
        self.record = record
        self.blockers.hide()
        self.message.setText(
            QCoreApplication.translate("Worksheet", "Finalised and sealed: %1").replace(
                "%1", str(self.record_path)
            )
        )
        view = RecordView(record, self.lang, self.css)
        view.review_requested.connect(self.review_requested)
        self.record_view = view
        self.stack.setCurrentIndex(self.stack.addWidget(view))
        self.toc.setEnabled(False)
        for button in (self.back_button, self.next_button, self.finalise_button):
            button.setEnabled(False)
        self.finalised.emit(record)
        return record

    def _show_blockers(self, state: WorksheetState, problems: list[str]) -> None:
        self.message.setText(
            QCoreApplication.translate(
                "Worksheet",
                "This worksheet cannot be finalised yet (%n problem(s)):",
                "",
                len(problems),
            )
        )
        self.blockers.clear()
        review_ids = {"finalise.review", "finalise.reviewer-same", "finalise.sent-back"}
        for problem in problems:
            message_id = problem.id if isinstance(problem, Message) else ""
            item = QListWidgetItem(
                problem.text(self.ui_lang) if isinstance(problem, Message) else problem
            )
            question = problem.args.get("question") if isinstance(problem, Message) else None
            if message_id == "finalise.invalid" and question in self.page_of:
                item.setData(QUESTION_ROLE, question)
            elif message_id == "finalise.missing" and state.missing:
                item.setData(QUESTION_ROLE, state.missing[0])
            elif message_id in review_ids:
                item.setData(STEP_ROLE, self.review_step)
            else:
                item.setData(STEP_ROLE, self.decision_step)
            self.blockers.addItem(item)
        for question_id in [*state.missing, *state.invalid]:
            page = self.definition.pages[self.page_of[question_id]]
            question = self.definition.question(question_id)
            kind = (
                QCoreApplication.translate("Worksheet", "missing")
                if question_id in state.missing
                else QCoreApplication.translate("Worksheet", "invalid")
            )
            text = (
                QCoreApplication.translate("Worksheet", "Go to: %1 — %2 (%3)")
                .replace("%1", page.title.get(self.lang))
                .replace("%2", question.label.get(self.lang))
                .replace("%3", kind)
            )
            item = QListWidgetItem(text)
            item.setData(QUESTION_ROLE, question_id)
            self.blockers.addItem(item)
        self.blockers.show()

    def blocker_texts(self) -> list[str]:
        return [self.blockers.item(i).text() for i in range(self.blockers.count())]

    def _blocker_activated(self, item: QListWidgetItem) -> None:
        question_id = item.data(QUESTION_ROLE)
        if question_id:
            self.go_to_question(question_id)
        elif item.data(STEP_ROLE) is not None:
            self.go_to(int(item.data(STEP_ROLE)))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.record is None:
            self.commit_all()
            self.flush()
        if self.lock is not None and not self.read_only:
            self.lock.release()
        super().closeEvent(event)


# -- open, resume, review --------------------------------------------------------------------


class WorksheetBrowser(QDialog):
    """Saved worksheets: drafts to resume, sealed records to open, and reviews due."""

    resume_requested = Signal(object)  # Draft
    record_requested = Signal(object)  # Record
    review_requested = Signal(object)  # Record

    DRAFTS, RECORDS, REVIEWS = 0, 1, 2

    def __init__(
        self,
        drafts: DraftStore,
        records: RecordStore,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.drafts = drafts
        self.records = records
        self.today = today
        self.setWindowTitle(QCoreApplication.translate("Worksheet", "Worksheets"))
        self.resize(720, 480)
        self.tabs = QTabWidget()
        self.draft_list = QListWidget()
        self.record_list = QListWidget()
        self.review_list = QListWidget()
        for widget, name in (
            (self.draft_list, QCoreApplication.translate("Worksheet", "Drafts")),
            (self.record_list, QCoreApplication.translate("Worksheet", "Records")),
            (self.review_list, QCoreApplication.translate("Worksheet", "Reviews due")),
        ):
            widget.setAccessibleName(name)
            self.tabs.addTab(widget, name)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setAccessibleName(QCoreApplication.translate("Worksheet", "Problems"))
        self.resume_button = QPushButton(QCoreApplication.translate("Worksheet", "Resume"))
        self.discard_button = QPushButton(QCoreApplication.translate("Worksheet", "Discard draft"))
        self.open_button = QPushButton(QCoreApplication.translate("Worksheet", "Open record"))
        self.review_button = QPushButton(QCoreApplication.translate("Worksheet", "Start review"))
        close = QPushButton(QCoreApplication.translate("Worksheet", "Close"))
        self.resume_button.clicked.connect(self.resume)
        self.discard_button.clicked.connect(self.discard)
        self.open_button.clicked.connect(self.open_record)
        self.review_button.clicked.connect(self.start_review)
        close.clicked.connect(self.close)
        self.draft_list.itemActivated.connect(self.resume)
        self.record_list.itemActivated.connect(self.open_record)
        self.review_list.itemActivated.connect(self.start_review)
        buttons = QHBoxLayout()
        for button in (
            self.resume_button,
            self.discard_button,
            self.open_button,
            self.review_button,
        ):
            button.setAccessibleName(button.text())
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)
        self.by_id: dict[str, Record] = {}
        self.draft_by_id: dict[str, Draft] = {}
        self.reload()

    def reload(self) -> None:
        from kb.worksheet.monitoring import reviews_due

        drafts, draft_problems = self.drafts.unfinished()
        records, record_problems = self.records.all()
        self.draft_by_id = {d.id: d for d in drafts}
        self.by_id = {r.id: r for r in records}
        self.draft_list.clear()
        for draft in drafts:
            reference = draft.answers.get("client_ref") or "—"
            text = f"{reference} — {draft.definition_id} — {draft.updated_at:%Y-%m-%d %H:%M}"
            item = QListWidgetItem(text)
            item.setData(STEP_ROLE, draft.id)
            self.draft_list.addItem(item)
        self.record_list.clear()
        for record in sorted(records, key=lambda r: r.decided_at, reverse=True):
            text = (
                f"{record.client_reference} — {record.definition.id} — "
                f"{decision_label(record.decision)} — {record.decided_at:%Y-%m-%d}"
            )
            item = QListWidgetItem(text)
            item.setData(STEP_ROLE, record.id)
            self.record_list.addItem(item)
        self.review_list.clear()
        for due in reviews_due(records, self.today, within_days=30):
            text = (
                QCoreApplication.translate("Worksheet", "%1 — %2 — due %3")
                .replace("%1", due.client_reference)
                .replace("%2", due.definition_id)
                .replace("%3", due.due.isoformat())
            )
            if due.overdue_days:
                text += " — " + QCoreApplication.translate(
                    "Worksheet", "%n day(s) overdue", "", due.overdue_days
                )
            item = QListWidgetItem(text)
            item.setData(STEP_ROLE, due.record_id)
            self.review_list.addItem(item)
        self.problems.setText("\n".join([*draft_problems, *record_problems]))
        self.problems.setVisible(bool(draft_problems or record_problems))

    @staticmethod
    def _selected(widget: QListWidget) -> str | None:
        item = widget.currentItem()
        return str(item.data(STEP_ROLE)) if item is not None else None

    def resume(self) -> None:
        draft_id = self._selected(self.draft_list)
        if draft_id in self.draft_by_id:
            self.resume_requested.emit(self.draft_by_id[draft_id])
            self.accept()

    def discard(self) -> None:
        draft_id = self._selected(self.draft_list)
        if draft_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            QCoreApplication.translate("Worksheet", "Discard this draft? It cannot be undone."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.drafts.discard(draft_id)
            self.reload()

    def open_record(self) -> None:
        record_id = self._selected(self.record_list)
        if record_id in self.by_id:
            self.record_requested.emit(self.by_id[record_id])

    def start_review(self) -> None:
        record_id = self._selected(self.review_list)
        if record_id in self.by_id:
            self.review_requested.emit(self.by_id[record_id])
            self.accept()


# -- the menu in the main window -------------------------------------------------------------

RESTORE, DISCARD, LATER = "restore", "discard", "later"
READ_ONLY, TAKE_OVER, CANCEL = "read-only", "take-over", "cancel"
Prompt = Callable[[Draft, str], str]
# (new passphrase?) -> the passphrase, or None when the officer cancels
PassphrasePrompt = Callable[[bool], str | None]
LockPrompt = Callable[[LockHolder], str]


def ask_passphrase(parent: QWidget, new: bool) -> str | None:
    """Ask for the worksheet passphrase; a new one is typed twice."""
    title = QCoreApplication.translate("Worksheet", "Worksheet passphrase")
    label = (
        QCoreApplication.translate(
            "Worksheet", "New passphrase (kept in memory only, never stored):"
        )
        if new
        else QCoreApplication.translate("Worksheet", "Worksheets are protected. Passphrase:")
    )
    echo = QLineEdit.EchoMode.Password
    text, ok = QInputDialog.getText(parent, title, label, echo)
    if not ok or not text:
        return None
    if new:
        again, ok = QInputDialog.getText(
            parent, title, QCoreApplication.translate("Worksheet", "Repeat the passphrase:"), echo
        )
        if not ok or again != text:
            QMessageBox.warning(
                parent, title, QCoreApplication.translate("Worksheet", "The passphrases differ.")
            )
            return None
    return text


def ask_lock(parent: QWidget, holder: LockHolder) -> str:
    """A draft is open in another instance: READ_ONLY, TAKE_OVER or CANCEL."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Worksheet", "Draft in use"))
    box.setText(
        QCoreApplication.translate(
            "Worksheet", "Open in another Toegang: %1 on %2 (process %3, %4)."
        )
        .replace("%1", holder.user)
        .replace("%2", holder.host)
        .replace("%3", str(holder.pid))
        .replace("%4", holder.since)
    )
    box.setInformativeText(
        QCoreApplication.translate("Worksheet", "Open it read-only, or take it over?")
    )
    read_only = box.addButton(
        QCoreApplication.translate("Worksheet", "Open read-only"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    take_over = box.addButton(
        QCoreApplication.translate("Worksheet", "Take over"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is read_only:
        return READ_ONLY
    if clicked is take_over:
        return TAKE_OVER
    return CANCEL


def ask_restore(parent: QWidget, draft: Draft, title: str) -> str:
    """Ask whether to restore an unfinished draft: RESTORE, DISCARD or LATER."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Worksheet", "Unfinished worksheet"))
    box.setText(
        QCoreApplication.translate(
            "Worksheet", "An unfinished worksheet was found: %1, client %2, last saved %3."
        )
        .replace("%1", title)
        .replace("%2", str(draft.answers.get("client_ref") or "—"))
        .replace("%3", f"{draft.updated_at:%Y-%m-%d %H:%M}")
    )
    restore = box.addButton(
        QCoreApplication.translate("Worksheet", "Restore"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        QCoreApplication.translate("Worksheet", "Discard"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(
        QCoreApplication.translate("Worksheet", "Later"), QMessageBox.ButtonRole.RejectRole
    )
    box.exec()
    clicked = box.clickedButton()
    if clicked is restore:
        return RESTORE
    if clicked is discard:
        return DISCARD
    return LATER


class WorksheetActions(QObject):
    """The "Worksheet" menu: New, Open…, Reviews due; and the offer to restore a draft."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.clock: Clock = local_now
        self.prompt: Prompt = lambda draft, title: ask_restore(window, draft, title)
        self.ask_passphrase: PassphrasePrompt = lambda new: ask_passphrase(window, new)
        self.ask_lock: LockPrompt = lambda holder: ask_lock(window, holder)
        # The passphrase lives here, in memory, for this session only.
        self.protection = Protection(enabled=window.settings.protect_worksheets)
        self.wizard: WorksheetWizard | None = None
        self.record_view: RecordView | None = None
        self.browser: WorksheetBrowser | None = None
        self._definitions: dict[str, LoadedDefinition] | None = None
        self._drafts: DraftStore | None = None
        self._records: RecordStore | None = None
        self.menu = QMenu(window)
        self.act_new = QAction(self)
        self.act_new.triggered.connect(lambda: self.new_worksheet())
        self.act_open = QAction(self)
        self.act_open.triggered.connect(lambda: self.open_browser())
        self.act_open_file = QAction(self)
        self.act_open_file.triggered.connect(self.open_record_dialog)
        self.act_reviews = QAction(self)
        self.act_reviews.triggered.connect(lambda: self.open_browser(WorksheetBrowser.REVIEWS))
        for action in (self.act_new, self.act_open, self.act_open_file, self.act_reviews):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.act_protect = QAction(self)
        self.act_protect.setCheckable(True)
        self.act_protect.setChecked(self.protection.enabled)
        self.act_protect.toggled.connect(self.set_protection)
        self.menu.addAction(self.act_protect)
        # Right after "Go": other menus (Workshop) keep their place before "Help".
        bar = window.menuBar()
        menus = bar.actions()
        after_go = menus.index(window.menu_go.menuAction()) + 1
        if after_go < len(menus):
            bar.insertMenu(menus[after_go], self.menu)
        else:
            bar.addMenu(self.menu)
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.menu.setTitle(QCoreApplication.translate("Worksheet", "W&orksheet"))
        for action, text in (
            (self.act_new, QCoreApplication.translate("Worksheet", "&New worksheet…")),
            (self.act_open, QCoreApplication.translate("Worksheet", "&Open or resume…")),
            (self.act_open_file, QCoreApplication.translate("Worksheet", "Open record &file…")),
            (self.act_reviews, QCoreApplication.translate("Worksheet", "&Reviews due…")),
            (
                self.act_protect,
                QCoreApplication.translate("Worksheet", "&Protect worksheets with a passphrase"),
            ),
        ):
            action.setText(text)
            action.setToolTip(text.replace("&", "").rstrip("…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    # -- data ----------------------------------------------------------------------------------
    def drafts(self) -> DraftStore:
        if self._drafts is None:
            self._drafts = DraftStore(protection=self.protection)
        return self._drafts

    def records(self) -> RecordStore:
        if self._records is None:
            self._records = RecordStore(protection=self.protection)
        return self._records

    # -- passphrase protection -----------------------------------------------------------------
    def set_protection(self, enabled: bool) -> None:
        """The setting "Protect worksheets with a passphrase": new files are written encrypted."""
        if enabled and self.protection.passphrase is None and not self.unlock(new=True):
            self.act_protect.setChecked(False)  # no passphrase chosen: stays off
            return
        self.protection.enabled = enabled
        self.window.settings.protect_worksheets = enabled

    def unlock(self, new: bool = False) -> bool:
        """Ask for the passphrase (once per session); False when none was given or it is wrong."""
        if self.protection.passphrase is not None:
            return True
        secret = self.ask_passphrase(new)
        if not secret:
            return False
        candidate = Passphrase(secret)
        if not new:
            trial = Protection(passphrase=candidate)
            still = DraftStore(self.drafts().folder.parent, trial).locked_out()
            still += RecordStore(self.records().folder.parent, trial).locked_out()
            if still:
                self._warn(
                    QCoreApplication.translate(
                        "Worksheet", "The passphrase does not open %1. Nothing was changed."
                    ).replace("%1", still[0].name)
                )
                return False
        self.protection.passphrase = candidate
        return True

    def _unlock_stored(self) -> None:
        """Before listing: ask for the passphrase when protected files cannot be read yet."""
        if self.protection.passphrase is None and (
            self.drafts().locked_out() or self.records().locked_out()
        ):
            self.unlock()

    def definitions(self) -> dict[str, LoadedDefinition]:
        if self._definitions is None:
            from kb import ContentError
            from kb.worksheet.definitions import KnownIds, load_definitions

            library = self.window.library
            try:
                self._definitions = load_definitions(KnownIds.of(library), library.root)
            except ContentError as exc:
                self._warn("\n".join(str(p) for p in exc.problems[:10]))
                self._definitions = {}
        return self._definitions

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self.window, "Toegang", html.escape(text))

    # -- actions -------------------------------------------------------------------------------
    def new_worksheet(self, definition_id: str | None = None) -> WorksheetWizard | None:
        definitions = self.definitions()
        if definition_id is None:
            if not definitions:
                self._warn(QCoreApplication.translate("Worksheet", "There are no worksheets."))
                return None
            lang = self.window.content_lang
            titles = {d.definition.title.get(lang): key for key, d in definitions.items()}
            chosen, ok = QInputDialog.getItem(
                self.window,
                QCoreApplication.translate("Worksheet", "New worksheet"),
                QCoreApplication.translate("Worksheet", "Worksheet:"),
                list(titles),
                0,
                False,
            )
            if not ok:
                return None
            definition_id = titles[chosen]
        loaded = definitions[definition_id]
        if self.protection.enabled and not self.unlock():
            return None  # a protected draft cannot be saved without the passphrase
        draft = Draft.new(loaded.definition.id, loaded.definition.version, self.clock())
        return self.open_draft(draft)

    def open_draft(self, draft: Draft) -> WorksheetWizard | None:
        loaded = self.definitions().get(draft.definition_id)
        if loaded is None:
            self._warn(
                QCoreApplication.translate(
                    "Worksheet", "The worksheet %1 of this draft is not available."
                ).replace("%1", draft.definition_id)
            )
            return None
        lock = self.drafts().lock(draft.id)
        read_only = False
        try:
            lock.acquire()
        except DraftLocked as exc:
            choice = self.ask_lock(exc.holder)
            if choice == CANCEL:
                return None
            if choice == TAKE_OVER:
                lock.take_over()
            else:
                read_only = True
        except OSError as exc:
            self._warn(str(exc))
            return None
        wizard = WorksheetWizard(
            self.window.library,
            loaded,
            self.window.library.version,
            draft,
            self.drafts(),
            self.records(),
            self.window.content_lang,
            self.window.css(),
            clock=self.clock,
            parent=self.window,
            ui_lang=self.window.ui_lang,
            read_only=read_only,
            lock=lock,
        )
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.review_requested.connect(self.start_review)
        self.wizard = wizard
        wizard.show()
        return wizard

    def open_browser(self, tab: int = WorksheetBrowser.DRAFTS) -> WorksheetBrowser:
        self._unlock_stored()
        browser = WorksheetBrowser(self.drafts(), self.records(), self.clock().date(), self.window)
        browser.tabs.setCurrentIndex(tab)
        browser.resume_requested.connect(self.open_draft)
        browser.record_requested.connect(self.show_record)
        browser.review_requested.connect(self.start_review)
        browser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.browser = browser
        browser.show()
        return browser

    def show_record(self, record: Record) -> RecordView:
        view = RecordView(record, self.window.content_lang, self.window.css())
        view.setParent(self.window, Qt.WindowType.Window)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.review_requested.connect(self.start_review)
        view.resize(800, 700)
        self.record_view = view
        view.show()
        return view

    def open_record_file(self, path: Path) -> RecordView | None:
        """Open a record file after verifying its seal; a damaged file gives a clear message."""
        from kb.worksheet.storage import load_record

        if is_protected_file(path) and not self.unlock():
            return None
        try:
            record = load_record(path, self.protection)
        except StorageError as exc:
            self._warn(str(exc))
            return None
        return self.show_record(record)

    def open_record_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            QCoreApplication.translate("Worksheet", "Open a worksheet record"),
            str(self.records().folder),
            QCoreApplication.translate("Worksheet", "Records (*.json)"),
        )
        if name:
            self.open_record_file(Path(name))

    def start_review(self, record: Record) -> WorksheetWizard | None:
        from kb.worksheet.monitoring import start_review

        loaded = self.definitions().get(record.definition.id)
        if loaded is None:
            self._warn(
                QCoreApplication.translate(
                    "Worksheet", "The worksheet %1 of this draft is not available."
                ).replace("%1", record.definition.id)
            )
            return None
        who = os.environ.get("USER") or os.environ.get("USERNAME") or "officer"
        draft = start_review(record, loaded.definition.version, self.clock(), who)
        return self.open_draft(draft)

    def offer_unfinished(self) -> WorksheetWizard | None:
        """At start-up: offer the newest unfinished draft back (restore, discard or later)."""
        try:
            self._unlock_stored()
            drafts, problems = self.drafts().unfinished()
        except OSError as exc:
            problems, drafts = [str(exc)], []
        if problems:
            self.window.statusBar().showMessage("; ".join(problems))
        if not drafts:
            return None
        draft = drafts[0]
        loaded = self.definitions().get(draft.definition_id)
        title = (
            loaded.definition.title.get(self.window.content_lang) if loaded else draft.definition_id
        )
        choice = self.prompt(draft, title)
        if choice == RESTORE:
            return self.open_draft(draft)
        if choice == DISCARD:
            self.drafts().discard(draft.id)
        return None
