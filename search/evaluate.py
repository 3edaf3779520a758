"""Relevance evaluation: `python -m search.evaluate [FILE] [--content DIR] [-v]`.

Runs every query of a relevance file (default: `tests/search/relevance.toml`) and prints
hit@1, hit@3 and MRR (mean reciprocal rank of the best expected id in the top 10), and with
`-v` each query that missed. Queries whose ids are not in the content are left out and counted.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import tomllib
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from kb import Library

DEFAULT_FILE = Path(__file__).parents[1] / "tests" / "search" / "relevance.toml"


class RelevanceQuery(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str
    lang: str = "nl"
    expect: Annotated[list[str], Field(min_length=1)]
    first: bool = False


class RelevanceSet(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    query: list[RelevanceQuery]


def load_set(path: Path = DEFAULT_FILE) -> list[RelevanceQuery]:
    return RelevanceSet.model_validate(tomllib.loads(path.read_text(encoding="utf-8"))).query


@dataclass(frozen=True)
class Outcome:
    query: RelevanceQuery
    ranked: list[str]  # the top 10 ids

    @property
    def rank(self) -> int | None:
        """1-based rank of the first expected id, None when not in the top 10."""
        for position, article_id in enumerate(self.ranked, 1):
            if article_id in self.query.expect:
                return position
        return None


@dataclass(frozen=True)
class Scores:
    outcomes: list[Outcome]
    skipped: list[RelevanceQuery]

    def _ratio(self, hits: int) -> float:
        return hits / len(self.outcomes) if self.outcomes else 0.0

    @property
    def hit1(self) -> float:
        return self._ratio(sum(1 for o in self.outcomes if o.ranked[:1] == o.query.expect[:1]))

    @property
    def hit3(self) -> float:
        return self._ratio(sum(1 for o in self.outcomes if (o.rank or 99) <= 3))

    @property
    def mrr(self) -> float:
        if not self.outcomes:
            return 0.0
        return sum(1 / o.rank for o in self.outcomes if o.rank) / len(self.outcomes)


def evaluate(library: Library, queries: list[RelevanceQuery], index_dir: Path) -> Scores:
    from search.service import SearchService

    outcomes: list[Outcome] = []
    skipped: list[RelevanceQuery] = []
    with SearchService(library, index_dir, cache=index_dir / "cache") as service:
        for query in queries:
            if not all(library.has(i) for i in query.expect):
                skipped.append(query)
                continue
            result = service.search(query.text, lang=query.lang, limit=10, highlight=False)
            outcomes.append(Outcome(query, [hit.id for hit in result.hits]))
    return Scores(outcomes, skipped)


def main(argv: list[str] | None = None) -> int:
    from search.benchmark import load_content_leniently

    parser = argparse.ArgumentParser(prog="python -m search.evaluate", description=__doc__)
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT_FILE)
    parser.add_argument("--content", type=Path, help="content folder (default: shipped)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the misses")
    args = parser.parse_args(argv)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        library, dropped = load_content_leniently(args.content)
        with tempfile.TemporaryDirectory(prefix="toegang-eval-") as scratch:
            scores = evaluate(library, load_set(args.file), Path(scratch))
    if dropped:
        print(f"note: content incomplete, left out {len(dropped)} file(s)")
    for outcome in scores.outcomes:
        missed = (outcome.rank or 99) > 3 or (
            outcome.query.first and outcome.ranked[:1] != outcome.query.expect[:1]
        )
        if args.verbose and (missed or outcome.ranked[:1] != outcome.query.expect[:1]):
            mark = "MISS " if missed else "rank "
            print(
                f"{mark}{outcome.rank or '-':>2}  {outcome.query.text!r} ({outcome.query.lang}) "
                f"expected {outcome.query.expect[0]}; got {', '.join(outcome.ranked[:3])}"
            )
    print(
        f"{len(scores.outcomes)} queries ({len(scores.skipped)} skipped: ids not in the content)"
        f"\nhit@1 {scores.hit1:.3f}   hit@3 {scores.hit3:.3f}   MRR {scores.mrr:.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
