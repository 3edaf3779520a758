"""`toegang --self-test`: drive the real app offscreen through its main paths, report, exit.

It is the smoke test of an installed or frozen program (the standalone build runs it in CI):
start the UI offscreen, open the search index (the prebuilt one, read-only, in the standalone
build), search, open an article, fill the sample worksheet from a scenario's answers, export
PDFs, verify the sealed record, and check that user data lives outside the program's folder.
Each step prints one line (✓, ✗ or –, its time, what it found); the exit code is 0 when every
step passed or was skipped with its reason, 1 on the first failure (the line says why), 3 when
Qt cannot start at all. Settings, drafts and records go to a temporary folder, never to the
user's own; imports are lazy so that `toegang --help` stays fast.
"""

from __future__ import annotations

import io
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from desktop.main_window import MainWindow
    from kb import Library
    from kb.worksheet.record import Record

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_NO_GUI = 3

SCENARIO = "bank-zelfstandig-transparant.json"
QUERY = "cliëntenonderzoek"
EXPECTED_ARTICLE = "wwft/clientenonderzoek"
# The offscreen platform's harmless notice (see pyproject's qt_log_ignore).
IGNORED_QT_MESSAGES = ("This plugin does not support propagateSizeHints",)


class StepFailed(Exception):
    """The step failed; the message says why."""


class StepSkipped(Exception):
    """The step cannot run here; the message says why (this is not a failure)."""


@dataclass
class Context:
    content: Path | None
    work: Path
    library: Library | None = None
    window: MainWindow | None = None
    article_id: str | None = None
    record: Record | None = None
    record_path: Path | None = None
    qt_messages: list[str] = field(default_factory=list)


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def program_folder() -> Path:
    """The folder the program's own files live in: the bundle when frozen, else the sources."""
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)).resolve()
    return Path(__file__).resolve().parents[1]


def program_root() -> Path:
    """The whole program: the bundle's top folder (the executable's and the data's common
    ancestor, e.g. `Toegang/` or `Toegang.app/Contents`) when frozen, else the sources."""
    if is_frozen():
        executable = Path(sys.executable).resolve().parent
        return Path(os.path.commonpath([executable, program_folder()]))
    return program_folder()


def scenario_path() -> Path:
    if is_frozen():
        return program_folder() / "selftest" / SCENARIO
    return program_folder() / "tests" / "fixtures" / "scenarios" / SCENARIO


# -- the steps --------------------------------------------------------------------------------


def step_start(ctx: Context) -> str:
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtGui import QFontDatabase

    from desktop.app import application
    from desktop.main_window import MainWindow
    from desktop.settings import Settings
    from kb import ContentError, load_library

    def on_message(kind: QtMsgType, _context: object, message: str) -> None:
        if not message.startswith(IGNORED_QT_MESSAGES):
            ctx.qt_messages.append(f"{kind.name}: {message}")

    qInstallMessageHandler(on_message)
    app = application()
    try:
        ctx.library = load_library(ctx.content)
    except ContentError as exc:
        raise StepFailed(f"the content does not load: {exc}") from None
    ctx.window = MainWindow(
        ctx.library, lang="nl", settings=Settings(), config_file=ctx.work / "settings.json"
    )
    ctx.window.show()
    app.processEvents()
    if not ctx.window.isVisible():
        raise StepFailed("the main window is not visible")
    families = QFontDatabase.families()
    if not families:
        raise StepFailed("Qt finds no fonts (text would show as boxes): install fontconfig-config")
    return (
        f"{app.platformName()} platform, {len(ctx.library.articles())} articles, "
        f"{len(families)} font families"
    )


