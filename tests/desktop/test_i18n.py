"""The Dutch translation is complete, compiled, and loads with Qt's own."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from desktop.i18n import I18N_DIR, install_language

DESKTOP = Path(__file__).parents[2] / "desktop"
CALL = re.compile(r'QCoreApplication\.translate\(\s*"(\w+)",\s*"((?:[^"\\]|\\.)*)"')


def _ts_messages() -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(I18N_DIR / "toegang_nl.ts")
    found = {}
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def test_every_ui_string_has_a_finished_dutch_translation() -> None:
    messages = _ts_messages()
    used = {
        (ctx, text.encode().decode("unicode_escape").encode("latin-1").decode())
        for path in DESKTOP.glob("*.py")
        for ctx, text in CALL.findall(path.read_text(encoding="utf-8"))
    }
    assert used, "no translatable strings found: the pattern is wrong"
    missing = sorted(used - messages.keys())
    assert missing == [], "run: python -m desktop.i18n"
    unfinished = [k for k, m in messages.items() if m.find("translation").get("type")]  # type: ignore[union-attr]
    assert unfinished == []


def test_compiled_translation_loads(qtbot: QtBot) -> None:
    translator = QTranslator()
    assert translator.load("toegang_nl", str(I18N_DIR))
    assert translator.translate("MainWindow", "&File") == "&Bestand"
    assert install_language("nl")
    assert QCoreApplication.translate("SearchPanel", "%n article(s) found.", "", 3) == (
        "3 artikelen gevonden."
    )
    install_language("en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
