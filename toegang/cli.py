"""The `toegang` command: no arguments opens the app; subcommands do headless jobs.

Subcommands never import Qt: they must work on a server without a display. Every error a user
can cause (a bad content file, an unknown id) is printed as a message, never as a traceback.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from toegang import DISCLAIMER_EN, DISCLAIMER_NL

if TYPE_CHECKING:
    import argparse

    from kb import Library

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2
EXIT_NO_GUI = 3


def _content_root(value: str | None) -> Path | None:
    chosen = value or os.environ.get("TOEGANG_CONTENT")
    return Path(chosen).expanduser() if chosen else None


def _shown_root(root: Path) -> str:
    """How to print the content root so that `root/path:line` opens in an editor."""
    try:
        return root.resolve().relative_to(Path.cwd()).as_posix()
    except ValueError:
        return root.resolve().as_posix()


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def cmd_check(args: argparse.Namespace) -> int:
    from collections import Counter

    from kb import ContentError, Problem
    from kb.content_check import check_content
    from kb.loader import default_root

    root = _content_root(args.content) or default_root()
    prefix = _shown_root(root)

    def show(problem: Problem) -> None:
        path = problem.path if problem.path.startswith("/") else f"{prefix}/{problem.path}"
        print(f"{path}:{problem.line}: {problem.message}")

    try:
        result = check_content(root)
    except ContentError as exc:
        for problem in exc.problems:
            show(problem)
        print(f"toegang check: {_count(len(exc.problems), 'problem')}", file=sys.stderr)
        return EXIT_PROBLEMS
    for warning in result.warnings:  # worth a look, not wrong: the check still passes
        show(warning)
    library = result.library
    articles = library.articles()
    by_lang = Counter(a.lang.value for a in articles)
    by_kind = Counter(a.meta.kind.value for a in articles)
    langs = ", ".join(f"{lang} {n}" for lang, n in sorted(by_lang.items()))
    kinds = ", ".join(f"{kind} {n}" for kind, n in sorted(by_kind.items()))
    print(
        f"OK: {_count(len(articles), 'article')} ({langs}; {kinds}), "
        f"{_count(len(library.checklists), 'checklist')}, "
        f"{_count(len(library.glossary), 'glossary term')}, "
        f"{_count(result.worksheets, 'worksheet')}, "
        f"{_count(result.cases, 'case model answer')}, "
        f"{_count(result.workshops, 'workshop plan')}; content version {library.version}"
    )
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    import textwrap

    from kb import ArticleNotFound, ContentError, load_library
    from kb.plaintext import markdown_to_text

    try:
        library = load_library(_content_root(args.content))
    except ContentError as exc:
        print(
            f"toegang: the content has problems; run `toegang check`. First: {exc}", file=sys.stderr
        )
        return EXIT_PROBLEMS
    try:
        article = library.article(args.id, args.lang)
    except ArticleNotFound as exc:
        close = [i for i in library.ids() if args.id.split("/")[-1] in i][:5]
        hint = f" Did you mean: {', '.join(close)}?" if close else ""
        print(f"toegang: {exc}.{hint}", file=sys.stderr)
        return EXIT_PROBLEMS
    meta = article.meta
    width = 88
    lines = [meta.title, "=" * len(meta.title), ""]
    lines += [*textwrap.wrap(meta.summary, width), ""]
    for block in markdown_to_text(article.body).split("\n\n"):
        wrapped = block if "\n" in block or " | " in block else textwrap.fill(block, width)
        lines += [wrapped, ""]
    lines.append("Bronnen" if args.lang == "nl" else "Sources")
    for source in meta.sources:
        parts = [source.title, source.issuer, source.reference, source.date, source.url]
        lines.append("- " + ", ".join(p for p in parts if p))
    reviewed = "Laatst gecontroleerd" if args.lang == "nl" else "Last reviewed"
    lines += ["", f"{reviewed}: {meta.reviewed.isoformat()}"]
    lines += textwrap.wrap(DISCLAIMER_NL if args.lang == "nl" else DISCLAIMER_EN, width)
    print("\n".join(lines))
    return EXIT_OK


def _load_for_search(args: argparse.Namespace) -> Library | None:
    from kb import ContentError, load_library

    try:
        return load_library(_content_root(args.content))
    except ContentError as exc:
        print(
            f"toegang: the content has problems; run `toegang check`. First: {exc}", file=sys.stderr
        )
        return None


def _index_dir(value: str | None) -> Path | None:
    return Path(value).expanduser() if value else None


def cmd_search(args: argparse.Namespace) -> int:
    import html
    import json
    import re
    import textwrap

    from search.service import SearchService
    from search.store import IndexUnavailable
    from search.synonyms import SynonymsError

    library = _load_for_search(args)
    if library is None:
        return EXIT_PROBLEMS
    try:
        with SearchService(library, _index_dir(args.index_dir)) as service:
            result = service.search(
                args.query,
                lang=args.lang,
                prefer=args.lang,
                section=args.section,
                kind=args.kind,
                audience=args.audience,
                limit=args.limit,
            )
    except (IndexUnavailable, SynonymsError) as exc:
        print(f"toegang: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    if args.json:
        data = {
            "query": result.query,
            "did_you_mean": result.did_you_mean,
            "message": result.message,
            "hits": [
                {
                    "id": hit.id,
                    "title": hit.title,
                    "section": hit.section,
                    "lang": hit.lang,
                    "kind": hit.kind,
                    "audiences": list(hit.audiences),
                    "score": hit.score,
                    "snippet": hit.snippet,
                }
                for hit in result.hits
            ],
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    bold, plain = ("\033[1m", "\033[0m") if sys.stdout.isatty() else ("", "")

    def text_of(snippet: str) -> str:
        marked = re.sub(r"</?b>", lambda m: plain if m.group() == "</b>" else bold, snippet)
        return html.unescape(marked)

    if result.did_you_mean:
        label = "Bedoelde u" if args.lang == "nl" else "Did you mean"
        print(f"{label}: {result.did_you_mean}")
    if not result.hits:
        print(f"toegang search: {result.message or 'no articles found'}", file=sys.stderr)
        return EXIT_PROBLEMS
    for number, hit in enumerate(result.hits, 1):
        print(f"{number}. {bold}{hit.title}{plain}  [{hit.id}, {hit.lang}, {hit.kind}]")
        print(textwrap.indent(textwrap.fill(text_of(hit.snippet), 88), "   "))
    return EXIT_OK


def cmd_index(args: argparse.Namespace) -> int:
    from search.store import IndexUnavailable, folder_size, open_index

    library = _load_for_search(args)
    if library is None:
        return EXIT_PROBLEMS
    try:
        opened = open_index(library, _index_dir(args.dir), rebuild=args.rebuild)
    except IndexUnavailable as exc:
        print(f"toegang: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    opened.index.close()
    state = f"built in {opened.seconds:.1f} s" if opened.built else "up to date"
    size = folder_size(opened.path) / 1e6
    print(
        f"Search index {state}: {_count(opened.documents, 'document')}, {size:.1f} MB, "
        f"content version {opened.version}\n{opened.path}"
    )
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    return open_app(args.content)


def open_app(content: str | None) -> int:
    """`toegang` without a command: the desktop app (after checking that Qt can start)."""
    from toegang.qtcheck import qt_problem

    problem = qt_problem()
    if problem:
        print(problem, file=sys.stderr)
        return EXIT_NO_GUI
    from desktop.app import run

    return run(_content_root(content))


def cmd_self_test(args: argparse.Namespace) -> int:
    from desktop.selftest import run_self_test

    return run_self_test(_content_root(args.content))


def build_parser() -> argparse.ArgumentParser:
    import argparse

    from toegang import __version__

    parser = argparse.ArgumentParser(
        prog="toegang",
        description="Toegang: offline knowledge base on sex workers as clients of banks and "
        "insurers. Without a command it opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"toegang {__version__}")
    parser.add_argument(
        "--content",
        metavar="DIR",
        help="use the content in DIR instead of the shipped content (also: TOEGANG_CONTENT)",
    )
    parser.add_argument(
        "--self-test",
        action="store_const",
        dest="handler",
        const=cmd_self_test,
        default=argparse.SUPPRESS,
        help="run the app offscreen through search, article, worksheet, PDF and record checks; "
        "print a report (exit code 0 when all pass)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    # `--content` may also follow the command; SUPPRESS keeps a value given before it.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--content", metavar="DIR", default=argparse.SUPPRESS, help="as above")

    check = commands.add_parser(
        "check", parents=[common], help="validate all content; list every problem"
    )
    check.set_defaults(handler=cmd_check)

    show = commands.add_parser("show", parents=[common], help="print an article as plain text")
    show.add_argument("id", help="article id, for example wwft/clientenonderzoek")
    show.add_argument("--lang", choices=("nl", "en"), default="nl")
    show.set_defaults(handler=cmd_show)

    search = commands.add_parser(
        "search", parents=[common], help="search the articles (Dutch and English)"
    )
    search.add_argument("query", help='what to look for, e.g. "verscherpt cliëntenonderzoek"')
    search.add_argument("--lang", choices=("nl", "en"), default="nl", help="language of results")
    search.add_argument("--section", help="only this section, e.g. wwft")
    search.add_argument("--kind", help="only this kind, e.g. explainer, case, legal-text")
    search.add_argument("--audience", choices=("bank", "insurer", "trainer"))
    search.add_argument("--limit", type=int, default=10, help="at most this many hits (10)")
    search.add_argument("--json", action="store_true", help="print the hits as JSON")
    search.add_argument("--index-dir", metavar="DIR", help="keep the search index in DIR")
    search.set_defaults(handler=cmd_search)

    index = commands.add_parser(
        "index", parents=[common], help="build the search index when it is missing or stale"
    )
    index.add_argument("--rebuild", action="store_true", help="build it even when up to date")
    index.add_argument("--dir", metavar="DIR", help="keep the index in DIR (packaging)")
    index.set_defaults(handler=cmd_index)

    # `toegang worksheet validate | fill | verify` (handlers in toegang/worksheet_cli.py).
    from toegang.worksheet_cli import add_worksheet_parser

    add_worksheet_parser(commands, common)
    return parser


def _app_only(argv: Sequence[str]) -> tuple[bool, str | None]:
    """Whether `argv` only opens the app (nothing, or `--content DIR`), and DIR. The app's
    start skips building the parser for every command (the window shows sooner)."""
    if not argv:
        return True, None
    if len(argv) == 2 and argv[0] == "--content" and argv[1] and not argv[1].startswith("-"):
        return True, argv[1]
    if len(argv) == 1 and argv[0].startswith("--content=") and len(argv[0]) > len("--content="):
        return True, argv[0].removeprefix("--content=")
    return False, None


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    app_only, content = _app_only(arguments)
    if app_only:
        try:
            return open_app(content)
        except KeyboardInterrupt:
            return 130
    parser = build_parser()
    args = parser.parse_args(arguments)
    handler = getattr(args, "handler", cmd_gui)
    try:
        return int(handler(args))
    except KeyboardInterrupt:
        return 130