def step_translations(ctx: Context) -> str:
    from PySide6.QtCore import QCoreApplication

    from desktop.i18n import install_language

    if not install_language("nl"):
        raise StepFailed("the Dutch translations (toegang_nl.qm, qtbase_nl.qm) did not load")
    # Qt's own string, through variables so that lupdate does not take it for one of ours.
    context, text = "QPlatformTheme", "Cancel"
    cancel = QCoreApplication.translate(context, text)
    if cancel == "Cancel":
        raise StepFailed("Qt's own Dutch translation (qtbase_nl.qm) is not in effect")
    return f"nl: Qt's 'Cancel' reads '{cancel}'"


def step_index(ctx: Context) -> str:
    """Open the index the way the app does (the prebuilt one when frozen) and search it."""
    assert ctx.library is not None
    try:
        from search import store
        from search.service import SearchService
    except ImportError as exc:
        raise StepSkipped(f"no search service yet ({exc})") from None
    service = SearchService(ctx.library)
    try:
        opened = service.opened
        shipped = store.SHIPPED.resolve()
        from_bundle = opened.location.resolve() == shipped
        if is_frozen() and shipped.is_dir() and (opened.built or not from_bundle):
            raise StepFailed(
                f"the prebuilt index was not used: {opened.location} "
                f"({'rebuilt' if opened.built else 'opened'}), shipped {shipped}"
            )
        ids = [hit.id for hit in service.search(QUERY, limit=10).hits]
        if ctx.library.has(EXPECTED_ARTICLE) and EXPECTED_ARTICLE not in ids:
            raise StepFailed(f"SearchService: {QUERY!r} did not find {EXPECTED_ARTICLE} ({ids})")
    finally:
        service.close()
    if opened.built:
        where = f"built into {opened.location} in {opened.seconds:.1f} s"
    elif from_bundle:
        where = "prebuilt, opened read-only"
    else:
        where = f"opened from {opened.location}"
    return f"{opened.documents} documents, content {opened.version}, {where}; {len(ids)} hits"


def step_search(ctx: Context) -> str:
    assert ctx.window is not None and ctx.library is not None
    panel = ctx.window.search
    _wait_until_ready(panel)
    panel.query_edit.setText(QUERY)
    panel.search_blocking()
    if panel.error:
        raise StepFailed(f"the search for {QUERY!r} failed: {panel.error}")
    ids = [hit.id for hit in panel.hits]
    if not ids:
        raise StepFailed(f"the search for {QUERY!r} found nothing")
    wanted = EXPECTED_ARTICLE if ctx.library.has(EXPECTED_ARTICLE) else ids[0]
    if wanted not in ids:
        raise StepFailed(f"the search for {QUERY!r} did not find {wanted} (found {ids[:5]})")
    ctx.article_id = wanted
    searcher = type(panel.searcher).__name__
    return f"{QUERY!r}: {len(ids)} hits with {searcher}, {wanted} at {ids.index(wanted) + 1}"


def _wait_until_ready(panel: object, seconds: float = 60.0) -> None:
    """The window opens the index on the search panel's worker thread: wait for it."""
    from PySide6.QtCore import QEventLoop, QTimer

    from desktop.search_panel import SearchPanel

    assert isinstance(panel, SearchPanel)
    if panel.is_ready():
        return
    loop = QEventLoop()
    panel.ready.connect(loop.quit)
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    if not panel.is_ready():
        raise StepFailed(f"the search index did not open within {seconds:.0f} s")
    if panel.notice:
        raise StepFailed(panel.notice)


def step_article(ctx: Context) -> str:
    from PySide6.QtCore import Qt

    assert ctx.window is not None and ctx.library is not None and ctx.article_id is not None
    panel = ctx.window.search
    for row in range(panel.results.count()):
        if panel.results.item(row).data(Qt.ItemDataRole.UserRole) == ctx.article_id:
            panel.results.setCurrentRow(row)
            break
    panel.open_selected()
    if ctx.window.current_id != ctx.article_id:
        raise StepFailed(f"{ctx.article_id} did not open (showing {ctx.window.current_id})")
    article = ctx.library.article(ctx.article_id, ctx.window.content_lang)
    text = ctx.window.view.browser.toPlainText()
    if article.meta.title not in text:
        raise StepFailed(f"the article view does not show {article.meta.title!r}")
    return f"{ctx.article_id} ({ctx.window.content_lang}), {len(text)} characters shown"


