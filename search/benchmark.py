"""Search benchmark: `python -m search.benchmark [--content DIR] [--synthetic N]`.

Prints index build time, index size, open time and query latency (median and p95, with
highlighted snippets for the top 10) per query type, on the shipped content and, with
`--synthetic N`, on a generated corpus of N articles. Figures, not pass/fail: no test times.

Two sets of queries: the fixed query types below (every type the issue names), and "officer
queries", the 1-4 word queries of the relevance set. The synthetic corpus is a worst case, not
a likely library: each article is words drawn at random from the shipped articles, so a query
word there is found in thousands of articles (in real text most words are in a few).
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kb import ContentError, Library, load_library
from kb.loader import default_root

QUERIES: dict[str, list[tuple[str, str]]] = {
    "single word": [
        ("hypotheek", "nl"), ("mortgage", "en"), ("opting-in", "nl"), ("bewaarplicht", "nl"),
        ("verzekering", "nl"), ("cash", "en"), ("KvK", "nl"), ("mensenhandel", "nl"),
    ],
    "several words": [
        ("verscherpt cliëntenonderzoek sekswerker", "nl"), ("herkomst van middelen escort", "nl"),
        ("basic payment account refused", "en"), ("inkomen zonder jaarcijfers starter", "nl"),
        ("online webcam platform uitbetaling", "nl"), ("AOV zelfstandig sekswerker", "nl"),
    ],
    "phrase": [
        ('"herkomst van middelen"', "nl"), ('"fictieve dienstbetrekking"', "nl"),
        ('"source of funds"', "en"), ('"ongebruikelijke transactie"', "nl"),
    ],
    "prefix (as you type)": [
        ("hypot", "nl"), ("cliëntenonderz", "nl"), ("verscherpt clie", "nl"), ("mensenh", "nl"),
        ("webca", "nl"), ("disabil", "en"),
    ],
    "typo": [
        ("hypoteek", "nl"), ("clientenondrezoek", "nl"), ("verzekring", "nl"),
        ("bewaarplciht", "nl"), ("mortage", "en"), ("prostitue", "nl"),
    ],
    "cross-language": [
        ("customer due diligence", "nl"), ("disability insurance", "nl"),
        ("source of funds", "nl"), ("arbeidsongeschiktheidsverzekering", "en"),
        ("klantonderzoek", "en"), ("human trafficking signals", "nl"),
    ],
}  # fmt: skip


def officer_queries(path: Path | None = None, most_words: int = 4) -> list[tuple[str, str]]:
    """The realistic queries: every query of 1 to `most_words` words in the relevance set
    (`tests/search/relevance.toml`), as officers type them; empty when the file is absent."""
    from search.evaluate import DEFAULT_FILE, load_set

    path = path or DEFAULT_FILE
    if not path.is_file():
        return []
    return [(q.text, q.lang) for q in load_set(path) if 1 <= len(q.text.split()) <= most_words]


def load_content_leniently(root: Path | None = None) -> tuple[Library, list[str]]:
    """The library at `root`; while content is being written and does not load, a copy without
    the files that break it (returned as the second item, for a warning)."""
    root = (root or default_root()).resolve()
    try:
        return load_library(root), []
    except ContentError:
        pass
    copy = Path(tempfile.mkdtemp(prefix="toegang-content-"))
    shutil.copytree(root, copy, dirs_exist_ok=True)
    dropped: list[str] = []
    for _ in range(20):
        try:
            return load_library(copy), dropped
        except ContentError as exc:
            paths = {p.path for p in exc.problems}
            removed = False
            for path in sorted(paths):
                target = copy / path
                if target.is_file() and target.suffix == ".md":
                    target.unlink()
                    dropped.append(path)
                    removed = True
            if not removed:
                raise
    return load_library(copy), dropped


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def synthetic_content(count: int, target: Path, seed: int = 7) -> Path:
    """Write `count` articles (half nl, half en) from the shipped articles' vocabulary."""
    library, _ = load_content_leniently()
    rng = random.Random(seed)
    vocab: dict[str, list[str]] = {}
    for lang in ("nl", "en"):
        text = " ".join(a.body for a in library.articles(lang))
        vocab[lang] = [w for w in text.split() if w.isalpha()] or ["tekst"]
    content = target / "content"
    pairs = count // 2
    for i in range(pairs):
        for lang in ("nl", "en"):
            words = vocab[lang]
            title = " ".join(rng.choices(words, k=5)).capitalize()
            summary = " ".join(rng.choices(words, k=25))
            paragraphs = [" ".join(rng.choices(words, k=80)) for _ in range(6)]
            body = "\n\n".join(f"## {rng.choice(words)}\n\n{p}" for p in paragraphs)
            folder = content / lang / "wwft"
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"synthetisch-{i}.md").write_text(
                "+++\n"
                f'id = "wwft/synthetisch-{i}"\nlang = "{lang}"\n'
                f'title = "{title}"\nsummary = "{summary}"\nkind = "explainer"\n'
                'audiences = ["bank"]\nreviewed = 2026-11-27\n\n'
                '[[sources]]\ntitle = "Synthetisch"\nissuer = "Benchmark"\n'
                f"+++\n\n{body}\n",
                encoding="utf-8",
            )
    return target


