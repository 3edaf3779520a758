"""Workshop mode for trainers: step through a plan, present, run exercises, export the handout.

`install_workshop_menu(window)` adds the "Workshop" menu to the main window (presentation of the
current article, an exercise, the workshop plan, the handout export). The plan view lists the
agenda, shows the current item with its trainer notes, opens it in presentation mode or as an
exercise, and compares the time spent with the plan. The handout is one PDF (agenda, the
articles, the cases without model answers); the answer sheet is a second PDF.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.article_view import reader_font, stylesheet
from desktop.pdf_export import ExportError, export_pdf
from kb import Library
from kb.case_answers import LoadedCaseAnswer, load_case_answers
from kb.problems import ContentError
from kb.worksheet.definitions import KnownIds, LoadedDefinition, load_definitions
from kb.workshops import (
    ItemKind,
    LoadedWorkshop,
    Workshop,
    agenda_rows,
    answers_html,
    clock,
    handout_html,
    item_title,
    load_workshops,
)

if TYPE_CHECKING:
    from desktop.exercise import ExerciseWindow
    from desktop.main_window import MainWindow
    from desktop.presentation import PresentationWindow


@dataclass
class WorkshopData:
    """Plans, model answers and worksheet definitions of one library (loaded once)."""

    library: Library
    plans: dict[str, LoadedWorkshop] = field(default_factory=dict)
    cases: dict[str, LoadedCaseAnswer] = field(default_factory=dict)
    definitions: dict[str, LoadedDefinition] = field(default_factory=dict)

    @classmethod
    def load(cls, library: Library) -> WorkshopData:
        """Raise `ContentError` (path:line problems) when a plan or a model answer is broken."""
        root = library.root
        definitions = load_definitions(KnownIds.of(library), root)
        cases = load_case_answers(root, library.ids(), definitions)
        plans = load_workshops(root, library.ids(), cases.keys())
        return cls(library, plans, cases, definitions)

    def definition_for(self, case_id: str) -> LoadedDefinition:
        return self.definitions[self.cases[case_id].model.definition]


def export_handout(
    workshop: Workshop, library: Library, lang: str, path: Path
) -> tuple[Path, Path]:
    """Write the handout to `path` and the answer sheet next to it; return both paths."""
    path = Path(path)
    suffix = "antwoorden" if lang == "nl" else "answers"
    answers = path.with_name(f"{path.stem}-{suffix}{path.suffix or '.pdf'}")
    css = stylesheet(0)
    title = workshop.title.get(lang)
    export_pdf(path, handout_html(workshop, library, lang), css, title, library.version)
    sheet = QCoreApplication.translate("Workshop", "Answer sheet: %1").replace("%1", title)
    export_pdf(answers, answers_html(workshop, library, lang), css, sheet, library.version)
    return path, answers


class WorkshopView(QWidget):
    """The trainer's view of one plan: agenda, the current item, time spent against the plan."""

    item_changed = Signal(int)
    article_requested = Signal(str)

    def __init__(
        self, data: WorkshopData, workshop: Workshop, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.data = data
        self.library = data.library
        self.workshop = workshop
        self.lang = lang
        self.current = 0
        self.presentation: PresentationWindow | None = None
        self.exercise: ExerciseWindow | None = None
        self.setWindowTitle(workshop.title.get(lang))

        self.agenda = QListWidget()
        for start, kind, title, minutes in agenda_rows(workshop, self.library, lang):
            self.agenda.addItem(QListWidgetItem(f"{start}  {kind}: {title} ({minutes} min)"))
        self.agenda.currentRowChanged.connect(self.go_to)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.notes = QTextBrowser()
        self.notes.setOpenLinks(False)
        self.notes.document().setDefaultStyleSheet(stylesheet(0))
        self.notes.setFont(reader_font())  # the reader's 11 pt (Qt sizes by the font)
        self.time = QLabel()
        self.time.setObjectName("workshopTime")
        self.previous_button = QPushButton(QCoreApplication.translate("Workshop", "&Previous"))
        self.next_button = QPushButton(QCoreApplication.translate("Workshop", "&Next"))
        self.present_button = QPushButton(QCoreApplication.translate("Workshop", "P&resent"))
        self.exercise_button = QPushButton(
            QCoreApplication.translate("Workshop", "Start e&xercise")
        )
        self.handout_button = QPushButton(
            QCoreApplication.translate("Workshop", "Export &handout…")
        )
        self.previous_button.clicked.connect(lambda: self.go_to(self.current - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.current + 1))
        self.present_button.clicked.connect(self.present)
        self.exercise_button.clicked.connect(self.start_exercise)
        self.handout_button.clicked.connect(self.export_dialog)

        buttons = QHBoxLayout()
        for button in (
            self.previous_button,
            self.next_button,
            self.present_button,
            self.exercise_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.handout_button)
        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addWidget(self.notes, 1)
        right.addWidget(self.time)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.agenda, 2)
        layout.addLayout(right, 3)
        self.resize(1100, 650)

        self.elapsed = QElapsedTimer()  # since the workshop started
        self.elapsed.start()
        self.item_elapsed = QElapsedTimer()  # since the current item started
        self.item_elapsed.start()
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._update_time)
        self.timer.start()
        self.agenda.setCurrentRow(0)
        self._show_item()

    def planned_start(self, index: int) -> int:
        return sum(item.minutes for item in self.workshop.items[:index])

    def go_to(self, index: int) -> None:
        index = max(0, min(len(self.workshop.items) - 1, index))
        if index == self.current:
            return
        self.current = index
        self.item_elapsed.restart()
        self.agenda.blockSignals(True)
        self.agenda.setCurrentRow(index)
        self.agenda.blockSignals(False)
        self._show_item()
        self.item_changed.emit(index)

    def _show_item(self) -> None:
        item = self.workshop.items[self.current]
        title = item_title(item, self.library, self.lang)
        self.heading.setText(
            f"<h2>{html.escape(title)}</h2>"
            + html.escape(
                QCoreApplication.translate("Workshop", "Item %1 of %2, planned %3 min")
                .replace("%1", str(self.current + 1))
                .replace("%2", str(len(self.workshop.items)))
                .replace("%3", str(item.minutes))
            )
        )
        notes = (
            item.notes.get(self.lang)
            if item.notes
            else QCoreApplication.translate("Workshop", "No trainer notes.")
        )
        self.notes.setHtml(f"<p>{html.escape(notes)}</p>")
        self.present_button.setEnabled(item.ref is not None)
        self.exercise_button.setEnabled(
            item.kind is ItemKind.EXERCISE and item.ref in self.data.cases
        )
        self.previous_button.setEnabled(self.current > 0)
        self.next_button.setEnabled(self.current + 1 < len(self.workshop.items))
        self._update_time()

    def time_text(self) -> str:
        item = self.workshop.items[self.current]
        spent = self.elapsed.elapsed() // 60000
        on_item = self.item_elapsed.elapsed() // 60000
        planned = self.planned_start(self.current)
        behind = spent - planned
        state = (
            QCoreApplication.translate("Workshop", "%1 min behind the plan").replace(
                "%1", str(behind)
            )
            if behind > 0
            else QCoreApplication.translate("Workshop", "on time")
        )
        return (
            QCoreApplication.translate(
                "Workshop",
                "Elapsed %1 of %2 (this item %3 of %4 min); planned start of this item %5: %6",
            )
            .replace("%1", clock(spent))
            .replace("%2", clock(self.workshop.total_minutes))
            .replace("%3", str(on_item))
            .replace("%4", str(item.minutes))
            .replace("%5", clock(planned))
            .replace("%6", state)
        )

    def _update_time(self) -> None:
        self.time.setText(self.time_text())

    def present(self) -> PresentationWindow | None:
        item = self.workshop.items[self.current]
        if item.ref is None:
            return None
        from desktop.presentation import PresentationWindow

        notes = item.notes.get(self.lang) if item.notes else ""
        article = self.library.article(item.ref, self.lang)
        window = PresentationWindow(article, self.library, notes)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.presentation = window
        window.start()
        return window

    def start_exercise(self) -> ExerciseWindow | None:
        item = self.workshop.items[self.current]
        if item.ref is None or item.ref not in self.data.cases:
            return None
        window = open_exercise(self.data, item.ref, self.lang)
        window.article_requested.connect(self.article_requested)
        self.exercise = window
        return window

    def export_dialog(self) -> None:
        export_dialog(self, self.workshop, self.library, self.lang)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.timer.stop()
        super().closeEvent(event)