def step_worksheet(ctx: Context) -> str:
    import datetime as dt

    from kb.worksheet.definitions import KnownIds, load_definition
    from kb.worksheet.fill import FillInput, fill
    from kb.worksheet.storage import RecordStore

    assert ctx.library is not None
    path = scenario_path()
    if not path.is_file():
        raise StepSkipped(f"no sample answers at {path} (they ship with the sources and the build)")
    data = FillInput.model_validate(json.loads(path.read_text("utf-8")))
    definition_id = data.definition or "bank-acceptatie"
    definition_file = ctx.library.root / "worksheets" / f"{definition_id}.toml"
    loaded = load_definition(definition_file, KnownIds.of(ctx.library), definition_file.name)
    outcome = fill(loaded, ctx.library.version, data, dt.datetime.now(dt.UTC))
    if outcome.record is None:
        raise StepFailed(f"{definition_id} cannot be finalised: {'; '.join(outcome.problems)}")
    expected = (data.expect or {}).get("classification")
    got = outcome.record.classification.value
    if expected is not None and got != expected:
        raise StepFailed(f"{path.name}: classification {got}, the scenario expects {expected}")
    ctx.record = outcome.record
    ctx.record_path = RecordStore().save(outcome.record)
    return f"{definition_id} from {path.name}: {got}, {outcome.record.decision.value}, sealed"


def step_pdf(ctx: Context) -> str:
    from desktop.pdf_export import export_pdf

    assert ctx.window is not None and ctx.library is not None
    article_pdf = ctx.work / "article.pdf"
    pages = ctx.window.export_to(article_pdf)
    _check_pdf(article_pdf)
    detail = f"article {pages} page(s), {article_pdf.stat().st_size // 1024} kB"
    if ctx.record is None:
        return detail + "; no record to export (the worksheet step was skipped)"
    from kb.worksheet.export import to_html

    record_pdf = ctx.work / "record.pdf"
    title = f"Toegang {ctx.record.client_reference}"
    pages = export_pdf(
        record_pdf, to_html(ctx.record, "nl"), ctx.window.css(), title, ctx.library.version
    )
    _check_pdf(record_pdf)
    return detail + f"; record {pages} page(s), {record_pdf.stat().st_size // 1024} kB"


def _check_pdf(path: Path) -> None:
    data = path.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-64:]:
        raise StepFailed(f"{path.name} is not a complete PDF ({len(data)} bytes)")


def step_verify(ctx: Context) -> str:
    from kb.worksheet.record import digest
    from kb.worksheet.storage import StorageError, load_record

    if ctx.record is None or ctx.record_path is None:
        raise StepSkipped("no record (the worksheet step was skipped)")
    try:
        loaded = load_record(ctx.record_path)
    except StorageError as exc:
        raise StepFailed(f"the record does not verify: {exc}") from None
    if digest(loaded) != digest(ctx.record):
        raise StepFailed("the record read back differs from the one written")
    tampered = ctx.work / "tampered.json"
    tampered.write_bytes(ctx.record_path.read_bytes().replace(b'"accept"', b'"decline"', 1))
    try:
        load_record(tampered)
    except StorageError:
        pass
    else:
        raise StepFailed("a changed record was accepted as intact")
    return f"seal sha256 {digest(loaded)[:16]}…, a changed copy is refused"


def step_user_folders(ctx: Context) -> str:
    from platformdirs import user_cache_dir, user_config_dir, user_data_dir

    program = program_root()
    folders = {
        "settings": Path(user_config_dir("toegang", appauthor=False)),
        "drafts and records": Path(user_data_dir("toegang", appauthor=False)),
        "rebuilt index": Path(user_cache_dir("toegang", appauthor=False)),
    }
    inside = [name for name, path in folders.items() if path.resolve().is_relative_to(program)]
    if inside:
        raise StepFailed(f"user data would be written inside the program: {', '.join(inside)}")
    return f"outside {program}: " + ", ".join(f"{p}" for p in folders.values())


