"""Print and PDF: an HTML fragment laid out by QTextDocument on A4 with a footer.

Page size and margins are in millimetres, fonts in points (so a 1200 dpi printer does not make
them microscopic), and every page carries the title, the date and the content version. Print
and PDF do not follow the reader's zoom: body text is BODY_POINT_SIZE (10 pt) and Qt sizes the
headings from it (h1 20 pt, h2 15 pt, h3 12 pt).
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

MARGINS_MM = QMarginsF(20, 18, 20, 18)
FOOTER_MM = 10.0
BODY_POINT_SIZE = 10.0
FOOTER_POINT_SIZE = 8.0
FOOTER_GAP_MM = 5.0  # at least this much between the footer's text and the page number
PDF_SUFFIX = ".pdf"


class ExportError(Exception):
    """The file could not be written; the message says why, for the user."""


def page_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )


def footer_text(title: str, version: str, when: dt.date | None = None) -> str:
    date = (when or dt.date.today()).isoformat()
    template = QCoreApplication.translate("Export", "%1 — %2 — content version %3")
    return template.replace("%1", title).replace("%2", date).replace("%3", version)


def footer_layout(
    metrics: QFontMetricsF,
    box: QRectF,
    title: str,
    version: str,
    page_text: str,
    gap: float,
    when: dt.date | None = None,
) -> tuple[QRectF, str, QRectF]:
    """Where the footer's text and the page number go in `box`: (left rect, left text, right
    rect). The rects are `gap` apart and the left text fits its rect, so they never overlap.

    A long title is shortened with "…", so the date and content version stay whole; only when
    even those do not fit (a very narrow page) is the start of the text cut too. `box` is at
    least as wide as the page number and the gap (a page always is).
    """
    right_width = metrics.horizontalAdvance(page_text)
    right = QRectF(box.right() - right_width, box.top(), right_width, box.height())
    room = max(0.0, box.width() - right_width - gap)
    left = QRectF(box.left(), box.top(), room, box.height())
    text = footer_text(title, version, when)
    if metrics.horizontalAdvance(text) > room:
        title_room = room - metrics.horizontalAdvance(footer_text("", version, when))
        short = metrics.elidedText(title, Qt.TextElideMode.ElideRight, max(0.0, title_room))
        text = footer_text(short or "…", version, when)
        if metrics.horizontalAdvance(text) > room:
            text = metrics.elidedText(text, Qt.TextElideMode.ElideLeft, room)
    return left, text, right


def paint_document(
    device: QPagedPaintDevice, body_html: str, css: str, title: str, version: str
) -> int:
    """Lay out and paint `body_html` on `device`; return the number of pages."""
    device.setPageLayout(page_layout())
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    font = QFont()
    font.setPointSizeF(BODY_POINT_SIZE)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(css)
    document.setHtml(body_html)
    resolution = device.logicalDpiY()
    rect = device.pageLayout().paintRectPixels(resolution)
    footer_height = FOOTER_MM / 25.4 * resolution
    body = QSizeF(rect.width(), rect.height() - footer_height)
    document.setPageSize(body)
    pages = max(1, document.pageCount())
    today = dt.date.today()
    footer_font = QFont(font)
    footer_font.setPointSizeF(FOOTER_POINT_SIZE)
    metrics = QFontMetricsF(footer_font, device)
    gap = FOOTER_GAP_MM / 25.4 * resolution
    bottom = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
    bottom_right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
    painter = QPainter()
    if not painter.begin(device):
        raise ExportError(QCoreApplication.translate("Export", "The output cannot be opened."))
    try:
        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            painter.translate(0, -page * body.height())
            document.drawContents(
                painter, QRectF(0, page * body.height(), body.width(), body.height())
            )
            painter.restore()
            painter.setFont(footer_font)
            number = f"{page + 1}/{pages}"
            box = QRectF(0, body.height(), body.width(), footer_height)
            left, text, right = footer_layout(metrics, box, title, version, number, gap, today)
            painter.drawText(left, bottom | int(Qt.TextFlag.TextSingleLine), text)
            painter.drawText(right, bottom_right | int(Qt.TextFlag.TextSingleLine), number)
    finally:
        painter.end()
    return pages


def export_pdf(path: Path, body_html: str, css: str, title: str, version: str) -> int:
    """Write a PDF; raise `ExportError` with a readable message when that is impossible."""
    path = Path(path)
    if not path.parent.is_dir():
        raise ExportError(
            QCoreApplication.translate("Export", "The folder %1 does not exist.").replace(
                "%1", str(path.parent)
            )
        )
    temp = path.with_name(f".{path.name}.part")
    writer = QPdfWriter(str(temp))
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setCreator("Toegang")
    try:
        pages = paint_document(writer, body_html, css, title, version)
    except ExportError:
        temp.unlink(missing_ok=True)
        raise
    finally:
        del writer  # flushes and closes the file
    try:
        temp.replace(path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise ExportError(
            QCoreApplication.translate("Export", "Could not write %1: %2")
            .replace("%1", str(path))
            .replace("%2", exc.strerror or str(exc))
        ) from exc
    return pages


def with_pdf_suffix(name: str) -> Path:
    """`name` ending in ".pdf" (in any case): Qt's save dialog returns a name typed without an
    extension as it is, on Linux at least."""
    path = Path(name)
    if path.suffix.lower() == PDF_SUFFIX or not path.name:
        return path
    return path.with_name(path.name + PDF_SUFFIX)


def export_with_dialog(
    parent: QWidget, caption: str, default_name: str, export: Callable[[Path], object]
) -> Path | None:
    """Ask where to save a PDF, write it with `export`, and say so if it fails.

    A name typed without ".pdf" gets it. The dialog asked before replacing the name as typed,
    not that name with ".pdf": when that is an existing file the dialog opens again with it
    selected, so saving asks the dialog's own "replace it?" question about the real file.
    Returns the path written, or None when the user cancelled or the export failed (the reason
    has then been shown in a message box).
    """
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    suggested = default_name
    while True:
        name, _ = QFileDialog.getSaveFileName(parent, caption, suggested, "PDF (*.pdf)")
        if not name:
            return None
        path = with_pdf_suffix(name)
        if path == Path(name) or not path.exists():
            break
        suggested = str(path)
    try:
        export(path)
    except ExportError as exc:
        QMessageBox.warning(parent, parent.windowTitle() or "Toegang", html.escape(str(exc)))
        return None
    return path
