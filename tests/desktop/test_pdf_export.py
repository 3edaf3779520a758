"""PDF export: the footer's text never runs into the page number, and the file ends in .pdf."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.main_window import MainWindow
from desktop.pdf_export import (
    FOOTER_POINT_SIZE,
    export_with_dialog,
    footer_layout,
    footer_text,
    with_pdf_suffix,
)
from kb import Library, load_library
from tests.desktop.conftest import open_window

LONG_TITLE = "Cliëntenonderzoek bij een zeer lange titel over uiteindelijk belanghebbenden " * 4
TODAY = dt.date(2026, 3, 14)


@pytest.fixture
def long_title_library(content: Path) -> Library:
    article = content / "content" / "nl" / "wwft" / "alpha.md"
    text = article.read_text(encoding="utf-8")
    article.write_text(
        text.replace('title = "Cliëntenonderzoek alfa"', f'title = "{LONG_TITLE.strip()}"'),
        encoding="utf-8",
    )
    return load_library(content)


@pytest.fixture
def window(qtbot: QtBot, long_title_library: Library, config_dir: Path) -> MainWindow:
    return open_window(qtbot, long_title_library)


def footer_runs(page: object) -> tuple[list[float], list[float], float]:
    """The x positions of the glyphs of the footer's left text and of its page number (the
    last text the page draws, on the footer's baseline), and the footer's font size, all in
    the page's text space."""
    runs: list[tuple[int, float, float, float]] = []  # text object, x, y, font size
    state = {"block": 0, "size": 0.0}

    def before(op: bytes, args: list[object], cm: list[float], tm: list[float]) -> None:
        if op == b"BT":
            state["block"] += 1
        elif op == b"Tf":
            state["size"] = float(args[1])  # type: ignore[arg-type]
        elif op in (b"Tj", b"TJ"):
            runs.append((state["block"], tm[4], tm[5], state["size"]))

    page.extract_text(visitor_operand_before=before)  # type: ignore[attr-defined]
    number_block, _, baseline, size = runs[-1]
    left = [x for block, x, y, _ in runs if y == baseline and block != number_block]
    right = [x for block, x, y, _ in runs if block == number_block]
    return left, right, size


def test_a_long_title_is_shortened_so_version_and_page_number_both_show(
    window: MainWindow, tmp_path: Path
) -> None:
    window.open_article("wwft/alpha")
    target = tmp_path / "long.pdf"
    pages = window.export_to(target)
    reader = PdfReader(target)
    version = window.library.version
    for number, page in enumerate(reader.pages, start=1):
        text = " ".join(page.extract_text().split())
        assert f"inhoudsversie {version}" in text
        assert f"{number}/{pages}" in text
        assert "Cliëntenonderzoek bij een zeer lange titel" in text  # the title's start
        assert "…" in text  # shortened
        left, right, size = footer_runs(page)
        assert left and right
        # The last glyph of the left text (at most one em wide) ends before the page number.
        assert max(left) + size < min(right)


def test_footer_layout_never_overlaps() -> None:
    font = QFont()
    font.setPointSizeF(FOOTER_POINT_SIZE)
    metrics = QFontMetricsF(font)
    for width in (900.0, 400.0, 120.0, 60.0):  # 60: not even the date fits
        box = QRectF(10, 50, width, 20)
        for title in ("Kort", LONG_TITLE):
            left, text, right = footer_layout(metrics, box, title, "abc123", "12/34", 8, TODAY)
            assert not left.intersects(right)
            assert left.right() + 8 <= right.left() + 1e-9
            assert metrics.horizontalAdvance(text) <= left.width() + 1e-9
            assert right.right() == box.right() and left.left() == box.left()
            assert right.width() == metrics.horizontalAdvance("12/34")
    box = QRectF(0, 0, 500, 20)
    full = footer_text("Kort", "abc123", TODAY)
    assert footer_layout(metrics, box, "Kort", "abc123", "1/2", 8, TODAY)[1] == full
    _, text, _ = footer_layout(metrics, box, LONG_TITLE, "abc123", "1/2", 8, TODAY)
    assert text.startswith("Cliëntenonderzoek") and "…" in text
    assert text.endswith(f"{TODAY.isoformat()} — content version abc123")


# -- the file's name ------------------------------------------------------------------------------
def test_with_pdf_suffix() -> None:
    assert with_pdf_suffix("/tmp/rapport") == Path("/tmp/rapport.pdf")
    assert with_pdf_suffix("/tmp/rapport.pdf") == Path("/tmp/rapport.pdf")
    assert with_pdf_suffix("/tmp/RAPPORT.PDF") == Path("/tmp/RAPPORT.PDF")
    assert with_pdf_suffix("/tmp/rapport.2024") == Path("/tmp/rapport.2024.pdf")


class Dialog:
    """Stands in for QFileDialog.getSaveFileName: answers in turn, records the names offered."""

    def __init__(self, *answers: str) -> None:
        self.answers = list(answers)
        self.offered: list[str] = []

    def __call__(self, parent: QWidget, caption: str, name: str, filters: str) -> tuple[str, str]:
        self.offered.append(name)
        return self.answers.pop(0), filters


def test_a_name_typed_without_extension_is_saved_as_pdf(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = Dialog(str(tmp_path / "rapport"))
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", dialog)
    window.open_article("wwft/alpha")
    window.export_dialog()
    assert dialog.offered == ["wwft-alpha.pdf"]
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["rapport.pdf"]
    assert (tmp_path / "rapport.pdf").read_bytes().startswith(b"%PDF")
    assert str(tmp_path / "rapport.pdf") in window.statusBar().currentMessage()


def test_an_existing_pdf_is_not_replaced_without_the_dialog_asking(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    existing = tmp_path / "rapport.pdf"
    existing.write_text("keep me")
    written: list[Path] = []

    # Cancelled when the dialog opens again on the existing rapport.pdf: nothing is written.
    dialog = Dialog(str(tmp_path / "rapport"), "")
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", dialog)
    assert export_with_dialog(parent, "Export", "a.pdf", written.append) is None
    assert dialog.offered == ["a.pdf", str(existing)]
    assert written == [] and existing.read_text() == "keep me"

    # Chosen again in the dialog (which then asks about replacing rapport.pdf itself).
    dialog = Dialog(str(tmp_path / "rapport"), str(existing))
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", dialog)
    assert export_with_dialog(parent, "Export", "a.pdf", written.append) == existing
    assert written == [existing]

    # A name with the suffix in another case is kept as typed.
    dialog = Dialog(str(tmp_path / "Nieuw.PDF"))
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", dialog)
    assert export_with_dialog(parent, "Export", "a.pdf", written.append) == tmp_path / "Nieuw.PDF"