STEPS: list[tuple[str, Callable[[Context], str]]] = [
    ("start the UI", step_start),
    ("Dutch translations", step_translations),
    ("search index", step_index),
    ("search", step_search),
    ("open an article", step_article),
    ("fill the sample worksheet", step_worksheet),
    ("export PDF", step_pdf),
    ("verify the record", step_verify),
    ("user data folders", step_user_folders),
]


# -- running ----------------------------------------------------------------------------------


@contextmanager
def _private_user_folders(work: Path) -> Iterator[None]:
    """Settings, drafts and records of the self-test go to `work`, not to the user's folders."""
    chosen = {"TOEGANG_CONFIG_DIR": work / "config", "TOEGANG_DATA": work / "data"}
    saved = {name: os.environ.get(name) for name in chosen}
    os.environ.update({name: str(path) for name, path in chosen.items()})
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _utf8_safe(out: TextIO) -> None:
    if isinstance(out, io.TextIOWrapper):  # a Windows console may not encode ✓
        out.reconfigure(errors="backslashreplace")


def _close(ctx: Context) -> None:
    if ctx.window is not None:
        from PySide6.QtWidgets import QApplication

        ctx.window.close()
        QApplication.processEvents()
        ctx.window.deleteLater()
        QApplication.processEvents()
        ctx.window = None


def run_self_test(content: Path | None = None, out: TextIO | None = None) -> int:
    """Run every step, print the report to `out` (stdout), return the exit code."""
    out = out or sys.stdout
    _utf8_safe(out)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from toegang import __version__
    from toegang.qtcheck import qt_problem

    problem = qt_problem()
    if problem:
        print(f"✗ self-test: Qt cannot start: {problem}", file=out)
        return EXIT_NO_GUI
    kind = "standalone build" if is_frozen() else "Python install"
    print(f"Toegang {__version__} self-test ({kind}, {sys.platform})", file=out)
    started = time.perf_counter()
    failed: str | None = None
    with (
        tempfile.TemporaryDirectory(prefix="toegang-selftest-") as temporary,
        _private_user_folders(Path(temporary)),
    ):
        ctx = Context(content=content, work=Path(temporary))
        try:
            for name, step in STEPS:
                failed = _run_step(name, step, ctx, out)
                if failed:
                    break
        finally:
            _close(ctx)
    for message in ctx.qt_messages:
        print(f"  Qt {message}", file=out)
    total = time.perf_counter() - started
    if failed:
        print(f"self-test FAILED in {total:.2f} s: {failed}", file=out)
        return EXIT_FAILED
    print(f"self-test passed in {total:.2f} s", file=out)
    return EXIT_OK


def _run_step(name: str, step: Callable[[Context], str], ctx: Context, out: TextIO) -> str | None:
    """Run one step and print its line; return the reason when it failed."""
    started = time.perf_counter()
    mark, detail, failure = "✓", "", None
    try:
        detail = step(ctx)
    except StepSkipped as exc:
        mark, detail = "–", f"skipped: {exc}"
    except StepFailed as exc:
        mark, detail, failure = "✗", str(exc), f"{name}: {exc}"
    except Exception as exc:  # an unexpected error is a failure with its reason, not a crash
        reason = f"{type(exc).__name__}: {exc}"
        mark, detail, failure = "✗", reason, f"{name}: {reason}"
    milliseconds = (time.perf_counter() - started) * 1000
    print(f"{mark} {name:<26} {milliseconds:7.0f} ms  {detail}", file=out, flush=True)
    return failure


if __name__ == "__main__":  # `python -m desktop.selftest [CONTENT]`
    sys.exit(run_self_test(Path(sys.argv[1]) if len(sys.argv) > 1 else None))
