"""Exercise mode: a participant works a case, then sees their assessment beside the model answer.

The participant reads the case (without its model answer) and enters their own assessment: the
risk factors they see (the worksheet definition's factors), the classification and the
decision. While they tick factors, the definition's rules show what they would propose. On
"Compare", the comparison view lines their answers up with the model answers run through the
engine: differences are highlighted and each row links the articles that explain it. The
comparison logic is Qt-free: `kb.exercise`.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.article_view import reader_font, stylesheet
from kb import Library
from kb.case_answers import CaseModelAnswer, run_case
from kb.exercise import Assessment, Comparison, compare, decision_label, level_label, proposal_for
from kb.slides import without_model_answer
from kb.worksheet.definitions import LoadedDefinition
from kb.worksheet.models import Decision, Level

DIFF_COLOUR = "#ffd6d6"
SAME_COLOUR = "#dff3df"


class AssessmentForm(QWidget):
    """The participant's own assessment: factors, classification, decision."""

    submitted = Signal(object)  # Assessment

    def __init__(self, loaded: LoadedDefinition, lang: str) -> None:
        super().__init__()
        self.definition = loaded.definition
        self.lang = lang
        self.factor_boxes: dict[str, QCheckBox] = {}
        factors = QGroupBox(QCoreApplication.translate("Exercise", "Risk factors you see"))
        factor_layout = QVBoxLayout(factors)
        for factor in self.definition.factors:
            box = QCheckBox(factor.reason.get(lang))
            box.setObjectName(f"factor-{factor.id}")
            box.toggled.connect(self._update_proposal)
            factor_layout.addWidget(box)
            self.factor_boxes[factor.id] = box
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(factors)
        self.proposal = QLabel()
        self.proposal.setWordWrap(True)
        self.classification = QComboBox()
        for level in Level:
            self.classification.addItem(level_label(level, lang), level.value)
        self.classification.setCurrentIndex(list(Level).index(Level.STANDARD))
        self.decision = QComboBox()
        for option in self.definition.decision.options:
            self.decision.addItem(decision_label(self.definition, option, lang), option.value)
        self.compare_button = QPushButton(
            QCoreApplication.translate("Exercise", "Compare with the model answer")
        )
        self.compare_button.clicked.connect(self.submit)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("Exercise", "Classification"), self.classification)
        form.addRow(QCoreApplication.translate("Exercise", "Decision"), self.decision)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.proposal)
        layout.addLayout(form)
        layout.addWidget(self.compare_button)
        self._update_proposal()

    def chosen_factors(self) -> frozenset[str]:
        return frozenset(key for key, box in self.factor_boxes.items() if box.isChecked())

    def set_assessment(self, assessment: Assessment) -> None:
        for key, box in self.factor_boxes.items():
            box.setChecked(key in assessment.factors)
        self.classification.setCurrentIndex(
            self.classification.findData(assessment.classification.value)
        )
        self.decision.setCurrentIndex(self.decision.findData(assessment.decision.value))

    def assessment(self) -> Assessment:
        level = Level(self.classification.currentData())
        decision = Decision(self.decision.currentData())
        return Assessment(self.chosen_factors(), level, decision)

    def submit(self) -> None:
        self.submitted.emit(self.assessment())

    def _update_proposal(self) -> None:
        proposal = proposal_for(self.definition, self.chosen_factors())
        self.proposal.setText(
            QCoreApplication.translate(
                "Exercise", "For the factors you ticked, the worksheet's rules propose: %1, %2."
            )
            .replace("%1", level_label(proposal.level, self.lang))
            .replace("%2", decision_label(self.definition, proposal.decision, self.lang))
        )


