"""A sealed decision record: shown read-only, exported to PDF, Markdown or HTML.

The text comes from `kb.worksheet.export` (the same as the command line's exports); the PDF is
that HTML laid out by `desktop.pdf_export`. A record is only shown after its seal is verified
(`kb.worksheet.storage.load_record`).
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.pdf_export import ExportError, export_pdf
from kb.worksheet.export import to_html, to_markdown
from kb.worksheet.models import Decision
from kb.worksheet.record import Record, digest
from kb.worksheet.storage import StorageError, atomic_write

_BODY_START = "<body>"
_BODY_END = "</body>"


def record_body_html(record: Record, lang: str) -> str:
    """The body of the HTML export (a fragment for QTextDocument)."""
    full = to_html(record, lang)
    start = full.find(_BODY_START)
    end = full.rfind(_BODY_END)
    if start < 0 or end < 0:
        return full
    return full[start + len(_BODY_START) : end]


def record_title(record: Record) -> str:
    return QCoreApplication.translate("Worksheet", "Worksheet record %1").replace(
        "%1", record.client_reference
    )


def export_record_pdf(record: Record, path: Path, lang: str, css: str) -> int:
    return export_pdf(
        path, record_body_html(record, lang), css, record_title(record), record.content_version
    )


def export_record_text(record: Record, path: Path, lang: str) -> None:
    """Markdown for .md, HTML otherwise; raises `ExportError` when it cannot be written."""
    text = to_markdown(record, lang) if path.suffix.lower() == ".md" else to_html(record, lang)
    try:
        atomic_write(path, text.encode("utf-8"))
    except OSError as exc:
        raise ExportError(
            QCoreApplication.translate("Export", "Could not write %1: %2")
            .replace("%1", str(path))
            .replace("%2", exc.strerror or str(exc))
        ) from exc


class RecordView(QWidget):
    """The record, its seal, and the export buttons; `review_requested` starts a review."""

    review_requested = Signal(object)  # Record

    def __init__(self, record: Record, lang: str, css: str) -> None:
        super().__init__()
        self.record = record
        self.lang = lang
        self.css = css
        self.setWindowTitle(record_title(record))
        self.seal = QLabel(
            QCoreApplication.translate("Worksheet", "Seal verified (SHA-256 %1)").replace(
                "%1", digest(record)[:16] + "…"
            )
        )
        self.seal.setAccessibleName(QCoreApplication.translate("Worksheet", "Seal"))
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.document().setDefaultStyleSheet(css)
        self.browser.setHtml(record_body_html(record, lang))
        self.browser.setAccessibleName(QCoreApplication.translate("Worksheet", "Decision record"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(QCoreApplication.translate("Worksheet", "Message"))
        buttons = QHBoxLayout()
        self.pdf_button = QPushButton(QCoreApplication.translate("Worksheet", "Export PDF…"))
        self.pdf_button.clicked.connect(lambda: self.export_dialog("pdf"))
        self.md_button = QPushButton(QCoreApplication.translate("Worksheet", "Export Markdown…"))
        self.md_button.clicked.connect(lambda: self.export_dialog("md"))
        self.html_button = QPushButton(QCoreApplication.translate("Worksheet", "Export HTML…"))
        self.html_button.clicked.connect(lambda: self.export_dialog("html"))
        self.review_button = QPushButton(QCoreApplication.translate("Worksheet", "Start review"))
        self.review_button.clicked.connect(lambda: self.review_requested.emit(self.record))
        self.review_button.setEnabled(
            record.decision in (Decision.ACCEPT, Decision.ACCEPT_WITH_CONDITIONS)
        )
        for button in (self.pdf_button, self.md_button, self.html_button, self.review_button):
            button.setAccessibleName(button.text().rstrip("…"))
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.seal)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def export_to(self, path: Path) -> None:
        """Write the record as PDF, Markdown or HTML, chosen by the file's extension."""
        if path.suffix.lower() == ".pdf":
            export_record_pdf(self.record, path, self.lang, self.css)
        else:
            export_record_text(self.record, path, self.lang)
        self.message.setText(
            QCoreApplication.translate("Worksheet", "Saved %1").replace("%1", str(path))
        )

    def export_dialog(self, kind: str) -> None:
        filters = {"pdf": "PDF (*.pdf)", "md": "Markdown (*.md)", "html": "HTML (*.html)"}
        name, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("Worksheet", "Export the record"),
            f"{self.record.client_reference or self.record.id}.{kind}",
            filters[kind],
        )
        if not name:
            return
        try:
            self.export_to(Path(name))
        except (ExportError, StorageError) as exc:
            QMessageBox.warning(self, self.windowTitle(), html.escape(str(exc)))
