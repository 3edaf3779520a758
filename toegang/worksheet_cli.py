"""`toegang worksheet validate | fill | verify`: the worksheet engine on the command line.

No Qt, lazy imports, one line per problem, exit codes: 0 fine, 1 problems, 2 usage (a file
that cannot be read, or an option that does not exist here).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2
PASSPHRASE_ENV = "TOEGANG_PASSPHRASE"


def add_worksheet_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add `worksheet` and its subcommands to the `toegang` parser."""
    worksheet = commands.add_parser(
        "worksheet", parents=[common], help="validate, fill and verify client-acceptance worksheets"
    )
    sub = worksheet.add_subparsers(dest="worksheet_command", metavar="ACTION", required=True)
    validate = sub.add_parser(
        "validate", parents=[common], help="check a worksheet definition; list every problem"
    )
    validate.add_argument("definition", metavar="DEF", help="a .toml file or a shipped id")
    validate.set_defaults(handler=cmd_validate)

    fill = sub.add_parser(
        "fill", parents=[common], help="fill a worksheet from a JSON file of answers"
    )
    fill.add_argument("definition", metavar="DEF", help="a .toml file or a shipped id")
    fill.add_argument(
        "--answers", required=True, metavar="FILE", help="answers and decision (JSON)"
    )
    fill.add_argument("--out", required=True, metavar="FILE", help="where to write the record")
    fill.add_argument("--export", metavar="FILE", help="also write a .md or .html export")
    fill.add_argument("--lang", choices=("nl", "en"), default="nl", help="language of the export")
    fill.add_argument("--pdf", metavar="FILE", help=argparse.SUPPRESS)
    fill.set_defaults(handler=cmd_fill)

    verify = sub.add_parser(
        "verify",
        help="check that a record is intact (its SHA-256 seal)",
        description=(
            "Check that a record is intact. A record protected with a passphrase is decrypted "
            f"first: give the passphrase in a file (--passphrase-file, '-' for standard input) "
            f"or in the environment variable {PASSPHRASE_ENV}. There is deliberately no option "
            "that takes the passphrase itself: a command line is visible to other users in the "
            "process list and is kept in the shell's history."
        ),
    )
    verify.add_argument("record", metavar="FILE")
    verify.add_argument("--passphrase", nargs="?", action=_RefusePassphrase, help=argparse.SUPPRESS)
    verify.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help=f"read the passphrase from FILE ('-': standard input); or set {PASSPHRASE_ENV}",
    )
    verify.set_defaults(handler=cmd_verify)


