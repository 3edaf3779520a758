"""Printing through the system's print dialog (QtPrintSupport is imported only when asked)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.pdf_export import ExportError, paint_document


def print_html(parent: QWidget, body_html: str, css: str, title: str, version: str) -> bool:
    """Ask for a printer and print; False when cancelled or impossible (the user is told)."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    try:
        paint_document(printer, body_html, css, title, version)
    except ExportError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("Export", "Printing failed"), str(exc)
        )
        return False
    return True