def open_exercise(data: WorkshopData, case_id: str, lang: str) -> ExerciseWindow:
    from desktop.exercise import ExerciseWindow

    window = ExerciseWindow(
        data.library, data.cases[case_id].model, data.definition_for(case_id), lang
    )
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    return window


def export_dialog(parent: QWidget, workshop: Workshop, library: Library, lang: str) -> None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Workshop", "Export handout as PDF"),
        f"{workshop.id}-handout.pdf",
        "PDF (*.pdf)",
    )
    if not name:
        return
    try:
        handout, answers = export_handout(workshop, library, lang, Path(name))
    except ExportError as exc:
        QMessageBox.warning(parent, "Toegang", html.escape(str(exc)))
        return
    QMessageBox.information(
        parent,
        "Toegang",
        QCoreApplication.translate("Workshop", "Saved the handout %1 and the answer sheet %2.")
        .replace("%1", str(handout))
        .replace("%2", str(answers)),
    )


# -- the main window's menu ---------------------------------------------------------------------


class WorkshopMenu(QMenu):
    """Workshop ▸ Presentation / Exercise / Workshop plan / Export handout."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self._data: WorkshopData | None = None
        self.views: list[QWidget] = []
        self.act_present = self.addAction("")
        self.act_present.setShortcut(QKeySequence("F5"))
        self.act_present.triggered.connect(self.present)
        self.act_exercise = self.addAction("")
        self.act_exercise.triggered.connect(self.exercise)
        self.act_plan = self.addAction("")
        self.act_plan.triggered.connect(self.plan)
        self.act_handout = self.addAction("")
        self.act_handout.triggered.connect(self.handout)
        window.addAction(self.act_present)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("Workshop", "&Workshop"))
        self.act_present.setText(QCoreApplication.translate("Workshop", "&Presentation"))
        self.act_exercise.setText(QCoreApplication.translate("Workshop", "&Exercise…"))
        self.act_plan.setText(QCoreApplication.translate("Workshop", "Workshop &plan…"))
        self.act_handout.setText(QCoreApplication.translate("Workshop", "Export &handout…"))

    @property
    def lang(self) -> str:
        return self.window_.content_lang

    def data(self) -> WorkshopData | None:
        if self._data is None:
            try:
                self._data = WorkshopData.load(self.window_.library)
            except ContentError as exc:
                problems = "\n".join(str(problem) for problem in exc.problems[:10])
                QMessageBox.warning(self.window_, "Toegang", problems)
                return None
        return self._data

    def _status(self, text: str) -> None:
        self.window_.statusBar().showMessage(text)

    def _keep(self, view: QWidget) -> None:
        self.views = [v for v in self.views if v.isVisible()] + [view]

    def present(self) -> PresentationWindow | None:
        article_id = self.window_.current_id
        if article_id is None:
            self._status(
                QCoreApplication.translate(
                    "Workshop", "Open an article or case first, then start the presentation."
                )
            )
            return None
        from desktop.presentation import PresentationWindow

        article = self.window_.library.article(article_id, self.lang)
        window = PresentationWindow(article, self.window_.library)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._keep(window)
        window.start()
        return window

    def exercise(self) -> ExerciseWindow | None:
        data = self.data()
        if data is None:
            return None
        case_id = self.window_.current_id
        if case_id not in data.cases:
            library = self.window_.library
            titles = {library.article(i, self.lang).meta.title: i for i in data.cases}
            title, ok = QInputDialog.getItem(
                self.window_,
                QCoreApplication.translate("Workshop", "Exercise"),
                QCoreApplication.translate("Workshop", "Case:"),
                sorted(titles),
                0,
                False,
            )
            if not ok:
                return None
            case_id = titles[title]
        assert case_id is not None
        window = open_exercise(data, case_id, self.lang)
        window.article_requested.connect(self.window_.open_article)
        self._keep(window)
        return window

    def _choose_plan(self, data: WorkshopData) -> Workshop | None:
        plans = {p.workshop.title.get(self.lang): p.workshop for p in data.plans.values()}
        if not plans:
            self._status(
                QCoreApplication.translate("Workshop", "There is no workshop plan in the content.")
            )
            return None
        if len(plans) == 1:
            return next(iter(plans.values()))
        title, ok = QInputDialog.getItem(
            self.window_,
            QCoreApplication.translate("Workshop", "Workshop plan"),
            QCoreApplication.translate("Workshop", "Plan:"),
            sorted(plans),
            0,
            False,
        )
        return plans[title] if ok else None

    def plan(self) -> WorkshopView | None:
        data = self.data()
        workshop = self._choose_plan(data) if data else None
        if data is None or workshop is None:
            return None
        view = WorkshopView(data, workshop, self.lang)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.article_requested.connect(self.window_.open_article)
        self._keep(view)
        view.show()
        return view

    def handout(self) -> None:
        data = self.data()
        workshop = self._choose_plan(data) if data else None
        if workshop is not None:
            export_dialog(self.window_, workshop, self.window_.library, self.lang)


def install_workshop_menu(window: MainWindow) -> WorkshopMenu:
    """Add the Workshop menu to the main window's menu bar, before Help."""
    menu = WorkshopMenu(window)
    bar = window.menuBar()
    help_menu = getattr(window, "menu_help", None)
    if isinstance(help_menu, QMenu):
        bar.insertMenu(help_menu.menuAction(), menu)
    else:
        bar.addMenu(menu)
    window.workshop_menu = menu  # type: ignore[attr-defined]
    return menu
