"""The Dutch translation is complete, compiled, and loads with Qt's own."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from desktop.i18n import I18N_DIR, install_language

DESKTOP = Path(__file__).parents[2] / "desktop"


def _translate_calls(path: Path) -> set[tuple[str, str]]:
    """(context, source text) of every `QCoreApplication.translate("Ctx", "text")` call; the
    parser joins a text written over several lines ("…" "…") as lupdate does."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "translate"
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "QCoreApplication"
            and len(node.args) >= 2
            and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args[:2])
        ):
            found.add((node.args[0].value, node.args[1].value))  # type: ignore[attr-defined]
    return found


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
    used = {call for path in DESKTOP.glob("*.py") for call in _translate_calls(path)}
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
