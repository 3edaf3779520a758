"""Dutch and English user interface: Qt translators, and the labels shared between widgets.

Source strings are English; `desktop/i18n/toegang_nl.ts` holds the Dutch translations and
`toegang_nl.qm` is its compiled form (both committed, so the app works without Qt's tools;
rebuild with `python -m desktop.i18n`). Qt's own `qtbase_nl.qm` (standard dialogs and buttons)
is loaded from `QLibraryInfo.path(TranslationsPath)`. Strings use `QCoreApplication.translate`
with fixed contexts so that lupdate finds them and subclasses do not lose them.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

I18N_DIR = Path(__file__).parent / "i18n"
UI_LANGUAGES = ("nl", "en")
_installed: list[QTranslator] = []


def install_language(lang: str) -> bool:
    """Install the translators for `lang` (replacing earlier ones); True when all loaded."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(
        QLocale(QLocale.Language.Dutch if lang == "nl" else QLocale.Language.English)
    )
    if lang == "en":
        return True
    ok = True
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{lang}", qt_dir), (f"toegang_{lang}", str(I18N_DIR))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
        else:
            ok = False
    return ok


def section_title(section: str) -> str:
    titles = {
        "wwft": QCoreApplication.translate("Sections", "Wwft and customer due diligence"),
        "producten": QCoreApplication.translate("Sections", "Products"),
        "inkomen": QCoreApplication.translate("Sections", "Income and evidence"),
        "opting-in": QCoreApplication.translate("Sections", "Opting-in"),
        "context": QCoreApplication.translate("Sections", "Context"),
        "wetteksten": QCoreApplication.translate("Sections", "Legal texts"),
        "casussen": QCoreApplication.translate("Sections", "Cases"),
    }
    return titles.get(section, section)


def audience_label(audience: str) -> str:
    labels = {
        "bank": QCoreApplication.translate("Audiences", "Bank"),
        "insurer": QCoreApplication.translate("Audiences", "Insurer"),
        "trainer": QCoreApplication.translate("Audiences", "Trainer"),
    }
    return labels.get(audience, audience)


def language_label(lang: str) -> str:
    labels = {
        "nl": QCoreApplication.translate("Languages", "Dutch"),
        "en": QCoreApplication.translate("Languages", "English"),
    }
    return labels.get(lang, lang)


def update_translations() -> int:
    """Regenerate the .ts from the sources (keeping translations) and compile the .qm."""
    import subprocess

    bin_dir = Path(sys.executable).parent
    sources = sorted(str(p) for p in Path(__file__).parent.glob("*.py"))
    ts = I18N_DIR / "toegang_nl.ts"
    lupdate = [str(bin_dir / "pyside6-lupdate"), *sources, "-ts", str(ts), "-no-obsolete"]
    subprocess.run(lupdate, check=True)
    subprocess.run([str(bin_dir / "pyside6-lrelease"), str(ts)], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(update_translations())