@contextmanager
def _quiet() -> Iterator[None]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield


def measure(library: Library, label: str, repeat: int) -> None:
    from search.service import SearchService
    from search.store import build, cache_location

    with tempfile.TemporaryDirectory(prefix="toegang-bench-") as scratch:
        location = Path(scratch) / "index"
        started = time.perf_counter()
        built = build(library, location)
        build_seconds = time.perf_counter() - started
        started = time.perf_counter()
        service = SearchService(library, location, cache=Path(scratch) / "cache")
        open_seconds = time.perf_counter() - started
        assert not service.opened.built, cache_location
        articles = len(library.articles())
        print(f"\n== {label}: {articles} documents ({len(library.ids())} articles × languages)")
        print(f"index build     {build_seconds:8.2f} s  ({articles / build_seconds:.0f} docs/s)")
        print(f"index size      {folder_size(built) / 1e6:8.2f} MB")
        print(f"index open      {open_seconds * 1000:8.1f} ms")
        print(f"{'query type':<22}{'median ms':>10}{'p95 ms':>10}{'max ms':>10}  queries")
        every: list[float] = []
        for kind, queries in QUERIES.items():
            timings: list[float] = []
            for _ in range(repeat):
                for text, lang in queries:
                    started = time.perf_counter()
                    service.search(text, lang=lang, limit=10, highlight=True)
                    timings.append((time.perf_counter() - started) * 1000)
            every += timings
            print(
                f"{kind:<22}{statistics.median(timings):10.1f}{_p95(timings):10.1f}"
                f"{max(timings):10.1f}  {len(queries)}"
            )
        print(f"{'all':<22}{statistics.median(every):10.1f}{_p95(every):10.1f}{max(every):10.1f}")
        officer = officer_queries()
        if officer:
            timings = []
            for _ in range(repeat):
                for text, lang in officer:
                    started = time.perf_counter()
                    service.search(text, lang=lang, limit=10, highlight=True)
                    timings.append((time.perf_counter() - started) * 1000)
            print(
                f"{'officer queries':<22}{statistics.median(timings):10.1f}{_p95(timings):10.1f}"
                f"{max(timings):10.1f}  {len(officer)} (relevance set, 1-4 words)"
            )
        service.close()


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m search.benchmark", description=__doc__)
    parser.add_argument("--content", type=Path, help="content folder (default: shipped)")
    parser.add_argument(
        "--synthetic",
        type=int,
        default=0,
        metavar="N",
        help="also measure a generated corpus of N articles (e.g. 10000)",
    )
    parser.add_argument("--repeat", type=int, default=5, help="runs of each query (default 5)")
    args = parser.parse_args(argv)  # fmt: skip
    with _quiet():
        try:
            library, dropped = load_content_leniently(args.content)
        except ContentError as exc:
            print(f"benchmark: the content does not load: {exc}", file=sys.stderr)
            return 1
        if dropped:
            print(
                f"note: content incomplete, left out {len(dropped)} file(s): {', '.join(dropped)}"
            )
        measure(library, "shipped content", args.repeat)
        if args.synthetic:
            with tempfile.TemporaryDirectory(prefix="toegang-synthetic-") as scratch:
                root = synthetic_content(args.synthetic, Path(scratch))
                measure(load_library(root), f"synthetic {args.synthetic}", max(1, args.repeat // 2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
