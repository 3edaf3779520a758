"""Print and PDF: an HTML fragment laid out by QTextDocument on A4 with a footer.

Page size and margins are in millimetres, fonts in points (so a 1200 dpi printer does not make
them microscopic), and every page carries the title, the date and the content version.
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
    footer = footer_text(title, version)
    footer_font = QFont(font)
    footer_font.setPointSizeF(FOOTER_POINT_SIZE)
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
            footer_rect = QRectF(0, body.height(), body.width(), footer_height)
            painter.drawText(
                footer_rect,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
                footer,
            )
            painter.drawText(
                footer_rect,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                f"{page + 1}/{pages}",
            )
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


def export_with_dialog(
    parent: QWidget, caption: str, default_name: str, export: Callable[[Path], object]
) -> Path | None:
    """Ask where to save a PDF, write it with `export`, and say so if it fails.

    Returns the path written, or None when the user cancelled or the export failed (the reason
    has then been shown in a message box).
    """
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    name, _ = QFileDialog.getSaveFileName(parent, caption, default_name, "PDF (*.pdf)")
    if not name:
        return None
    try:
        export(Path(name))
    except ExportError as exc:
        QMessageBox.warning(parent, parent.windowTitle() or "Toegang", html.escape(str(exc)))
        return None
    return Path(name)