def comparison_html(comparison: Comparison, library: Library | None, lang: str) -> str:
    def title(article_id: str) -> str:
        if library is not None and library.has(article_id, lang):
            return library.article(article_id, lang).meta.title
        return article_id

    def links(ids: tuple[str, ...] | list[str]) -> str:
        return ", ".join(f"<a href='kb:{html.escape(i)}'>{html.escape(title(i))}</a>" for i in ids)

    head = "".join(
        f"<th>{html.escape(text)}</th>"
        for text in (
            QCoreApplication.translate("Exercise", "Item"),
            QCoreApplication.translate("Exercise", "Your answer"),
            QCoreApplication.translate("Exercise", "Model answer"),
            QCoreApplication.translate("Exercise", "Read"),
        )
    )
    rows = []
    for row in comparison.rows:
        colour = DIFF_COLOUR if row.differs else SAME_COLOUR
        mark = "≠ " if row.differs else ""
        rows.append(
            f"<tr class='{'diff' if row.differs else 'same'}' bgcolor='{colour}'>"
            f"<td><a name='row-{html.escape(row.key)}'></a>{mark}"
            f"{html.escape(row.label.get(lang))}</td>"
            f"<td>{html.escape(row.participant.get(lang))}</td>"
            f"<td>{html.escape(row.model.get(lang))}</td>"
            f"<td>{links(row.articles)}</td></tr>"
        )
    count = len(comparison.differences)
    summary = (
        QCoreApplication.translate("Exercise", "Your assessment matches the model answer.")
        if count == 0
        else QCoreApplication.translate(
            "Exercise", "%1 difference(s) with the model answer, highlighted below."
        ).replace("%1", str(count))
    )
    rests = QCoreApplication.translate("Exercise", "The model answer rests on")
    heading = QCoreApplication.translate("Exercise", "Your assessment and the model answer")
    basis = (
        f"<h3>{html.escape(rests)}</h3><p>{links(comparison.basis)}</p>" if comparison.basis else ""
    )
    return (
        f"<h2>{html.escape(heading)}</h2>"
        f"<p>{html.escape(summary)}</p><table><tr>{head}</tr>{''.join(rows)}</table>{basis}"
    )


class ComparisonView(QWidget):
    """The participant's answers beside the model answer; differences highlighted."""

    article_requested = Signal(str)

    def __init__(self, library: Library | None, lang: str) -> None:
        super().__init__()
        self.library = library
        self.lang = lang
        self.comparison: Comparison | None = None
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.document().setDefaultStyleSheet(stylesheet(0))
        self.browser.setFont(reader_font())  # the reader's 11 pt (Qt sizes by the font)
        self.browser.anchorClicked.connect(self._link)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)

    def show_comparison(self, comparison: Comparison) -> None:
        self.comparison = comparison
        self.browser.setHtml(comparison_html(comparison, self.library, self.lang))

    def marked_rows(self) -> list[str]:
        """The keys of the rows shown as different."""
        return [row.key for row in self.comparison.differences] if self.comparison else []

    def _link(self, url: QUrl) -> None:
        target = url.toString()
        if target.startswith("kb:"):
            self.article_requested.emit(target[3:])


class ExerciseWindow(QWidget):
    """A case to work: its text on the left, the assessment (then the comparison) on the right."""

    compared = Signal(object)  # Comparison
    article_requested = Signal(str)

    def __init__(
        self,
        library: Library,
        case: CaseModelAnswer,
        loaded: LoadedDefinition,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.library = library
        self.case = case
        self.loaded = loaded
        self.lang = lang
        article = library.article(case.case, lang)
        self.setWindowTitle(
            QCoreApplication.translate("Exercise", "Exercise: %1").replace("%1", article.meta.title)
        )
        from kb.render import markdown_to_html

        self.case_text = QTextBrowser()
        self.case_text.setOpenLinks(False)
        self.case_text.document().setDefaultStyleSheet(stylesheet(0))
        self.case_text.setFont(reader_font())  # the reader's 11 pt (Qt sizes by the font)
        self.case_text.setHtml(
            f"<h1>{html.escape(article.meta.title)}</h1>"
            + markdown_to_html(without_model_answer(article.body), library, lang)
        )
        self.form = AssessmentForm(loaded, lang)
        self.form.submitted.connect(self.show_comparison)
        self.comparison = ComparisonView(library, lang)
        self.comparison.article_requested.connect(self.article_requested)
        self.back_button = QPushButton(QCoreApplication.translate("Exercise", "Change my answers"))
        self.back_button.clicked.connect(self.edit_answers)
        result = QWidget()
        result_layout = QVBoxLayout(result)
        result_layout.setContentsMargins(0, 0, 0, 0)
        result_layout.addWidget(self.comparison, 1)
        result_layout.addWidget(self.back_button)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.form)
        self.stack.addWidget(result)
        splitter = QSplitter()
        splitter.addWidget(self.case_text)
        splitter.addWidget(self.stack)
        splitter.setSizes([600, 500])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.resize(1150, 750)

    def edit_answers(self) -> None:
        self.stack.setCurrentIndex(0)

    def model_assessment(self) -> Assessment:
        return Assessment.of_run(run_case(self.case, self.loaded))

    def show_comparison(self, participant: Assessment) -> Comparison:
        comparison = compare(
            self.loaded.definition,
            self.case.case,
            self.model_assessment(),
            participant,
            self.library.links(self.case.case, self.lang),
        )
        self.comparison.show_comparison(comparison)
        self.stack.setCurrentIndex(1)
        self.compared.emit(comparison)
        return comparison