class _RefusePassphrase(argparse.Action):
    """`--passphrase SECRET` is refused, without repeating the secret in the message."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        parser.error(
            "a passphrase is never given on the command line (other users see it in the "
            f"process list; the shell keeps it in its history): use --passphrase-file FILE "
            f"or the environment variable {PASSPHRASE_ENV}"
        )


def _err(message: str) -> None:
    print(f"toegang worksheet: {message}", file=sys.stderr)


def _root(args: argparse.Namespace) -> Path:
    from kb.loader import default_root

    chosen = getattr(args, "content", None) or os.environ.get("TOEGANG_CONTENT")
    return Path(chosen).expanduser().resolve() if chosen else default_root()


def _library_context(root: Path) -> tuple[Any, str, list[Any]]:
    """The ids definitions may link to, the content version, and the checklists."""
    from kb import ContentError, load_library
    from kb.library import content_files, content_version
    from kb.worksheet.definitions import KnownIds

    try:
        library = load_library(root)
    except ContentError as exc:
        _err(
            f"the content has {len(exc.problems)} problem(s) (run `toegang check`); "
            "links are checked against the files present"
        )
        return KnownIds.of_files(root), content_version(root, content_files(root)), []
    return KnownIds.of(library), library.version, list(library.checklists.values())


def _definition_path(value: str, root: Path) -> Path:
    path = Path(value).expanduser()
    if path.suffix == ".toml" or path.exists():
        return path
    return root / "worksheets" / f"{value}.toml"


def _load(args: argparse.Namespace) -> tuple[Any, str, list[Any]] | int:
    from kb import ContentError
    from kb.worksheet.definitions import load_definition

    root = _root(args)
    path = _definition_path(args.definition, root)
    if not path.is_file():
        _err(f"no worksheet definition {args.definition!r} (no file {path})")
        return EXIT_USAGE
    known, version, checklists = _library_context(root)
    try:
        loaded = load_definition(path, known, path.as_posix())
    except ContentError as exc:
        for problem in exc.problems:
            print(problem)
        _err(f"{len(exc.problems)} problem(s) in {path}")
        return EXIT_PROBLEMS
    return loaded, version, checklists


def cmd_validate(args: argparse.Namespace) -> int:
    result = _load(args)
    if isinstance(result, int):
        return result
    loaded, _, _ = result
    definition = loaded.definition
    print(
        f"OK: {definition.id} {definition.version}: {len(definition.pages)} pages, "
        f"{len(definition.questions())} questions, {len(definition.factors)} risk factors"
    )
    return EXIT_OK


def cmd_fill(args: argparse.Namespace) -> int:
    if args.pdf:
        _err("PDF export comes from the desktop app (File > Export PDF); use --export FILE.html")
        return EXIT_USAGE
    from pydantic import ValidationError

    from kb.worksheet.export import to_html, to_markdown
    from kb.worksheet.fill import FillInput, fill
    from kb.worksheet.storage import StorageError, atomic_write, write_record_file

    export = Path(args.export) if args.export else None
    if export is not None and export.suffix not in (".md", ".html"):
        _err("--export writes .md (Markdown) or .html")
        return EXIT_USAGE
    try:
        raw = json.loads(Path(args.answers).read_text("utf-8"))
    except OSError as exc:
        _err(f"cannot read {args.answers}: {exc.strerror}")
        return EXIT_USAGE
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        _err(f"{args.answers} is not valid JSON: {exc}")
        return EXIT_USAGE
    try:
        data = FillInput.model_validate(raw)
    except ValidationError as exc:
        for error in exc.errors():
            where = ".".join(str(part) for part in error["loc"])
            print(f"{args.answers}: {where}: {error['msg']}")
        _err(f"{args.answers} does not have the expected shape")
        return EXIT_USAGE
    result = _load(args)
    if isinstance(result, int):
        return result
    loaded, version, checklists = result
    from kb.worksheet.session import unlisted_evidence

    for warning in unlisted_evidence(loaded.definition, data.answers, checklists):
        _err(f"warning: {warning}")
    outcome = fill(loaded, version, data, dt.datetime.now(dt.UTC).replace(microsecond=0))
    proposal = outcome.state.proposal
    factors = ", ".join(f"{f.id} ({f.weight:+d})" for f in outcome.state.factors) or "none"
    print(
        f"proposal: {proposal.level.value} -> {proposal.measure.value} due diligence, "
        f"{proposal.decision.value}; factors: {factors}"
    )
    if outcome.record is None:
        for problem in outcome.problems:
            print(f"- {problem}")
        _err(f"cannot finalise: {len(outcome.problems)} problem(s); no record written")
        return EXIT_PROBLEMS
    record = outcome.record
    try:
        write_record_file(Path(args.out), record)
        if export is not None:
            text = (
                to_html(record, args.lang)
                if export.suffix == ".html"
                else to_markdown(record, args.lang)
            )
            atomic_write(export, text.encode("utf-8"))
    except StorageError as exc:
        _err(str(exc))
        return EXIT_PROBLEMS
    except OSError as exc:
        _err(f"cannot write: {exc}")
        return EXIT_PROBLEMS
    print(
        f"record written: {args.out} ({record.classification.value}, {record.decision.value}"
        + (f", next review {record.next_review.isoformat()}" if record.next_review else "")
        + ")"
    )
    return EXIT_OK


def _passphrase(args: argparse.Namespace) -> str | int | None:
    """The passphrase from --passphrase-file or the environment; EXIT_USAGE when unreadable."""
    source = getattr(args, "passphrase_file", None)
    if source:
        try:
            text = sys.stdin.read() if source == "-" else Path(source).read_text("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            _err(f"cannot read the passphrase file {source}: {exc}")
            return EXIT_USAGE
        # One line: the passphrase without its line end (spaces inside it count).
        return text.splitlines()[0] if text.splitlines() else ""
    return os.environ.get(PASSPHRASE_ENV) or None


def cmd_verify(args: argparse.Namespace) -> int:
    from kb.worksheet.crypto import Passphrase
    from kb.worksheet.record import digest
    from kb.worksheet.storage import (
        NeedsPassphrase,
        Protection,
        StorageError,
        is_protected_file,
        load_record,
    )

    path = Path(args.record)
    protection = None
    if is_protected_file(path):
        secret = _passphrase(args)
        if isinstance(secret, int):
            return secret
        if not secret:
            _err(
                f"{path} is protected with a passphrase: give it with --passphrase-file FILE "
                f"or in the environment variable {PASSPHRASE_ENV}"
            )
            return EXIT_USAGE
        protection = Protection(passphrase=Passphrase(secret))
    try:
        record = load_record(path, protection)
    except NeedsPassphrase as exc:
        _err(str(exc))
        return EXIT_USAGE
    except StorageError as exc:
        print(f"NOT INTACT: {exc}")
        return EXIT_PROBLEMS
    print(
        f"OK: record {record.id} for {record.client_reference} ({record.definition.id} "
        f"{record.definition.version}), {record.decision.value}, sealed sha256 {digest(record)}"
        + (" (decrypted with the passphrase)" if protection is not None else "")
    )
    return EXIT_OK
